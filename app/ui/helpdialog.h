#pragma once

#include <QDialog>
#include <QList>

#include <memory>

class QAction;

namespace Ui {
class HelpDialog;
}

namespace pressdesk {

// A short guide to the areas and the list of keyboard shortcuts. The list is read from the window's
// actions when it opens, so it never names a shortcut that does not exist (or misses a new one).
class HelpDialog : public QDialog
{
    Q_OBJECT
public:
    explicit HelpDialog(QWidget *parent = nullptr);
    ~HelpDialog() override;

    void showFor(const QList<QAction *> &menuActions);
    QString text() const;

private:
    std::unique_ptr<Ui::HelpDialog> m_ui;
};

} // namespace pressdesk
