#pragma once

#include "core/contact.h"
#include "recordtablemodel.h"

#include <QHash>

namespace pressdesk {

// Press contacts: name, role, organisation, press topics, whether they take press enquiries.
class ContactListModel : public RecordTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        NameColumn,
        RoleColumn,
        OrganisationColumn,
        TopicsColumn,
        AvailableColumn
    };

    explicit ContactListModel(Store *store, QObject *parent = nullptr);
    const Contact &contactAt(int row) const { return m_contacts.at(row); }

protected:
    QString fetchRows() override;
    int rows() const override { return int(m_contacts.size()); }
    QStringList columnTitles() const override;
    RecordId rowId(int row) const override { return m_contacts.at(row).meta.id; }
    QVariant cell(int row, int column, int role) const override;

private:
    QList<Contact> m_contacts;
    QHash<RecordId, QString> m_organisationNames;
};

} // namespace pressdesk
