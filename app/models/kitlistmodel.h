#pragma once

#include "core/presskit.h"
#include "recordtablemodel.h"

namespace pressdesk {

// Press kits, newest first: date and title.
class KitListModel : public RecordTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        DateColumn,
        TitleColumn
    };

    explicit KitListModel(Store *store, QObject *parent = nullptr);
    const PressKit &kitAt(int row) const { return m_kits.at(row); }

protected:
    Result<void> fetchRows() override;
    int rows() const override { return int(m_kits.size()); }
    QStringList columnTitles() const override;
    RecordId rowId(int row) const override { return m_kits.at(row).meta.id; }
    QVariant cell(int row, int column, int role) const override;

private:
    QList<PressKit> m_kits;
};

// The parts of the kit being edited, in order, with their names as the contents will show them. Drag and
// drop only asks for a move (moveRequested): the page makes it an undoable edit of the kit.
class KitPartsModel : public QAbstractListModel
{
    Q_OBJECT
public:
    using QAbstractListModel::QAbstractListModel;

    void setParts(const QList<KitPart> &parts);
    const QList<KitPart> &parts() const { return m_parts; }
    // "Daten und Fakten", "Zusätzliche Seite: Termine" …: a part as the list names it.
    static QString partName(const KitPart &part);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    Qt::DropActions supportedDropActions() const override { return Qt::MoveAction; }
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

Q_SIGNALS:
    // The part at `from` is to be placed at `to` (its index in the list after the move).
    void moveRequested(int from, int to);

private:
    QList<KitPart> m_parts;
};

} // namespace pressdesk
