#pragma once

#include <QEventLoop>
#include <QFutureWatcher>
#include <QProgressDialog>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

namespace pressdesk::BackgroundWork {

// How long work may take before the window shows that it is busy.
constexpr int ShowAfterMs = 500;

// Runs work (which must not touch widgets or the store: it runs on a worker thread) while the window
// stays painted; after half a second a progress dialog says what is being done. The user may cancel:
// run() then returns nullopt at once, the flag handed to the work is set, and the work must then leave
// nothing behind (an export does not commit its QSaveFile); its result is thrown away.
template<typename T>
std::optional<T> run(QWidget *parent, const QString &label,
                     std::function<T(const std::atomic_bool &cancelled)> work, bool cancellable = true)
{
    auto cancelFlag = std::make_shared<std::atomic_bool>(false);
    QFuture<T> future = QtConcurrent::run([work = std::move(work), cancelFlag] { return work(*cancelFlag); });
    QFutureWatcher<T> watcher;
    QEventLoop loop;
    QProgressDialog dialog(label, cancellable ? QProgressDialog::tr("Cancel") : QString(), 0, 0, parent);
    dialog.setObjectName(QStringLiteral("backgroundWorkProgress"));
    dialog.setWindowModality(Qt::WindowModal);
    dialog.setAutoClose(false);
    dialog.setAutoReset(false);
    dialog.setMinimumDuration(24 * 3600 * 1000); // shown below, not by its own timer
    bool cancelled = false;
    QObject::connect(&watcher, &QFutureWatcherBase::finished, &loop, &QEventLoop::quit);
    QObject::connect(&dialog, &QProgressDialog::canceled, &loop, [&] {
        cancelled = true;
        cancelFlag->store(true);
        loop.quit();
    });
    watcher.setFuture(future);
    // First the window is only repainted: a click or key meanwhile waits (it is not lost) and then
    // meets the modal dialog, so nothing can start the same work twice.
    if (!future.isFinished()) {
        QTimer::singleShot(ShowAfterMs, &loop, &QEventLoop::quit);
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    }
    if (!future.isFinished()) {
        dialog.show();
        loop.exec();
    }
    if (cancelled && !future.isFinished())
        return std::nullopt;
    return future.result();
}

} // namespace pressdesk::BackgroundWork
