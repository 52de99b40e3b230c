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
    static void showError(QWidget *parent, const QString &title, const QString &message);
    static void showInformation(QWidget *parent, const QString &title, const QString &message);
    // Edits that cannot be saved: true to discard them, false to go back and correct them.
    static bool confirmDiscard(QWidget *parent, const QString &title, const QString &message);

    // For tests: when scripted, the next file dialogs return the queued names ("" = cancelled) and messages
    // are recorded instead of shown.
    static void setScripted(bool scripted);
    static void queueFileName(const QString &path);
    // The next confirmDiscard() answers (none queued: go back, the safe answer).
    static void queueAnswer(bool discard);
    static QStringList takeMessages();
};

} // namespace pressdesk
