#include "contactimportmodel.h"

#include "statepalette.h"

#include <QColor>
#include <QFont>

#include <algorithm>

namespace pressdesk {

namespace {

QStringList emailsOf(const Contact &contact)
{
    QStringList emails;
    for (const ContactChannel &channel : contact.channels) {
        if (channel.kind == ChannelKind::Email && !channel.value.trimmed().isEmpty())
            emails.append(channel.value.trimmed());
    }
    return emails;
}

} // namespace

ContactImportModel::ContactImportModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ContactImportModel::setPlan(const ContactImportPlan &plan,
                                 const QHash<RecordId, QString> &mergeTargetNames)
{
    beginResetModel();
    m_plan = plan;
    m_targetNames = mergeTargetNames;
    endResetModel();
    Q_EMIT actionsChanged();
}

ContactImportModel::Action ContactImportModel::actionAt(int row) const
{
    return m_plan.items.at(row).action;
}

bool ContactImportModel::isDuplicate(int row) const
{
    return m_plan.items.at(row).existingId != 0 || m_plan.items.at(row).earlierItem >= 0;
}

bool ContactImportModel::setAction(int row, Action action)
{
    if (row < 0 || row >= m_plan.items.size())
        return false;
    if (action == Action::Merge && !isDuplicate(row))
        return false;
    ContactImportItem &item = m_plan.items[row];
    if (item.action != action) {
        item.action = action;
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        // Rows that merge into this one name it; their text does not change, but their target might
        // now be added after all (see mergeTargetName).
        Q_EMIT actionsChanged();
    }
    return true;
}

int ContactImportModel::setActionForDuplicates(Action action)
{
    int changed = 0;
    for (int row = 0; row < m_plan.items.size(); ++row) {
        if (!isDuplicate(row) || m_plan.items.at(row).action == action)
            continue;
        m_plan.items[row].action = action;
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        ++changed;
    }
    if (changed > 0)
        Q_EMIT actionsChanged();
    return changed;
}

int ContactImportModel::duplicateCount() const
{
    int count = 0;
    for (int row = 0; row < m_plan.items.size(); ++row)
        count += isDuplicate(row) ? 1 : 0;
    return count;
}

int ContactImportModel::countOf(Action action) const
{
    return int(std::count_if(m_plan.items.cbegin(), m_plan.items.cend(),
                             [action](const ContactImportItem &item) { return item.action == action; }));
}

QString ContactImportModel::actionName(Action action)
{
    switch (action) {
    case Action::Add:
        return tr("Add");
    case Action::Merge:
        return tr("Merge");
    case Action::Skip:
        return tr("Skip");
    }
    return {};
}

QString ContactImportModel::mergeTargetName(int row) const
{
    const ContactImportItem &item = m_plan.items.at(row);
    if (item.existingId != 0)
        return m_targetNames.value(item.existingId);
    // The importer found which earlier record this one repeats (its duplicate rule lives there only).
    const int earlier = item.earlierItem;
    if (earlier < 0)
        return {};
    return tr("%1 (line %2)")
        .arg(m_plan.items.at(earlier).parsed.contact.displayName())
        .arg(m_plan.items.at(earlier).parsed.line);
}

QString ContactImportModel::mergeText(int row) const
{
    const QString target = mergeTargetName(row);
    return target.isEmpty() ? actionName(Action::Merge) : tr("Merge into “%1”").arg(target);
}

QString ContactImportModel::actionText(int row) const
{
    const Action action = actionAt(row);
    return action == Action::Merge ? mergeText(row) : actionName(action);
}

int ContactImportModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_plan.items.size());
}

int ContactImportModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ContactImportModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ActionColumn:
        return tr("Action");
    case LineColumn:
        return tr("Line");
    case NameColumn:
        return tr("Name");
    case OrganisationColumn:
        return tr("Organisation");
    case EmailColumn:
        return tr("E-mail");
    case ReasonColumn:
        return tr("Duplicate because");
    default:
        return {};
    }
}

bool ContactImportModel::isRowIndex(const QModelIndex &index) const
{
    return index.isValid() && index.model() == this && index.row() < m_plan.items.size() &&
           index.column() < ColumnCount;
}

Qt::ItemFlags ContactImportModel::flags(const QModelIndex &index) const
{
    if (!isRowIndex(index))
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() == ActionColumn)
        flags |= Qt::ItemIsEditable;
    return flags;
}

QVariant ContactImportModel::data(const QModelIndex &index, int role) const
{
    if (!isRowIndex(index))
        return {};
    const int row = index.row();
    const ContactImportItem &item = m_plan.items.at(row);
    if (role == ActionRole)
        return int(item.action);
    if (role == IsDuplicateRole)
        return isDuplicate(row);
    const Contact &contact = item.parsed.contact;
    if (role == Qt::ForegroundRole && item.action == Action::Skip)
        return StatePalette::text(Tone::Muted).lighter(170); // a skipped record stays in sight, faded
    switch (index.column()) {
    case ActionColumn:
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
            return actionText(row);
        if (role == Qt::EditRole)
            return int(item.action);
        if (role == Qt::FontRole && item.action == Action::Merge) {
            QFont font;
            font.setBold(true);
            return font;
        }
        break;
    case LineColumn:
        if (role == Qt::DisplayRole)
            return item.parsed.line;
        if (role == Qt::TextAlignmentRole)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case NameColumn:
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
            return contact.displayName();
        break;
    case OrganisationColumn:
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
            if (contact.department.isEmpty())
                return item.parsed.organisationName;
            return QString(item.parsed.organisationName + QStringLiteral(", ") + contact.department);
        }
        break;
    case EmailColumn:
        if (role == Qt::DisplayRole || role == Qt::ToolTipRole)
            return emailsOf(contact).join(QStringLiteral(", "));
        break;
    case ReasonColumn:
        // What a merge would change, field by field: in the cell after the reason, and one per line in
        // the tooltip, so the user sees it before choosing Merge.
        if (role == Qt::DisplayRole) {
            if (item.action != ContactImportItem::Action::Merge || item.existingId == 0 ||
                item.reason.isEmpty())
                return item.reason;
            return item.changes.isEmpty()
                       ? tr("%1 — nothing to change").arg(item.reason)
                       : tr("%1 — would change %2").arg(item.reason, item.changes.join(QStringLiteral("; ")));
        }
        if (role == Qt::ToolTipRole) {
            if (item.changes.isEmpty())
                return item.reason;
            return QString(item.reason + QLatin1Char('\n') + item.changes.join(QLatin1Char('\n')));
        }
        if (role == Qt::ForegroundRole && !item.reason.isEmpty())
            return StatePalette::text(Tone::Warning); // a duplicate needs a look, it is no error
        break;
    default:
        break;
    }
    return {};
}

bool ContactImportModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!isRowIndex(index) || index.column() != ActionColumn || (role != Qt::EditRole && role != ActionRole))
        return false;
    bool ok = false;
    const int number = value.toInt(&ok);
    if (!ok || number < int(Action::Add) || number > int(Action::Skip))
        return false;
    return setAction(index.row(), Action(number));
}

} // namespace pressdesk
