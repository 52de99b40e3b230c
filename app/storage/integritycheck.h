#pragma once

#include <QObject>
#include <QString>

#include <memory>

class QThread;

namespace pressdesk {

// Reads every page of a file in a worker thread, on its own read-only connection, and reports once
// through finished(). For files that Database::open let in after a look at their structure only (see
// Database::DefaultCompleteCheckLimit). Tables are checked one at a time, so that closing the file
// (destroying the check) waits for one table at most.
class IntegrityCheck : public QObject
{
    Q_OBJECT
public:
    explicit IntegrityCheck(QString path, QObject *parent = nullptr);
    ~IntegrityCheck() override;
    IntegrityCheck(const IntegrityCheck &) = delete;
    IntegrityCheck &operator=(const IntegrityCheck &) = delete;

    void start();
    bool isRunning() const;
    QString path() const { return m_path; }

Q_SIGNALS:
    // problem is empty when every table is sound, otherwise a description in SQLite's words.
    void finished(const QString &problem);

private:
    struct Shared;
    QString m_path;
    std::shared_ptr<Shared> m_shared;
    QThread *m_thread = nullptr;
};

} // namespace pressdesk
