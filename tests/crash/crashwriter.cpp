// crashwriter: makes committed milestone edits in a PressDesk file, one after the other, until it is
// killed. Every unit of work is announced before it starts and acknowledged after its commit (see
// crashprotocol.h), so that tst_crashsafety can check what survived a SIGKILL.
//
//   crashwriter <database path> <first edit number>
//
// Exit codes: 2 bad arguments, 3 a storage error (message on stderr), 4 the safety stop.

#include "crashprotocol.h"
#include "storage/store.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <unistd.h>

using namespace pressdesk;
using namespace pressdesk::crash;

namespace {

// Nobody should leave a writer running for long; this stops it if the parent forgets to kill it.
constexpr qint64 SafetyStopMs = 120 * 1000;

// One write() per line: a pipe write of at most PIPE_BUF bytes is atomic, so the reader sees the whole line
// or none of it. No stdio buffer stands between a commit and its acknowledgement.
void announce(bool acknowledged, const Unit &unit)
{
    const QByteArray line = formatLine(acknowledged, unit).toUtf8() + '\n';
    const char *data = line.constData();
    qsizetype left = line.size();
    while (left > 0) {
        const ssize_t written = ::write(STDOUT_FILENO, data, size_t(left));
        if (written < 0 && errno == EINTR)
            continue;
        if (written <= 0)
            std::exit(3); // the reader is gone; nothing could be acknowledged any more
        data += written;
        left -= written;
    }
}

[[noreturn]] void failWith(const QString &what, const Error &error)
{
    std::fprintf(stderr, "crashwriter: %s: %s\n", qPrintable(what), qPrintable(error.message));
    std::exit(3);
}

class Writer
{
public:
    Writer(Store &store, qint64 firstNumber)
        : m_store(store)
        , m_nextNumber(firstNumber)
        , m_random(quint32(firstNumber))
    {
    }

    void rememberExisting()
    {
        Result<QList<Milestone>> existing = m_store.milestones().all();
        if (!existing)
            failWith(QStringLiteral("reading the milestones"), existing.error());
        for (const Milestone &milestone : *existing)
            m_knownIds.append(milestone.meta.id);
    }

    void makeOneEdit()
    {
        const int roll = int(m_random.bounded(100));
        if (m_knownIds.isEmpty() || roll < 55)
            insertOne();
        else if (roll < 85)
            updateOne();
        else
            batch();
    }

private:
    RecordId someKnownId() { return m_knownIds.at(qsizetype(m_random.bounded(quint32(m_knownIds.size())))); }

    Change insertMilestone(qint64 number)
    {
        Milestone milestone;
        milestone.title = titleForEdit(number);
        milestone.start = dateForEdit(number);
        Result<Milestone> inserted = m_store.milestones().insert(milestone);
        if (!inserted)
            failWith(QStringLiteral("inserting edit %1").arg(number), inserted.error());
        return Change{number, inserted->meta.id, inserted->meta.revision};
    }

    // Reads the milestone first and writes against the revision it read (optimistic concurrency).
    Change updateMilestone(qint64 number, RecordId id)
    {
        Result<Milestone> current = m_store.milestones().find(id);
        if (!current)
            failWith(QStringLiteral("reading milestone %1").arg(id), current.error());
        Milestone milestone = *current;
        milestone.title = titleForEdit(number);
        milestone.start = dateForEdit(number);
        Result<Milestone> updated = m_store.milestones().update(milestone);
        if (!updated)
            failWith(QStringLiteral("updating milestone %1 with edit %2").arg(id).arg(number),
                     updated.error());
        return Change{number, id, updated->meta.revision};
    }

    // A single statement outside store.transaction(): SQLite commits it on its own.
    void insertOne()
    {
        Unit unit{QStringLiteral("insert"), {Change{m_nextNumber++, 0, 0}}};
        announce(false, unit);
        unit.changes[0] = insertMilestone(unit.changes[0].number);
        announce(true, unit);
        m_knownIds.append(unit.changes[0].id);
    }

    void updateOne()
    {
        Unit unit{QStringLiteral("update"), {Change{m_nextNumber++, someKnownId(), 0}}};
        announce(false, unit);
        unit.changes[0] = updateMilestone(unit.changes[0].number, unit.changes[0].id);
        announce(true, unit);
    }

    // Several inserts and, mostly, an update of an earlier milestone in one transaction: all or nothing.
    void batch()
    {
        Unit unit{QStringLiteral("batch"), {}};
        const int inserts = 2 + int(m_random.bounded(4));
        for (int i = 0; i < inserts; ++i)
            unit.changes.append(Change{m_nextNumber++, 0, 0});
        if (m_random.bounded(4) != 0)
            unit.changes.append(Change{m_nextNumber++, someKnownId(), 0});
        announce(false, unit);
        QList<Change> done;
        const Result<void> committed = m_store.transaction([&]() -> Result<void> {
            for (const Change &change : unit.changes)
                done.append(change.id == 0 ? insertMilestone(change.number)
                                           : updateMilestone(change.number, change.id));
            return {};
        });
        if (!committed)
            failWith(QStringLiteral("committing a batch"), committed.error());
        unit.changes = done;
        announce(true, unit);
        for (const Change &change : done)
            if (!m_knownIds.contains(change.id))
                m_knownIds.append(change.id);
    }

    Store &m_store;
    qint64 m_nextNumber;
    QRandomGenerator m_random;
    QList<RecordId> m_knownIds;
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    bool numberOk = false;
    const qint64 firstNumber = arguments.size() == 3 ? arguments.at(2).toLongLong(&numberOk) : 0;
    if (!numberOk || firstNumber <= 0) {
        std::fprintf(stderr, "usage: crashwriter <database path> <first edit number>\n");
        return 2;
    }

    Result<std::unique_ptr<Store>> opened = Store::open(arguments.at(1), Database::OpenMode::OpenOrCreate);
    if (!opened)
        failWith(QStringLiteral("opening %1").arg(arguments.at(1)), opened.error());

    Writer writer(**opened, firstNumber);
    writer.rememberExisting();
    QElapsedTimer running;
    running.start();
    while (running.elapsed() < SafetyStopMs)
        writer.makeOneEdit();
    std::fprintf(stderr, "crashwriter: nobody killed me within %lld ms; stopping\n", SafetyStopMs);
    return 4;
}
