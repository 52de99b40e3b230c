#include "officedictionary.h"

#include "core/timestamps.h"
#include "database.h"
#include "sqlsupport.h"

#include <QDateTime>
#include <QSqlQuery>

namespace pressdesk {

OfficeDictionary::OfficeDictionary(Database &database)
    : m_database(database)
{
}

Result<QStringList> OfficeDictionary::words() const
{
    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (Result<void> ran = sql::exec(query, QStringLiteral("SELECT word FROM office_word ORDER BY word"));
        !ran)
        return ran.error();
    QStringList words;
    while (query.next())
        words.append(query.value(0).toString());
    return words;
}

Result<void> OfficeDictionary::add(const QString &word, const QString &addedBy)
{
    const QString trimmed = word.trimmed();
    if (trimmed.isEmpty() || trimmed.size() > 100 || trimmed.contains(QLatin1Char(' ')))
        return makeError(Error::Kind::Invalid,
                         tr("“%1” cannot be added to the office dictionary: it must be one word of at most "
                            "100 characters.")
                             .arg(trimmed));
    QSqlQuery query(m_database.connection());
    return sql::exec(query,
                     QStringLiteral("INSERT INTO office_word (word, added_at, added_by) VALUES (?, ?, ?) "
                                    "ON CONFLICT (word) DO NOTHING"),
                     {trimmed, toUtcIsoString(QDateTime::currentDateTimeUtc()), addedBy});
}

Result<void> OfficeDictionary::remove(const QString &word)
{
    QSqlQuery query(m_database.connection());
    return sql::exec(query, QStringLiteral("DELETE FROM office_word WHERE word = ?"), {word.trimmed()});
}

} // namespace pressdesk
