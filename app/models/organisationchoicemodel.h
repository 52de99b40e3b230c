#pragma once

#include "core/record.h"
#include "storage/organisationrepository.h"

#include <QAbstractListModel>

namespace pressdesk {

// The organisations to choose from in a combo box: a first row that stands for "none" or "all"
// (id 0), then the organisations by name, and, if asked for, one row for an organisation the list
// does not know (so that a contact's organisation is never silently dropped). Setting forty thousand
// organisations is one reset, where adding them to a combo box one by one took a tenth of a second.
// Qt::UserRole (a combo box's currentData()) is the id.
class OrganisationChoiceModel : public QAbstractListModel
{
    Q_OBJECT
public:
    explicit OrganisationChoiceModel(QString firstRowText, QObject *parent = nullptr);

    void setChoices(QList<OrganisationChoice> choices);
    const QList<OrganisationChoice> &choices() const { return m_choices; }
    // A last row for an organisation not in the choices; id 0 removes it.
    void setUnknown(RecordId id, const QString &text);
    // The row of this id, -1 if none.
    int rowOf(RecordId id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    QString m_firstRowText;
    QList<OrganisationChoice> m_choices;
    RecordId m_unknownId = 0;
    QString m_unknownText;
};

} // namespace pressdesk
