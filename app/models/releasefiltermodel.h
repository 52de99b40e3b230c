#pragma once

#include "core/pressrelease.h"

#include <QDate>
#include <QSortFilterProxyModel>

#include <optional>

namespace pressdesk {

// The releases the list shows: by text (every typed word in the headline, subheadline, lead or body; case
// and accents do not matter), state and a release-date range. Works on a ReleaseListModel; sorts like a
// table.
class ReleaseFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit ReleaseFilterModel(QObject *parent = nullptr);

    void setText(const QString &text);
    void setState(std::optional<ReleaseState> state);
    // Invalid dates leave that end open.
    void setDateRange(const QDate &from, const QDate &to);
    bool isFiltering() const;
    void clearFilters();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QStringList m_words; // folded
    std::optional<ReleaseState> m_state;
    QDate m_from;
    QDate m_to;
};

} // namespace pressdesk
