#include "contactlistmodel.h"

#include "storage/store.h"

namespace pressdesk {

ContactListModel::ContactListModel(Store *store, QObject *parent)
    : RecordTableModel(store, {EntityKind::Contact, EntityKind::Organisation}, parent)
{
    reload();
}

QString ContactListModel::fetchRows()
{
    m_contacts.clear();
    m_organisationNames.clear();
    Result<QList<Organisation>> organisations = store()->organisations().all();
    if (!organisations)
        return organisations.errorMessage();
    for (const Organisation &organisation : *organisations)
        m_organisationNames.insert(organisation.meta.id, organisation.name);
    Result<QList<Contact>> contacts = store()->contacts().all();
    if (!contacts)
        return contacts.errorMessage();
    m_contacts = *contacts;
    return {};
}

QStringList ContactListModel::columnTitles() const
{
    return {tr("Name"), tr("Role"), tr("Organisation"), tr("Press topics"), tr("Press enquiries")};
}

QVariant ContactListModel::cell(int row, int column, int role) const
{
    const Contact &contact = m_contacts.at(row);
    if (role == Qt::DisplayRole || role == SortRole) {
        switch (column) {
        case NameColumn:
            if (role == SortRole)
                return QString(contact.familyName + QLatin1Char(' ') + contact.givenName);
            return contact.displayName();
        case RoleColumn:
            return contact.role;
        case OrganisationColumn:
            return m_organisationNames.value(contact.organisationId);
        case TopicsColumn:
            return contact.pressTopics.join(QStringLiteral(", "));
        case AvailableColumn:
            return contact.availableForPress ? tr("Available") : tr("Not available");
        }
    }
    return {};
}

} // namespace pressdesk
