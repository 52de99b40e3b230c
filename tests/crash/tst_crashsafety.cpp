// Crash safety: a writer process makes a stream of committed edits and is killed with SIGKILL at random
// moments; after every kill the file is reopened and must be sound and hold every acknowledged edit.
// The rounds share one file, so that recovery after one crash is what the next round builds on.

#include "crashprotocol.h"
#include "storage/store.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QHash>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <optional>
#include <signal.h>

using namespace pressdesk;
using namespace pressdesk::crash;

namespace {

constexpr int Rounds = 60;
constexpr quint32 DefaultSeed = 20240611;
// Every round numbers its edits from (round + 1) * EditNumbersPerRound, so no two edits share a title.
constexpr qint64 EditNumbersPerRound = 1000000;
constexpr int EarlyKillPercent = 15;
// Rounds long enough for SQLite's automatic checkpoints (every 1000 WAL pages), so that some kills land after
// the WAL has been copied into the file and is being reused. The other rounds end long before that.
constexpr int LongRoundPercent = 10;

// The part of a milestone the writer sets, as the test expects to read it back.
struct StoredMilestone
{
    QString title;
    QString start; // ISO form of the partial date
    int revision = 0;

    friend bool operator==(const StoredMilestone &a, const StoredMilestone &b)
    {
        return a.title == b.title && a.start == b.start && a.revision == b.revision;
    }
    QString toString() const { return QStringLiteral("“%1” %2 rev %3").arg(title, start).arg(revision); }
};

StoredMilestone written(qint64 number, int revision)
{
    return {titleForEdit(number), dateForEdit(number).toIsoString(), revision};
}

StoredMilestone stored(const Milestone &milestone)
{
    return {milestone.title, milestone.start.toIsoString(), milestone.meta.revision};
}

// What a writer printed before it died: its acknowledged units, and the one it had begun but not
// acknowledged.
struct Transcript
{
    QList<Unit> acknowledged;
    std::optional<Unit> unfinished;
};

bool sameNumbers(const Unit &a, const Unit &b)
{
    if (a.changes.size() != b.changes.size())
        return false;
    for (qsizetype i = 0; i < a.changes.size(); ++i) {
        if (a.changes.at(i).number != b.changes.at(i).number)
            return false;
    }
    return true;
}

// Only complete lines count: whatever follows the last newline was cut off by the kill.
Transcript readTranscript(const QByteArray &output, QString *error)
{
    Transcript transcript;
    const QList<QByteArray> lines = output.left(output.lastIndexOf('\n') + 1).split('\n');
    for (const QByteArray &bytes : lines) {
        if (bytes.isEmpty())
            continue;
        const QString text = QString::fromUtf8(bytes);
        const std::optional<ProtocolLine> line = parseLine(text);
        if (!line) {
            *error = QStringLiteral("unreadable line from the writer: ") + text;
            return {};
        }
        if (!line->acknowledged) {
            if (transcript.unfinished) {
                *error =
                    QStringLiteral("the writer began “%1” before acknowledging the unit before it").arg(text);
                return {};
            }
            transcript.unfinished = line->unit;
        } else {
            if (!transcript.unfinished || !sameNumbers(*transcript.unfinished, line->unit)) {
                *error = QStringLiteral("the writer acknowledged “%1” without beginning it").arg(text);
                return {};
            }
            transcript.acknowledged.append(line->unit);
            transcript.unfinished.reset();
        }
    }
    return transcript;
}

// Compares what the reopened file holds with what was acknowledged. Besides that, only the unfinished unit
// may show, and then completely or not at all; when it shows, it is adopted into `expected`, because the
// next round builds on it. Returns the problems found.
QStringList checkAndAdopt(const QList<Milestone> &milestones, QHash<RecordId, StoredMilestone> &expected,
                          const std::optional<Unit> &unfinished, bool *unfinishedCommitted)
{
    QHash<QString, qint64> unfinishedInsertByTitle;
    QHash<RecordId, qint64> unfinishedUpdateById;
    if (unfinished) {
        for (const Change &change : unfinished->changes) {
            if (change.id == 0)
                unfinishedInsertByTitle.insert(titleForEdit(change.number), change.number);
            else
                unfinishedUpdateById.insert(change.id, change.number);
        }
    }

    QStringList problems;
    QHash<RecordId, StoredMilestone> adopted;
    QSet<RecordId> seen;
    for (const Milestone &milestone : milestones) {
        const RecordId id = milestone.meta.id;
        const StoredMilestone actual = stored(milestone);
        seen.insert(id);
        const auto acknowledged = expected.constFind(id);
        if (acknowledged != expected.constEnd() && *acknowledged == actual)
            continue;
        // Not the acknowledged state: only a change of the unfinished unit may explain it.
        if (acknowledged != expected.constEnd()) {
            const auto update = unfinishedUpdateById.constFind(id);
            if (update != unfinishedUpdateById.constEnd() &&
                actual == written(*update, acknowledged->revision + 1)) {
                adopted.insert(id, actual);
            } else {
                problems.append(QStringLiteral("milestone %1 is %2, but %3 was acknowledged")
                                    .arg(id)
                                    .arg(actual.toString(), acknowledged->toString()));
            }
        } else {
            const auto insert = unfinishedInsertByTitle.constFind(actual.title);
            if (insert != unfinishedInsertByTitle.constEnd() && actual == written(*insert, 1)) {
                adopted.insert(id, actual);
                unfinishedInsertByTitle.erase(insert); // one row per insert
            } else {
                problems.append(QStringLiteral("milestone %1 (%2) was neither acknowledged nor begun")
                                    .arg(id)
                                    .arg(actual.toString()));
            }
        }
    }
    for (auto it = expected.constBegin(); it != expected.constEnd(); ++it) {
        if (!seen.contains(it.key()))
            problems.append(QStringLiteral("acknowledged milestone %1 (%2) is missing")
                                .arg(it.key())
                                .arg(it.value().toString()));
    }

    const qsizetype unfinishedChanges = unfinished ? unfinished->changes.size() : 0;
    if (!adopted.isEmpty() && adopted.size() != unfinishedChanges)
        problems.append(
            QStringLiteral("the unacknowledged %1 is only partly there: %2 of its %3 changes (%4)")
                .arg(unfinished->kind)
                .arg(adopted.size())
                .arg(unfinishedChanges)
                .arg(formatLine(false, *unfinished)));
    *unfinishedCommitted = problems.isEmpty() && !adopted.isEmpty();
    if (problems.isEmpty())
        expected.insert(adopted);
    return problems;
}

Milestone milestoneFor(RecordId id, qint64 number, int revision)
{
    Milestone milestone;
    milestone.meta.id = id;
    milestone.meta.revision = revision;
    milestone.title = titleForEdit(number);
    milestone.start = dateForEdit(number);
    return milestone;
}

} // namespace

class TestCrashSafety : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void checkCatchesLostAndPartialEdits();
    void commitsAreSyncedToDisk();
    void acknowledgedEditsSurviveSigkill();
    void killsWhileCreatingNeverLeaveABrokenFile();
};

// The crash test is only worth something if its check fails on a damaged file; this shows that it does.
void TestCrashSafety::checkCatchesLostAndPartialEdits()
{
    const QHash<RecordId, StoredMilestone> acknowledged{{1, written(10, 1)}, {2, written(11, 2)}};
    const Unit batch{QStringLiteral("batch"), {{20, 0, 0}, {21, 0, 0}, {22, 2, 0}}};
    bool committed = false;

    // The acknowledged state alone, with the batch absent or complete: fine.
    QHash<RecordId, StoredMilestone> expected = acknowledged;
    QVERIFY(checkAndAdopt({milestoneFor(1, 10, 1), milestoneFor(2, 11, 2)}, expected, batch, &committed)
                .isEmpty());
    QVERIFY(!committed);
    const QList<Milestone> withBatch{milestoneFor(1, 10, 1), milestoneFor(2, 22, 3), milestoneFor(3, 20, 1),
                                     milestoneFor(4, 21, 1)};
    QVERIFY(checkAndAdopt(withBatch, expected, batch, &committed).isEmpty());
    QVERIFY(committed);
    QCOMPARE(expected.size(), 4);
    QCOMPARE(expected.value(2).title, titleForEdit(22));

    // A lost insert, a lost update, half a batch, a row nobody wrote: each is reported.
    expected = acknowledged;
    QCOMPARE(checkAndAdopt({milestoneFor(1, 10, 1)}, expected, std::nullopt, &committed).size(), 1);
    expected = acknowledged;
    QCOMPARE(
        checkAndAdopt({milestoneFor(1, 10, 1), milestoneFor(2, 11, 1)}, expected, std::nullopt, &committed)
            .size(),
        1);
    expected = acknowledged;
    QCOMPARE(checkAndAdopt({milestoneFor(1, 10, 1), milestoneFor(2, 11, 2), milestoneFor(3, 20, 1)}, expected,
                           batch, &committed)
                 .size(),
             1);
    QCOMPARE(expected, acknowledged); // nothing of a broken state is adopted
    QCOMPARE(checkAndAdopt({milestoneFor(1, 10, 1), milestoneFor(2, 11, 2), milestoneFor(5, 99, 1)}, expected,
                           batch, &committed)
                 .size(),
             1);

    // Only complete lines count, and an acknowledgement needs its beginning.
    QString error;
    const Transcript transcript =
        readTranscript("begin insert 5\nack insert 5>3:1\nbegin update 6>3\nack upd", &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(transcript.acknowledged.size(), 1);
    QVERIFY(transcript.unfinished);
    QCOMPARE(transcript.unfinished->changes.at(0).id, RecordId(3));
    readTranscript("ack insert 5>3:1\n", &error);
    QVERIFY(!error.isEmpty());
}

// A SIGKILL leaves the operating system's cache intact, so the kills cannot show whether a commit reached the
// disk before it was acknowledged. That is what a WAL journal with synchronous=FULL promises; check the
// setting.
void TestCrashSafety::commitsAreSyncedToDisk()
{
    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    Result<std::unique_ptr<Store>> opened =
        Store::open(folder.filePath(QStringLiteral("synced.pressdesk")), Database::OpenMode::CreateNew);
    QVERIFY2(opened, qPrintable(opened.errorMessage()));
    QSqlQuery pragma((*opened)->database().connection());
    QVERIFY(pragma.exec(QStringLiteral("PRAGMA journal_mode")) && pragma.next());
    QCOMPARE(pragma.value(0).toString(), QStringLiteral("wal"));
    QVERIFY(pragma.exec(QStringLiteral("PRAGMA synchronous")) && pragma.next());
    QCOMPARE(pragma.value(0).toInt(), 2); // FULL
}

void TestCrashSafety::acknowledgedEditsSurviveSigkill()
{
    const quint32 seed = qEnvironmentVariableIsSet("PRESSDESK_CRASH_SEED")
                             ? quint32(qEnvironmentVariableIntValue("PRESSDESK_CRASH_SEED"))
                             : DefaultSeed;
    qInfo("seed %u (set PRESSDESK_CRASH_SEED to try another sequence of kills)", seed);
    QRandomGenerator random(seed);

    QTemporaryDir folder;
    QVERIFY(folder.isValid());
    const QString path = folder.filePath(QStringLiteral("crash.pressdesk"));

    QHash<RecordId, StoredMilestone> expected;
    int kills = 0;
    int killsBeforeAnyAck = 0;
    int longRounds = 0;
    int acknowledgedUnits = 0;
    int acknowledgedChanges = 0;
    int unacknowledgedButCommitted = 0;
    QElapsedTimer total;
    total.start();

    for (int round = 0; round < Rounds; ++round) {
        // Some kills land before the first acknowledgement, e.g. while the writer opens the file. Not in the
        // first round: it creates the file, and a kill during creation is not about committed edits.
        const int roll = int(random.bounded(100));
        const bool killEarly = round > 0 && roll < EarlyKillPercent;
        const bool longRound = roll >= 100 - LongRoundPercent;
        const int delayMs = killEarly   ? random.bounded(0, 40)
                            : longRound ? random.bounded(300, 701)
                                        : random.bounded(5, 81);
        if (longRound && !killEarly)
            ++longRounds;

        QProcess writer;
        writer.start(QStringLiteral(PRESSDESK_CRASHWRITER),
                     {path, QString::number((round + 1) * EditNumbersPerRound)});
        QVERIFY2(writer.waitForStarted(10000), qPrintable(writer.errorString()));
        QByteArray output;
        if (!killEarly) {
            while (!output.contains("ack ")) {
                QVERIFY2(writer.waitForReadyRead(20000),
                         qPrintable(QStringLiteral("round %1: no acknowledgement from the writer: %2")
                                        .arg(round)
                                        .arg(QString::fromLocal8Bit(writer.readAllStandardError()))));
                output += writer.readAllStandardOutput();
            }
        }
        // Keep reading while waiting, so that a full pipe never holds the writer still when the kill comes.
        QElapsedTimer waited;
        waited.start();
        for (qint64 left = delayMs; left > 0 && writer.state() == QProcess::Running;
             left = delayMs - waited.elapsed()) {
            writer.waitForReadyRead(int(left));
            output += writer.readAllStandardOutput();
        }
        QVERIFY2(writer.state() == QProcess::Running,
                 qPrintable(QStringLiteral("round %1: the writer stopped on its own: %2")
                                .arg(round)
                                .arg(QString::fromLocal8Bit(writer.readAllStandardError()))));
        QCOMPARE(::kill(pid_t(writer.processId()), SIGKILL), 0);
        QVERIFY(writer.waitForFinished(10000));
        QVERIFY2(writer.exitStatus() == QProcess::CrashExit,
                 qPrintable(QStringLiteral("round %1: the writer exited with %2 before the kill: %3")
                                .arg(round)
                                .arg(writer.exitCode())
                                .arg(QString::fromLocal8Bit(writer.readAllStandardError()))));
        output += writer.readAllStandardOutput();
        ++kills;

        QString transcriptError;
        const Transcript transcript = readTranscript(output, &transcriptError);
        QVERIFY2(transcriptError.isEmpty(), qPrintable(transcriptError));
        if (transcript.acknowledged.isEmpty())
            ++killsBeforeAnyAck;
        for (const Unit &unit : transcript.acknowledged) {
            for (const Change &change : unit.changes)
                expected.insert(change.id, written(change.number, change.revision));
            ++acknowledgedUnits;
            acknowledgedChanges += int(unit.changes.size());
        }

        // Reopen as the application would after the crash.
        Result<std::unique_ptr<Store>> reopened = Store::open(path, Database::OpenMode::OpenExisting);
        QVERIFY2(
            reopened,
            qPrintable(
                QStringLiteral("round %1: reopening failed: %2").arg(round).arg(reopened.errorMessage())));
        Store &store = **reopened;
        QCOMPARE(store.database().integrityCheck(), QStringLiteral("ok"));
        const Result<QList<Milestone>> milestones = store.milestones().all();
        QVERIFY2(milestones, qPrintable(milestones.errorMessage()));
        bool unfinishedCommitted = false;
        const QStringList problems =
            checkAndAdopt(*milestones, expected, transcript.unfinished, &unfinishedCommitted);
        QVERIFY2(problems.isEmpty(),
                 qPrintable(QStringLiteral("round %1, after %2 acknowledged units, killed %3 ms in:\n  %4")
                                .arg(round)
                                .arg(transcript.acknowledged.size())
                                .arg(delayMs)
                                .arg(problems.join(QStringLiteral("\n  ")))));
        if (unfinishedCommitted)
            ++unacknowledgedButCommitted;
    }

    QVERIFY(kills >= 50);
    // Slow disks make fewer edits per round (every commit waits for fdatasync), but never next to none.
    QVERIFY2(acknowledgedUnits >= 2 * Rounds, "too few edits for the kills to mean something");
    qInfo(
        "%d rounds (%d long), %d kills (%d before the first acknowledgement), %d acknowledged units with %d "
        "changes, %d units committed but killed before their acknowledgement, %lld milestones in the file, "
        "%lld ms",
        Rounds, longRounds, kills, killsBeforeAnyAck, acknowledgedUnits, acknowledgedChanges,
        unacknowledgedButCommitted, qint64(expected.size()), total.elapsed());
}

// A new file is built under a temporary name and renamed when complete: a kill during creation leaves
// either no file or a sound one under the chosen name, never one that later opens refuse.
void TestCrashSafety::killsWhileCreatingNeverLeaveABrokenFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QRandomGenerator random(DefaultSeed);
    constexpr int CreationRounds = 30;
    int createdBeforeKill = 0;
    for (int round = 0; round < CreationRounds; ++round) {
        const QString path = dir.filePath(QStringLiteral("new-%1.pressdesk").arg(round));
        QProcess writer;
        writer.start(QStringLiteral(PRESSDESK_CRASHWRITER), {path, QString::number(EditNumbersPerRound)});
        QVERIFY2(writer.waitForStarted(10000), qPrintable(writer.errorString()));
        QTest::qWait(random.bounded(0, 60));
        ::kill(pid_t(writer.processId()), SIGKILL);
        QVERIFY(writer.waitForFinished(10000));
        createdBeforeKill += QFileInfo::exists(path) ? 1 : 0;
        auto reopened = Store::open(path, Database::OpenMode::OpenOrCreate);
        QVERIFY2(reopened,
                 qPrintable(QStringLiteral("round %1: %2").arg(round).arg(reopened.errorMessage())));
        QCOMPARE((*reopened)->database().integrityCheck(), QStringLiteral("ok"));
        QCOMPARE((*reopened)->database().schemaVersion(), MigrationSet::builtin().latestVersion());
    }
    qInfo("creation rounds: %d, file already in place at the kill: %d", CreationRounds, createdBeforeKill);
}

QTEST_GUILESS_MAIN(TestCrashSafety)

#include "tst_crashsafety.moc"
