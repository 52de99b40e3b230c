#include "kitlistmodel.h"
#include "core/displaydates.h"

#include <QLocale>
#include <QMimeData>

namespace pressdesk {

namespace {
const QString partMimeType = QStringLiteral("application/x-pressdesk-kit-part");
}

KitListModel::KitListModel(Store *store, QObject *parent)
    : RecordTableModel(store, {EntityKind::PressKit}, parent)
{
    refresh();
}

Result<void> KitListModel::fetchRows()
{
    m_kits.clear();
    Result<QList<PressKit>> kits = store()->pressKits().all();
    if (!kits)
        return kits.error();
    m_kits = *kits;
    return {};
}

QStringList KitListModel::columnTitles() const
{
    return {tr("Date"), tr("Title")};
}

QVariant KitListModel::cell(int row, int column, int role) const
{
    const PressKit &kit = m_kits.at(row);
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    if (column == DateColumn) {
        if (role == SortRole)
            return kit.date;
        return shortDate(kit.date);
    }
    return kit.title;
}

void KitPartsModel::setParts(const QList<KitPart> &parts)
{
    beginResetModel();
    m_parts = parts;
    endResetModel();
}

QString KitPartsModel::partName(const KitPart &part)
{
    switch (part.kind) {
    case KitPart::Kind::Release:
        return tr("Press release");
    case KitPart::Kind::FactSheet:
        return part.fromYear || part.toYear
                   ? tr("Fact sheet (%1–%2)")
                         .arg(part.fromYear ? QString::number(part.fromYear) : QString(),
                              part.toYear ? QString::number(part.toYear) : QString())
                   : tr("Fact sheet");
    case KitPart::Kind::Statements:
        return part.ids.isEmpty() ? tr("Statements (the release's)")
                                  : tr("Statements (%n chosen)", nullptr, int(part.ids.size()));
    case KitPart::Kind::Contacts:
        return part.ids.isEmpty() ? tr("Press contacts (the release's)")
                                  : tr("Press contacts (%n chosen)", nullptr, int(part.ids.size()));
    case KitPart::Kind::Photos:
        return tr("Photos (%n chosen)", nullptr, int(part.ids.size()));
    case KitPart::Kind::Text:
        return tr("Extra page: %1")
            .arg(part.title.trimmed().isEmpty() ? tr("(no heading)") : part.title.trimmed());
    }
    return {};
}

int KitPartsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_parts.size());
}

QVariant KitPartsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_parts.size())
        return {};
    if (role == Qt::DisplayRole)
        return QStringLiteral("%1. %2").arg(index.row() + 1).arg(partName(m_parts.at(index.row())));
    return {};
}

Qt::ItemFlags KitPartsModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::ItemIsDropEnabled;
    return Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemIsDragEnabled;
}

QStringList KitPartsModel::mimeTypes() const
{
    return {partMimeType};
}

QMimeData *KitPartsModel::mimeData(const QModelIndexList &indexes) const
{
    if (indexes.isEmpty())
        return nullptr;
    auto *data = new QMimeData;
    data->setData(partMimeType, QByteArray::number(indexes.first().row()));
    return data;
}

bool KitPartsModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int,
                                 const QModelIndex &parent)
{
    if (action != Qt::MoveAction || !data->hasFormat(partMimeType))
        return false;
    bool ok = false;
    const int from = data->data(partMimeType).toInt(&ok);
    if (!ok || from < 0 || from >= m_parts.size())
        return false;
    int before = row >= 0 ? row : (parent.isValid() ? parent.row() : int(m_parts.size()));
    const int to = before > from ? before - 1 : before;
    if (to != from)
        Q_EMIT moveRequested(from, std::clamp(to, 0, int(m_parts.size()) - 1));
    // The view must not remove the dragged row itself: the kit is changed through the page.
    return false;
}

} // namespace pressdesk
