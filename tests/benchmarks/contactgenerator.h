#pragma once

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <random>

// Deterministic press-contact data for the contact benchmark: the same seed and count give the same
// rows, byte for byte, on every machine (std::mt19937_64 and integer arithmetic only). German names
// with umlauts, ß and double names ("Müller-Lüdenscheidt", "Anna-Lena"), Turkish and Polish names as a
// German city's lists hold them, organisations, roles, press topics, e-mail addresses and phones.
// Every e-mail address is unique and no two rows share given name, family name and organisation, so
// that an import adds every row (nothing is merged as a duplicate).
namespace benchmark {

struct GeneratedContact
{
    QString honorific;
    QString givenName;
    QString familyName;
    QString role;
    QString organisation; // may be empty
    QString email;
    QString phone;
    QString mobile; // may be empty
    QStringList topics;
    bool availableForPress = false;
};

class ContactGenerator
{
public:
    explicit ContactGenerator(std::uint64_t seed = 20240611);

    // The header of the CSV file (German, as an Excel export from Outlook would have it).
    static QStringList csvHeader();
    // Writes `count` contacts as UTF-8 CSV (comma, RFC 4180 quoting, LF). Returns false on a write error.
    bool writeCsv(const QString &path, int count);

    GeneratedContact next();
    // A quote text of realistic length.
    QString quoteText();
    int bounded(int upper); // 0 … upper-1

    // Names a user would type in the search while the benchmark times it.
    static QStringList typedNames();

private:
    QString pick(const QStringList &list);
    QString organisationFor(int index) const;

    std::mt19937_64 m_random;
    int m_serial = 0;
    int m_organisationCount = 50;
    QSet<QString> m_usedNames;           // given|family|organisation: no duplicate rows
    QHash<QString, int> m_usedAddresses; // address → how often used, for a numbered next one
};

} // namespace benchmark
