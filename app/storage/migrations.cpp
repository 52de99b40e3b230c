#include "migrations.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>

#include <algorithm>

namespace pressdesk {

const MigrationSet &MigrationSet::builtin()
{
    static const MigrationSet set = [] {
        MigrationSet migrations;
        const QDir dir(QStringLiteral(":/sql"));
        static const QRegularExpression numbered(QStringLiteral("^(\\d{3})_.*\\.sql$"));
        for (const QString &name : dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name)) {
            const QRegularExpressionMatch match = numbered.match(name);
            if (!match.hasMatch())
                continue;
            QFile file(dir.filePath(name));
            if (file.open(QIODevice::ReadOnly))
                migrations.add(match.captured(1).toInt(), QString::fromUtf8(file.readAll()));
        }
        return migrations;
    }();
    return set;
}

int MigrationSet::latestVersion() const
{
    int latest = 0;
    for (const Migration &migration : m_migrations)
        latest = std::max(latest, migration.version);
    return latest;
}

QList<Migration> MigrationSet::after(int version) const
{
    QList<Migration> pending;
    for (const Migration &migration : m_migrations) {
        if (migration.version > version)
            pending.append(migration);
    }
    std::sort(pending.begin(), pending.end(),
              [](const Migration &a, const Migration &b) { return a.version < b.version; });
    return pending;
}

QStringList MigrationSet::splitStatements(const QString &script)
{
    QStringList statements;
    QString current;
    bool inTrigger = false;
    const QStringList lines = script.split(QLatin1Char('\n'));
    for (const QString &rawLine : lines) {
        QString line = rawLine;
        const int comment = line.indexOf(QLatin1String("--"));
        if (comment >= 0 && !line.left(comment).contains(QLatin1Char('\'')))
            line.truncate(comment);
        const QString trimmed = line.trimmed();
        if (trimmed.isEmpty())
            continue;
        if (current.isEmpty() && trimmed.startsWith(QLatin1String("CREATE TRIGGER"), Qt::CaseInsensitive))
            inTrigger = true;
        current += line + QLatin1Char('\n');
        const bool ends = inTrigger ? trimmed.compare(QLatin1String("END;"), Qt::CaseInsensitive) == 0
                                    : trimmed.endsWith(QLatin1Char(';'));
        if (ends) {
            statements.append(current.trimmed());
            current.clear();
            inTrigger = false;
        }
    }
    if (!current.trimmed().isEmpty())
        statements.append(current.trimmed());
    return statements;
}

} // namespace pressdesk
