#include "sqlsupport.h"

#include <QAtomicInteger>
#include <QCoreApplication>

namespace pressdesk::sql {

namespace {
struct Strings
{
    Q_DECLARE_TR_FUNCTIONS(Storage)
};
} // namespace

QString newConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("pressdesk-%1").arg(counter.fetchAndAddRelaxed(1));
}

bool tableNames(QSqlQuery &query, QStringList &names)
{
    names.clear();
    if (!query.exec(QStringLiteral("SELECT name FROM pragma_table_list WHERE schema = 'main' AND "
                                   "type = 'table' ORDER BY name")))
        return false;
    while (query.next())
        names.append(query.value(0).toString());
    return !query.lastError().isValid();
}

QString quotedIdentifier(const QString &name)
{
    return QLatin1Char('"') + QString(name).replace(QLatin1Char('"'), QLatin1String("\"\"")) +
           QLatin1Char('"');
}

QString integrityProblem(const QString &checkOutput)
{
    const QStringList lines = checkOutput.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (const QString &line : lines) {
        if (!line.startsWith(QLatin1String("***")))
            return line.trimmed();
    }
    return checkOutput.simplified();
}

Error toError(const QSqlError &error, const QString &what)
{
    const QString native = error.nativeErrorCode();
    const QString text = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    // SQLite primary result codes: 8 READONLY, 13 FULL, 19 CONSTRAINT, 11 CORRUPT, 26 NOTADB, 5 BUSY.
    const int code = native.toInt() & 0xff;
    switch (code) {
    case 8:
        return {Error::Kind::ReadOnly, Strings::tr("Could not %1: the file is read-only.").arg(what)};
    case 13:
        return {Error::Kind::Io,
                Strings::tr("Could not %1: the disk is full. Nothing was changed.").arg(what)};
    case 19:
        if (text.contains(QLatin1String("FOREIGN KEY")))
            return {Error::Kind::InUse,
                    Strings::tr("Could not %1: it is still used elsewhere (%2).").arg(what, text)};
        return {Error::Kind::Invalid, Strings::tr("Could not %1: %2.").arg(what, text)};
    case 11:
    case 26:
        return {Error::Kind::Corrupt,
                Strings::tr("Could not %1: the database file is damaged (%2).").arg(what, text)};
    case 5:
    case 6:
        return {Error::Kind::Io,
                Strings::tr("Could not %1: the database is busy in another program. Try again.").arg(what)};
    case 10:
    case 14:
        return {Error::Kind::Io,
                Strings::tr("Could not %1: the disk could not be read or written (%2).").arg(what, text)};
    default:
        break;
    }
    return {Error::Kind::Internal, Strings::tr("Could not %1: %2").arg(what, text)};
}

Result<void> exec(QSqlQuery &query, const QString &statement, std::initializer_list<QVariant> values)
{
    if (!query.prepare(statement))
        return toError(query.lastError(), Strings::tr("prepare a database statement"));
    for (const QVariant &value : values) {
        // The SQLite driver binds a null QString as NULL; an empty text field must stay ''.
        if (!value.isNull() && value.typeId() == QMetaType::QString && value.toString().isNull())
            query.addBindValue(QString(QLatin1String("")));
        else
            query.addBindValue(value);
    }
    if (!query.exec())
        return toError(query.lastError(), Strings::tr("save to the database"));
    return {};
}

QVariant nullIfEmpty(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(text);
}

} // namespace pressdesk::sql
