// Long work runs beside the window: quick work shows nothing, work that takes longer than half a second
// shows a progress dialog that names it, and Cancel returns at once while the work stops without
// leaving a file behind.

#include "cli/application.h"
#include "formats/exportfile.h"
#include "ui/backgroundwork.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QMainWindow>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>

using namespace pressdesk;

class TestBackgroundWork : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { setUpApplication(*qApp); }
    void quickWorkShowsNoDialog();
    void longWorkShowsItsProgress();
    void cancelledExportLeavesNoFile();
};

namespace {
QProgressDialog *visibleProgress()
{
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        if (auto *dialog = qobject_cast<QProgressDialog *>(widget); dialog && dialog->isVisible())
            return dialog;
    }
    return nullptr;
}
} // namespace

void TestBackgroundWork::quickWorkShowsNoDialog()
{
    QMainWindow window;
    window.show();
    bool dialogSeen = false;
    QTimer watch;
    connect(&watch, &QTimer::timeout, this, [&] { dialogSeen = dialogSeen || visibleProgress(); });
    watch.start(10);
    const QThread *guiThread = QThread::currentThread();
    const std::optional<int> result =
        BackgroundWork::run<int>(&window, QStringLiteral("Quick"), [guiThread](const std::atomic_bool &) {
            // Not on the window's thread.
            return QThread::currentThread() == guiThread ? -1 : 42;
        });
    QCOMPARE(result, std::optional<int>(42));
    QVERIFY(!dialogSeen);
}

void TestBackgroundWork::longWorkShowsItsProgress()
{
    QMainWindow window;
    window.show();
    QString shownLabel;
    int paintsWhileWorking = 0;
    QTimer watch;
    connect(&watch, &QTimer::timeout, this, [&] {
        ++paintsWhileWorking; // the window's event loop runs while the work does
        if (QProgressDialog *dialog = visibleProgress())
            shownLabel = dialog->labelText();
    });
    watch.start(20);
    QElapsedTimer clock;
    clock.start();
    const std::optional<int> result = BackgroundWork::run<int>(
        &window, QStringLiteral("Setting the press kit’s pages…"), [](const std::atomic_bool &) {
            QThread::msleep(1200);
            return 7;
        });
    QCOMPARE(result, std::optional<int>(7));
    QVERIFY(clock.elapsed() >= 1200);
    QCOMPARE(shownLabel, QStringLiteral("Setting the press kit’s pages…"));
    QVERIFY(paintsWhileWorking > 10);
    QVERIFY(!visibleProgress());
}

void TestBackgroundWork::cancelledExportLeavesNoFile()
{
    QMainWindow window;
    window.show();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("Pressemappe.pdf"));
    auto sawCancel = std::make_shared<std::atomic_bool>(false);
    auto finishedWork = std::make_shared<std::atomic_bool>(false);
    // The user presses Cancel once the dialog is there.
    QTimer::singleShot(BackgroundWork::ShowAfterMs + 200, this, [] {
        QProgressDialog *dialog = visibleProgress();
        QVERIFY(dialog);
        auto *cancel = dialog->findChild<QPushButton *>();
        QVERIFY(cancel);
        QTest::mouseClick(cancel, Qt::LeftButton);
    });
    QElapsedTimer clock;
    clock.start();
    const std::optional<Result<void>> result = BackgroundWork::run<Result<void>>(
        &window, QStringLiteral("Exporting…"),
        [path, sawCancel, finishedWork](const std::atomic_bool &cancelled) {
            // As the pages do: write into the export file, and do not commit it once cancelled.
            Result<void> written = ExportFile::write(path, QString(), [&](QIODevice *device) -> Result<void> {
                device->write("%PDF-1.7\n");
                for (int i = 0; i < 500 && !cancelled; ++i)
                    QThread::msleep(10);
                *sawCancel = cancelled.load();
                return cancelled ? makeError(Error::Kind::Io, QStringLiteral("cancelled")) : Result<void>();
            });
            *finishedWork = true;
            return written;
        });
    QVERIFY(!result); // cancelled: no result
    QVERIFY(clock.elapsed() < 4000);
    QTRY_VERIFY(finishedWork->load());
    QVERIFY(sawCancel->load());
    QVERIFY(!QFileInfo::exists(path));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList()); // no temporary left
}

QTEST_MAIN(TestBackgroundWork)
#include "tst_backgroundwork.moc"
