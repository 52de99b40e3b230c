#include "contactchannelmodel.h"

namespace pressdesk {

ContactChannelModel::ContactChannelModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

QList<ChannelKind> ContactChannelModel::allKinds()
{
    return {ChannelKind::Email, ChannelKind::Phone, ChannelKind::Mobile,
            ChannelKind::Web,   ChannelKind::Fax,   ChannelKind::Other};
}

void ContactChannelModel::setChannels(const QList<ContactChannel> &channels)
{
    beginResetModel();
    m_channels = channels;
    endResetModel();
}

int ContactChannelModel::addChannel(const ContactChannel &channel)
{
    const int row = int(m_channels.size());
    beginInsertRows({}, row, row);
    m_channels.append(channel);
    endInsertRows();
    Q_EMIT edited();
    return row;
}

void ContactChannelModel::removeChannel(int row)
{
    if (row < 0 || row >= m_channels.size())
        return;
    beginRemoveRows({}, row, row);
    m_channels.removeAt(row);
    endRemoveRows();
    Q_EMIT edited();
}

int ContactChannelModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_channels.size());
}

int ContactChannelModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ContactChannelModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ContactChannel &channel = m_channels.at(index.row());
    switch (index.column()) {
    case KindColumn:
        if (role == Qt::DisplayRole)
            return displayName(channel.kind);
        if (role == Qt::EditRole)
            return int(channel.kind);
        break;
    case ValueColumn:
        if (role == Qt::DisplayRole || role == Qt::EditRole)
            return channel.value;
        if (role == Qt::ToolTipRole && channel.kind == ChannelKind::Email)
            return tr("E-mail address, e.g. presse@example.org");
        break;
    case LabelColumn:
        if (role == Qt::DisplayRole)
            return channel.shownLabel();
        if (role == Qt::EditRole)
            return channel.label;
        break;
    case PublicColumn:
        if (role == Qt::CheckStateRole)
            return channel.isPublic ? Qt::Checked : Qt::Unchecked;
        if (role == Qt::ToolTipRole)
            return channel.isPublic ? tr("Public: may appear in releases and exports")
                                    : tr("Internal: never leaves PressDesk unless asked for");
        break;
    default:
        break;
    }
    return {};
}

QVariant ContactChannelModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case KindColumn:
        return tr("Kind");
    case ValueColumn:
        return tr("Number or address");
    case LabelColumn:
        return tr("Label");
    case PublicColumn:
        return tr("Public");
    default:
        return {};
    }
}

Qt::ItemFlags ContactChannelModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() == PublicColumn)
        flags |= Qt::ItemIsUserCheckable;
    else
        flags |= Qt::ItemIsEditable;
    return flags;
}

bool ContactChannelModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    ContactChannel &channel = m_channels[index.row()];
    switch (index.column()) {
    case KindColumn: {
        if (role != Qt::EditRole)
            return false;
        const int kind = value.toInt();
        if (!allKinds().contains(ChannelKind(kind)))
            return false;
        channel.kind = ChannelKind(kind);
        break;
    }
    case ValueColumn:
        if (role != Qt::EditRole)
            return false;
        channel.value = value.toString();
        break;
    case LabelColumn:
        if (role != Qt::EditRole)
            return false;
        channel.label = value.toString();
        break;
    case PublicColumn:
        if (role != Qt::CheckStateRole)
            return false;
        if (value.toInt() == Qt::Checked && !channel.isPublic && m_publicationCheck && !m_publicationCheck())
            return false;
        channel.isPublic = value.toInt() == Qt::Checked;
        break;
    default:
        return false;
    }
    Q_EMIT dataChanged(index, index.siblingAtColumn(PublicColumn), {role, Qt::DisplayRole, Qt::ToolTipRole});
    Q_EMIT edited();
    return true;
}

} // namespace pressdesk
