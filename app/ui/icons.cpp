#include "icons.h"

#include <QToolButton>

namespace pressdesk {

namespace {
struct IconInfo
{
    const char *file;  // in :/icons/actions
    const char *theme; // freedesktop icon name; null: always PressDesk's own
};

IconInfo info(Icons::Name name)
{
    switch (name) {
    case Icons::Name::Timeline:
        return {"timeline", nullptr};
    case Icons::Name::Quote:
        return {"quote", nullptr};
    case Icons::Name::Contact:
        return {"contact", nullptr};
    case Icons::Name::Release:
        return {"release", nullptr};
    case Icons::Name::PressKit:
        return {"presskit", nullptr};
    case Icons::Name::New:
        return {"new", "document-new"};
    case Icons::Name::Edit:
        return {"edit", "document-edit"};
    case Icons::Name::Delete:
        return {"delete", "edit-delete"};
    case Icons::Name::Import:
        return {"import", "document-import"};
    case Icons::Name::Export:
        return {"export", "document-export"};
    case Icons::Name::Print:
        return {"print", "document-print"};
    case Icons::Name::PrintPreview:
        return {"preview", "document-print-preview"};
    case Icons::Name::Undo:
        return {"undo", "edit-undo"};
    case Icons::Name::Redo:
        return {"redo", "edit-redo"};
    case Icons::Name::Open:
        return {"open", "document-open"};
    case Icons::Name::SaveCopy:
        return {"savecopy", "document-save-as"};
    case Icons::Name::Settings:
        return {"settings", "preferences-system"};
    case Icons::Name::Find:
        return {"find", "edit-find"};
    case Icons::Name::Help:
        return {"help", "help-contents"};
    case Icons::Name::About:
        return {"about", "help-about"};
    case Icons::Name::Quit:
        return {"quit", "application-exit"};
    case Icons::Name::ZoomIn:
        return {"zoomin", "zoom-in"};
    case Icons::Name::ZoomOut:
        return {"zoomout", "zoom-out"};
    case Icons::Name::ZoomFit:
        return {"zoomfit", "zoom-fit-best"};
    }
    return {"new", nullptr};
}
} // namespace

QString Icons::resourcePath(Name name)
{
    return QStringLiteral(":/icons/actions/%1.svg").arg(QLatin1String(info(name).file));
}

QIcon Icons::shipped(Name name)
{
    return QIcon(resourcePath(name));
}

void Icons::set(QAbstractButton *button, Name name)
{
    button->setIcon(icon(name));
    if (auto *tool = qobject_cast<QToolButton *>(button); tool && !tool->text().isEmpty())
        tool->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
}

QIcon Icons::icon(Name name)
{
    const IconInfo found = info(name);
    if (!found.theme)
        return shipped(name);
    return QIcon::fromTheme(QLatin1String(found.theme), shipped(name));
}

} // namespace pressdesk
