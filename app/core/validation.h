#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace pressdesk {

// What is wrong with an entity, field by field, in words a press officer understands.
class ValidationResult
{
public:
    struct Problem
    {
        QString field;
        QString message;
    };

    void add(const QString &field, const QString &message) { m_problems.append({field, message}); }
    bool isValid() const { return m_problems.isEmpty(); }
    const QList<Problem> &problems() const { return m_problems; }
    QString messageFor(const QString &field) const;
    // All messages, one per line.
    QString summary() const;

private:
    QList<Problem> m_problems;
};

} // namespace pressdesk
