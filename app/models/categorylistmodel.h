#pragma once

#include "core/milestone.h"
#include "recordtablemodel.h"

#include <QSet>

namespace pressdesk {

// Categories in the user's order, with their colour, and a tick for whether the timeline shows them.
// The last row, "No category", stands for uncategorised milestones (id 0) and cannot be edited.
class CategoryListModel : public RecordTableModel
{
    Q_OBJECT
public:
    explicit CategoryListModel(Store *store, QObject *parent = nullptr);

    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    QSet<RecordId> hiddenCategories() const { return m_hidden; }
    const QList<Category> &categories() const { return m_categories; }
    QList<RecordId> order() const;

Q_SIGNALS:
    void hiddenCategoriesChanged(const QSet<pressdesk::RecordId> &hidden);

protected:
    Result<void> fetchRows() override;
    int rows() const override { return int(m_categories.size()) + 1; }
    QStringList columnTitles() const override;
    RecordId rowId(int row) const override;
    QVariant cell(int row, int column, int role) const override;

private:
    QList<Category> m_categories;
    QSet<RecordId> m_hidden;
};

} // namespace pressdesk
