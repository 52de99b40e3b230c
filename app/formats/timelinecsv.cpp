#include "timelinecsv.h"

#include "csvwriter.h"
#include "timelinejson.h"

#include <QHash>

namespace pressdesk {

QStringList TimelineCsv::header()
{
    return {QStringLiteral("start"),         QStringLiteral("start_precision"), QStringLiteral("end"),
            QStringLiteral("end_precision"), QStringLiteral("title"),           QStringLiteral("description"),
            QStringLiteral("category"),      QStringLiteral("status"),          QStringLiteral("source_url")};
}

Result<void> TimelineCsv::write(QIODevice *device, const QList<Milestone> &milestones,
                                const QList<Category> &categories, const TimelineCsvOptions &options)
{
    if (!CsvWriter::isValidSeparator(options.separator))
        return makeError(Error::Kind::Invalid, tr("“%1” cannot separate CSV fields.").arg(options.separator));
    QHash<RecordId, QString> categoryNames;
    for (const Category &category : categories)
        categoryNames.insert(category.meta.id, category.name);

    CsvWriter writer(device, options.separator);
    if (Result<void> started = writer.writeByteOrderMark(); !started)
        return started;
    if (Result<void> headed = writer.writeRow(header()); !headed)
        return headed;
    for (const Milestone &milestone : milestonesForExport(milestones, options.includeDrafts)) {
        if (!milestone.start.isValid())
            return makeError(Error::Kind::Invalid,
                             tr("The milestone “%1” has no date.").arg(milestone.title));
        const QStringList row = {
            milestone.start.toIsoString(),
            precisionName(milestone.start.precision()),
            milestone.end.toIsoString(),
            precisionName(milestone.end.precision()),
            milestone.title,
            milestone.description,
            categoryNames.value(milestone.categoryId),
            toStorageString(milestone.status),
            milestone.sourceUrl,
        };
        if (Result<void> written = writer.writeRow(row); !written)
            return written;
    }
    return {};
}

} // namespace pressdesk
