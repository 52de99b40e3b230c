#pragma once

#include <QStringList>
#include <QWidget>

#include <memory>

namespace Ui {
class WelcomePage;
}

namespace pressdesk {

// What the window shows while no file is open (the first start, or when the last file is gone): create
// a new office file, open one, try the demo, or one of the recent files.
class WelcomePage : public QWidget
{
    Q_OBJECT
public:
    explicit WelcomePage(QWidget *parent = nullptr);
    ~WelcomePage() override;

    // Newest first; files that no longer exist are shown as such and cannot be chosen.
    void setRecentFiles(const QStringList &paths);
    // A line above the choices ("“Pressestelle.pressdesk” is no longer there."); empty hides it.
    void setNote(const QString &note);
    // The first choice gets the keyboard, so that Return starts.
    void focusFirstChoice();

Q_SIGNALS:
    void newFileRequested();
    void openFileRequested();
    void demoRequested();
    void recentFileChosen(const QString &path);

private:
    std::unique_ptr<Ui::WelcomePage> m_ui;
};

} // namespace pressdesk
