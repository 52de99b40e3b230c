#pragma once

#include <QString>
#include <QStringList>

class QWidget;

namespace pressdesk {

// File dialogs and messages go through here so that GUI tests can answer them without a modal loop:
// a test queues file names and reads the messages instead of clicking.
class Dialogs
{
public:
    static QString openFileName(QWidget *parent, const QString &title, const QString &filter);
    static QString saveFileName(QWidget *parent, const QString &title, const QString &suggestedPath,
                                const QString &filter);
    static QString existingDirectory(QWidget *parent, const QString &title, const QString &startFolder);
    // Where exports are suggested: the user's choice in Settings, else the Documents folder.
    static QString exportFolder();
    static void setExportFolder(const QString &folder); // empty: back to Documents
    static void showError(QWidget *parent, const QString &title, const QString &message);
    static void showInformation(QWidget *parent, const QString &title, const QString &message);
    // Edits that cannot be saved: true to discard them, false to go back and correct them.
    static bool confirmDiscard(QWidget *parent, const QString &title, const QString &message);
    // A question with its answers as buttons (the first is the default, the last cancels): the index of
    // the answer, or -1 when the dialog was closed.
    static int choose(QWidget *parent, const QString &title, const QString &message,
                      const QStringList &answers);

    // For tests: when scripted, the next file dialogs return the queued names ("" = cancelled) and messages
    // are recorded instead of shown.
    static void setScripted(bool scripted);
    static void queueFileName(const QString &path);
    // The next confirmDiscard() answers (none queued: go back, the safe answer).
    static void queueAnswer(bool discard);
    // The next choose() answers (none queued: the last answer, which cancels).
    static void queueChoice(int index);
    static QStringList takeMessages();
};

} // namespace pressdesk
