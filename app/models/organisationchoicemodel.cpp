#include "organisationchoicemodel.h"

namespace pressdesk {

OrganisationChoiceModel::OrganisationChoiceModel(QString firstRowText, QObject *parent)
    : QAbstractListModel(parent)
    , m_firstRowText(std::move(firstRowText))
{
}

void OrganisationChoiceModel::setChoices(QList<OrganisationChoice> choices)
{
    beginResetModel();
    m_choices = std::move(choices);
    endResetModel();
}

void OrganisationChoiceModel::setUnknown(RecordId id, const QString &text)
{
    if (id == m_unknownId && text == m_unknownText)
        return;
    const int last = 1 + int(m_choices.size());
    if (m_unknownId != 0) {
        beginRemoveRows({}, last, last);
        m_unknownId = 0;
        m_unknownText.clear();
        endRemoveRows();
    }
    if (id != 0) {
        beginInsertRows({}, last, last);
        m_unknownId = id;
        m_unknownText = text;
        endInsertRows();
    }
}

int OrganisationChoiceModel::rowOf(RecordId id) const
{
    if (id == 0)
        return 0;
    for (int i = 0; i < m_choices.size(); ++i) {
        if (m_choices.at(i).id == id)
            return i + 1;
    }
    return id == m_unknownId ? 1 + int(m_choices.size()) : -1;
}

int OrganisationChoiceModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : 1 + int(m_choices.size()) + (m_unknownId != 0 ? 1 : 0);
}

QVariant OrganisationChoiceModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const bool first = row == 0;
    const bool unknown = row == 1 + m_choices.size();
    if (role == Qt::DisplayRole || role == Qt::EditRole || role == Qt::ToolTipRole) {
        if (first)
            return m_firstRowText;
        return unknown ? m_unknownText : m_choices.at(row - 1).name;
    }
    if (role == Qt::UserRole) {
        if (first)
            return RecordId(0);
        return unknown ? m_unknownId : m_choices.at(row - 1).id;
    }
    return {};
}

} // namespace pressdesk
