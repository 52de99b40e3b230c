#include "validation.h"

namespace pressdesk {

QString ValidationResult::messageFor(const QString &field) const
{
    for (const Problem &problem : m_problems) {
        if (problem.field == field)
            return problem.message;
    }
    return {};
}

QString ValidationResult::summary() const
{
    QStringList lines;
    for (const Problem &problem : m_problems)
        lines.append(problem.message);
    return lines.join(QLatin1Char('\n'));
}

} // namespace pressdesk
