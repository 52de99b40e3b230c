#pragma once

#include "core/milestone.h"

#include <QSet>
#include <QSortFilterProxyModel>

#include <optional>

namespace pressdesk {

// The milestones the timeline shows: by category (hidden ones filtered out), by status and by text
// (title, description, date, category). Sorts like a table; the timeline view orders by date itself.
class TimelineFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit TimelineFilterModel(QObject *parent = nullptr);

    void setHiddenCategories(const QSet<RecordId> &categoryIds); // 0 stands for "no category"
    QSet<RecordId> hiddenCategories() const { return m_hiddenCategories; }
    void setStatusFilter(std::optional<MilestoneStatus> status);
    void setText(const QString &text);
    QString text() const { return m_text; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QSet<RecordId> m_hiddenCategories;
    std::optional<MilestoneStatus> m_status;
    QString m_text;
};

} // namespace pressdesk
