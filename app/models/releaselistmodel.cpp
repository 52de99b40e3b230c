#include "releaselistmodel.h"
#include "core/displaydates.h"

#include "storage/store.h"

#include <algorithm>

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

void ReleaseListModel::recordChanged(EntityKind kind, RecordId id)
{
    const auto row = std::find_if(m_releases.begin(), m_releases.end(),
                                  [id](const PressRelease &release) { return release.meta.id == id; });
    if (kind == EntityKind::Release && row != m_releases.end()) {
        if (Result<PressRelease> found = store()->releases().find(id)) {
            *row = *found;
            const int number = int(row - m_releases.begin());
            Q_EMIT dataChanged(index(number, 0), index(number, columnCount() - 1));
            return;
        }
    }
    RecordTableModel::recordChanged(kind, id);
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
            return shortDate(release.releaseDate);
        case HeadlineColumn:
            return release.headline;
        case StateColumn:
            return displayName(release.state);
        case EmbargoColumn:
            if (role == SortRole)
                return release.embargoUntil;
            return release.embargoUntil.isValid() ? shortDateTime(release.embargoUntil.toLocalTime())
                                                  : QString();
        }
    } else if (role == Qt::ToolTipRole && column == HeadlineColumn) {
        return release.subheadline;
    }
    return {};
}

} // namespace pressdesk
