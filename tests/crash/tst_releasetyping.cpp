// Nothing typed is lost: the release editor runs in a process of its own (pressdesk_releasetyper) and is
// killed with SIGKILL while typing; after each kill the file must hold everything typed up to two seconds
// before the kill, and nothing that was never typed.

#include "releasetyping.h"
#include "storage/store.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace pressdesk;

class TestReleaseTyping : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void typingSurvivesSigkillButTheLastTwoSeconds();
};

void TestReleaseTyping::typingSurvivesSigkillButTheLastTwoSeconds()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("typing.pressdesk"));
    RecordId id = 0;
    {
        auto created = Store::open(path, Database::OpenMode::CreateNew);
        QVERIFY2(created, qPrintable(created.errorMessage()));
        PressRelease release;
        release.headline = QStringLiteral("Getippt bis zum Absturz");
        Result<PressRelease> inserted = (*created)->releases().insert(release);
        QVERIFY(inserted);
        id = inserted->meta.id;
    }
    const auto storedBody = [&]() -> QString {
        auto opened = Store::open(path, Database::OpenMode::OpenExisting);
        if (!opened)
            return QStringLiteral("cannot open: ") + opened.errorMessage();
        const Result<PressRelease> release = (*opened)->releases().find(id);
        if (!release)
            return QStringLiteral("cannot read: ") + release.errorMessage();
        QStringList texts;
        for (const ReleaseBlock &block : release->content.blocks)
            texts.append(plainText(block.runs));
        return texts.join(QLatin1Char('\n'));
    };

    QRandomGenerator random(20201207);
    constexpr int Rounds = 4;
    for (int round = 0; round < Rounds; ++round) {
        QProcess typer;
        typer.start(QStringLiteral(PRESSDESK_RELEASETYPER), {path, QString::number(id)});
        QVERIFY(typer.waitForStarted());
        QList<QPair<qint64, int>> reports; // (ms since the first key, characters typed)
        QElapsedTimer clock;
        QByteArray pending;
        const int typingMs = random.bounded(2500, 6000);
        while (clock.isValid() ? clock.elapsed() < typingMs : true) {
            typer.waitForReadyRead(50);
            pending += typer.readAllStandardOutput();
            for (int newline = int(pending.indexOf('\n')); newline >= 0;
                 newline = int(pending.indexOf('\n'))) {
                const QByteArray line = pending.left(newline);
                pending.remove(0, newline + 1);
                if (!line.startsWith("typed "))
                    continue;
                if (!clock.isValid())
                    clock.start();
                reports.append({clock.elapsed(), line.mid(6).toInt()});
            }
            QVERIFY2(typer.state() == QProcess::Running,
                     qPrintable(QString::fromUtf8(typer.readAllStandardError())));
        }
        const qint64 killedAt = clock.elapsed();
        QCOMPARE(::kill(pid_t(typer.processId()), SIGKILL), 0);
        QVERIFY(typer.waitForFinished(5000));

        // Typed by two seconds before the kill (as far as the reports tell; they trail the keys slightly).
        int typedTwoSecondsBefore = 0;
        for (const auto &[at, typed] : std::as_const(reports)) {
            if (at <= killedAt - 2000)
                typedTwoSecondsBefore = typed;
        }
        const int typedAtKill = reports.isEmpty() ? 0 : reports.last().second;
        const QString body = storedBody();
        QVERIFY2(
            releasetyping::typingText(int(body.size())) == body,
            qPrintable(
                QStringLiteral("round %1: the stored body is not what was typed: %2").arg(round).arg(body)));
        QVERIFY2(body.size() >= typedTwoSecondsBefore - 1, // a trailing blank is not kept
                 qPrintable(QStringLiteral("round %1: %2 characters typed by 2 s before the kill, %3 stored")
                                .arg(round)
                                .arg(typedTwoSecondsBefore)
                                .arg(body.size())));
        qInfo("round %d: killed after %lld ms of typing; %d typed, %d by two seconds before, %d stored",
              round, killedAt, typedAtKill, typedTwoSecondsBefore, int(body.size()));
        QVERIFY(typedAtKill > 50); // the kill came mid-typing, not before it
    }
}

QTEST_GUILESS_MAIN(TestReleaseTyping)
#include "tst_releasetyping.moc"
