#pragma once

#include <QIcon>

class QAbstractButton;

namespace pressdesk {

// The icons of the sidebar, toolbars and menus. The areas have PressDesk's own; actions take the desktop's
// themed icon where it has one (KDE, GNOME) and PressDesk's otherwise, so that the window is complete
// on a bare system. All are SVG: sharp at every scale.
class Icons
{
public:
    enum class Name
    {
        // areas
        Timeline,
        Quote,
        Contact,
        Release,
        PressKit,
        // actions
        New,
        Edit,
        Delete,
        Import,
        Export,
        Print,
        PrintPreview,
        Undo,
        Redo,
        Open,
        SaveCopy,
        Settings,
        Find,
        Help,
        About,
        Quit,
        ZoomIn,
        ZoomOut,
        ZoomFit,
    };

    static QIcon icon(Name name);
    // Gives a button its icon, keeping its text beside it (a tool button would otherwise show the icon
    // alone, and a row of pictograms is a puzzle).
    static void set(QAbstractButton *button, Name name);
    // The shipped icon only, never the theme's (tests check that every one exists).
    static QIcon shipped(Name name);
    static QString resourcePath(Name name);
};

} // namespace pressdesk
