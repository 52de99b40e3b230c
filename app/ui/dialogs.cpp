#include "dialogs.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>

namespace pressdesk {

namespace {
struct Script
{
    bool active = false;
    QStringList fileNames;
    QStringList messages;
    QList<bool> answers;
    QList<int> choices;
};

Script &script()
{
    static Script instance;
    return instance;
}

QString nextScriptedFileName()
{
    return script().fileNames.isEmpty() ? QString() : script().fileNames.takeFirst();
}
} // namespace

QString Dialogs::openFileName(QWidget *parent, const QString &title, const QString &filter)
{
    if (script().active)
        return nextScriptedFileName();
    return QFileDialog::getOpenFileName(parent, title, QString(), filter);
}

QString Dialogs::saveFileName(QWidget *parent, const QString &title, const QString &suggestedPath,
                              const QString &filter)
{
    if (script().active)
        return nextScriptedFileName();
    return QFileDialog::getSaveFileName(parent, title, suggestedPath, filter);
}

QString Dialogs::existingDirectory(QWidget *parent, const QString &title, const QString &startFolder)
{
    if (script().active)
        return nextScriptedFileName();
    return QFileDialog::getExistingDirectory(parent, title, startFolder);
}

namespace {
const auto exportFolderKey = QStringLiteral("export/folder");
}

QString Dialogs::exportFolder()
{
    const QString chosen = QSettings().value(exportFolderKey).toString();
    if (!chosen.isEmpty() && QFileInfo(chosen).isDir())
        return chosen;
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}

void Dialogs::setExportFolder(const QString &folder)
{
    if (folder.trimmed().isEmpty())
        QSettings().remove(exportFolderKey);
    else
        QSettings().setValue(exportFolderKey, folder.trimmed());
}

void Dialogs::showError(QWidget *parent, const QString &title, const QString &message)
{
    if (script().active) {
        script().messages.append(message);
        return;
    }
    QMessageBox::critical(parent, title, message);
}

void Dialogs::showInformation(QWidget *parent, const QString &title, const QString &message)
{
    if (script().active) {
        script().messages.append(message);
        return;
    }
    QMessageBox::information(parent, title, message);
}

bool Dialogs::confirmDiscard(QWidget *parent, const QString &title, const QString &message)
{
    if (script().active) {
        script().messages.append(message);
        return !script().answers.isEmpty() && script().answers.takeFirst();
    }
    return QMessageBox::warning(parent, title, message, QMessageBox::Discard | QMessageBox::Cancel,
                                QMessageBox::Cancel) == QMessageBox::Discard;
}

int Dialogs::choose(QWidget *parent, const QString &title, const QString &message, const QStringList &answers)
{
    if (script().active) {
        script().messages.append(message);
        return script().choices.isEmpty() ? int(answers.size()) - 1 : script().choices.takeFirst();
    }
    QMessageBox box(QMessageBox::Question, title, message, QMessageBox::NoButton, parent);
    QList<QAbstractButton *> buttons;
    for (int i = 0; i < answers.size(); ++i) {
        const bool cancels = i == answers.size() - 1 && answers.size() > 1;
        buttons.append(
            box.addButton(answers.at(i), cancels ? QMessageBox::RejectRole : QMessageBox::AcceptRole));
    }
    if (!buttons.isEmpty()) {
        box.setDefaultButton(qobject_cast<QPushButton *>(buttons.first()));
        box.setEscapeButton(buttons.last());
    }
    box.exec();
    return int(buttons.indexOf(box.clickedButton()));
}

void Dialogs::setScripted(bool scripted)
{
    script() = Script{};
    script().active = scripted;
}

void Dialogs::queueFileName(const QString &path)
{
    script().fileNames.append(path);
}

void Dialogs::queueAnswer(bool discard)
{
    script().answers.append(discard);
}

void Dialogs::queueChoice(int index)
{
    script().choices.append(index);
}

QStringList Dialogs::takeMessages()
{
    return std::exchange(script().messages, {});
}

} // namespace pressdesk
