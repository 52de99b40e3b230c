#include "releaselistmodel.h"

#include "storage/store.h"

namespace pressdesk {

ReleaseListModel::ReleaseListModel(Store *store, QObject *parent)
    : RecordTableModel(store, {EntityKind::Release}, parent)
{
    refresh();
}

Result<void> ReleaseListModel::fetchRows()
{
    m_releases.clear();
    Result<QList<PressRelease>> releases = store()->releases().all();
    if (!releases)
        return releases.error();
    m_releases = *releases;
    return {};
}

QStringList ReleaseListModel::columnTitles() const
{
    return {tr("Date"), tr("Headline"), tr("State"), tr("Embargo until")};
}

QVariant ReleaseListModel::cell(int row, int column, int role) const
{
    const PressRelease &release = m_releases.at(row);
    if (role == Qt::DisplayRole || role == SortRole) {
        switch (column) {
        case DateColumn:
            if (role == SortRole)
                return release.releaseDate;
            return QLocale().toString(release.releaseDate, QLocale::ShortFormat);
        case HeadlineColumn:
            return release.headline;
        case StateColumn:
            return displayName(release.state);
        case EmbargoColumn:
            if (role == SortRole)
                return release.embargoUntil;
            return release.embargoUntil.isValid()
                       ? QLocale().toString(release.embargoUntil.toLocalTime(), QLocale::ShortFormat)
                       : QString();
        }
    } else if (role == Qt::ToolTipRole && column == HeadlineColumn) {
        return release.subheadline;
    }
    return {};
}

} // namespace pressdesk
