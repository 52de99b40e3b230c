#pragma once

#include "exchange/contactimport.h"

#include <QAbstractTableModel>
#include <QHash>

namespace pressdesk {

// The preview of a contact import: one row per record the reader found, with what will happen to it
// (add, merge into a stored or an earlier record, skip). Only the action can be changed; merging is
// offered only for duplicates. The model never writes to the store: plan() hands the edited plan to
// ImportContactsCommand.
class ContactImportModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    using Action = ContactImportItem::Action;

    enum Column
    {
        ActionColumn,
        LineColumn,
        NameColumn,
        OrganisationColumn,
        EmailColumn,
        ReasonColumn,
        ColumnCount
    };
    enum Roles
    {
        ActionRole = Qt::UserRole + 1, // int(Action), on every column
        IsDuplicateRole,               // bool: merging is possible
    };

    explicit ContactImportModel(QObject *parent = nullptr);

    // mergeTargetNames: display names of the stored contacts the plan's duplicates repeat, by id.
    void setPlan(const ContactImportPlan &plan, const QHash<RecordId, QString> &mergeTargetNames);
    ContactImportPlan plan() const { return m_plan; }
    const QList<Problem> &problems() const { return m_plan.problems; }

    Action actionAt(int row) const;
    bool isDuplicate(int row) const;
    // False when the action is not possible for the row (Merge for a record that is no duplicate).
    bool setAction(int row, Action action);
    // The same action for every duplicate (Add, Merge or Skip); returns how many rows changed.
    int setActionForDuplicates(Action action);

    int duplicateCount() const;
    int countOf(Action action) const;

    // "Add", "Merge into “Julia Sommerfeld”", "Skip" for the row.
    QString actionText(int row) const;
    // "Merge into “Julia Sommerfeld”" for a duplicate, whatever its action is now.
    QString mergeText(int row) const;
    static QString actionName(Action action);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

Q_SIGNALS:
    // An action changed (one row or many); the dialog updates its counts.
    void actionsChanged();

private:
    bool isRowIndex(const QModelIndex &index) const;
    QString mergeTargetName(int row) const;

    ContactImportPlan m_plan;
    QHash<RecordId, QString> m_targetNames;
};

} // namespace pressdesk
