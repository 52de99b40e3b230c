#pragma once

#include <QApplication>
#include <QDialog>
#include <QElapsedTimer>
#include <QPointer>
#include <QTimer>

#include <functional>

// For GUI tests that drive real widgets: exec() of a modal dialog blocks the test, so the answer is set
// up before. Needs Qt Widgets, so it stands apart from testsupport.h.
namespace testsupport {

// Answers the next modal dialog: `interact` runs once the dialog is shown, and the dialog is rejected
// afterwards if `interact` left it open (e.g. after a failed check). The waiting timer is a child of
// `owner` named "dialogAnswer" until it has answered, so that a test's cleanup() can tell a dialog that
// never came; after five seconds without a dialog it gives up, so as not to answer a later one.
inline void answerNextDialog(QObject *owner, std::function<void(QDialog *)> interact)
{
    auto *timer = new QTimer(owner);
    timer->setObjectName(QStringLiteral("dialogAnswer"));
    timer->setInterval(10);
    QElapsedTimer waiting;
    waiting.start();
    QObject::connect(timer, &QTimer::timeout, owner, [timer, waiting, interact = std::move(interact)] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        if (!dialog) {
            if (waiting.elapsed() > 5000) {
                timer->stop();
                timer->deleteLater();
            }
            return;
        }
        timer->stop();
        timer->setObjectName(QString()); // answered; cleanup() leaves it to deleteLater()
        timer->deleteLater();
        QPointer<QDialog> open(dialog);
        interact(dialog);
        if (open && open->isVisible())
            open->reject();
    });
    timer->start();
}

} // namespace testsupport
