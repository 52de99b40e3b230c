#include "integritycheck.h"

#include "sqlsupport.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QThread>

#include <atomic>

namespace pressdesk {

struct IntegrityCheck::Shared
{
    std::atomic_bool stop = false;
    QString problem; // written by the worker before it ends, read after QThread::finished
};

namespace {

QString checkTables(const QString &path, const std::atomic_bool &stop)
{
    const QString name = sql::newConnectionName();
    QString problem;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
        if (!db.open()) {
            problem = db.lastError().text();
        } else {
            QSqlQuery query(db);
            query.setForwardOnly(true);
            QStringList tables;
            if (Result<QStringList> listed = sql::tableNames(query); listed)
                tables = *listed;
            else
                problem = query.lastError().databaseText();
            for (const QString &table : std::as_const(tables)) {
                if (stop || !problem.isEmpty())
                    break;
                // quick_check(TABLE) reads the table and its indexes: the same check Database::open runs
                // on small files, in steps that can stop in between.
                if (!query.exec(QStringLiteral("PRAGMA quick_check(%1)").arg(sql::quotedIdentifier(table)))) {
                    problem = query.lastError().databaseText();
                    break;
                }
                while (query.next()) {
                    const QString line = query.value(0).toString();
                    if (line != QLatin1String("ok") && problem.isEmpty())
                        problem = sql::integrityProblem(line);
                }
                if (problem.isEmpty() && query.lastError().isValid())
                    problem = query.lastError().databaseText();
            }
            query.finish();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return problem;
}

} // namespace

IntegrityCheck::IntegrityCheck(QString path, QObject *parent)
    : QObject(parent)
    , m_path(std::move(path))
    , m_shared(std::make_shared<Shared>())
{
}

IntegrityCheck::~IntegrityCheck()
{
    if (!m_thread)
        return;
    m_shared->stop = true;
    m_thread->wait();
    delete m_thread;
}

void IntegrityCheck::start()
{
    if (m_thread)
        return;
    m_thread = QThread::create(
        [shared = m_shared, path = m_path] { shared->problem = checkTables(path, shared->stop); });
    // Queued to this object's thread; not delivered once the check is destroyed (the file was closed).
    connect(m_thread, &QThread::finished, this, [this] {
        if (!m_shared->stop)
            Q_EMIT finished(m_shared->problem);
    });
    m_thread->start(QThread::LowPriority);
}

bool IntegrityCheck::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

} // namespace pressdesk
