#include "releasefiltermodel.h"

#include "quotefiltermodel.h"
#include "recordtablemodel.h"
#include "releaselistmodel.h"

namespace pressdesk {

ReleaseFilterModel::ReleaseFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(RecordTableModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
}

void ReleaseFilterModel::setText(const QString &text)
{
    m_words = QuoteFilterModel::folded(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    invalidateFilter();
}

void ReleaseFilterModel::setState(std::optional<ReleaseState> state)
{
    m_state = state;
    invalidateFilter();
}

void ReleaseFilterModel::setDateRange(const QDate &from, const QDate &to)
{
    m_from = from;
    m_to = to;
    invalidateFilter();
}

bool ReleaseFilterModel::isFiltering() const
{
    return !m_words.isEmpty() || m_state.has_value() || m_from.isValid() || m_to.isValid();
}

void ReleaseFilterModel::clearFilters()
{
    m_words.clear();
    m_state.reset();
    m_from = m_to = QDate();
    invalidateFilter();
}

bool ReleaseFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    const auto *releases = qobject_cast<const ReleaseListModel *>(sourceModel());
    if (!releases)
        return true;
    const PressRelease &release = releases->releaseAt(sourceRow);
    if (m_state && release.state != *m_state)
        return false;
    if (m_from.isValid() && (!release.releaseDate.isValid() || release.releaseDate < m_from))
        return false;
    if (m_to.isValid() && (!release.releaseDate.isValid() || release.releaseDate > m_to))
        return false;
    if (m_words.isEmpty())
        return true;
    QStringList texts = {release.headline, release.subheadline, release.lead, release.place};
    for (const ReleaseBlock &block : release.content.blocks) {
        texts.append(plainText(block.runs));
        for (const TextRuns &item : block.items)
            texts.append(plainText(item));
    }
    const QString haystack = QuoteFilterModel::folded(texts.join(QLatin1Char(' ')));
    return std::all_of(m_words.cbegin(), m_words.cend(),
                       [&haystack](const QString &word) { return haystack.contains(word); });
}

} // namespace pressdesk
