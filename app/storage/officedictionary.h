#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QStringList>

namespace pressdesk {

class Database;

// The words the office added to the spell checker, kept in the file (table office_word): names of people,
// firms and places that no dictionary knows travel with the data.
class OfficeDictionary
{
    Q_DECLARE_TR_FUNCTIONS(OfficeDictionary)
public:
    explicit OfficeDictionary(Database &database);

    Result<QStringList> words() const; // sorted
    // Adds a word (surrounding blanks trimmed); a word already there is no error.
    Result<void> add(const QString &word, const QString &addedBy);
    Result<void> remove(const QString &word);

private:
    Database &m_database;
};

} // namespace pressdesk
