#include "releasechoices.h"

#include "storage/store.h"

#include <QComboBox>

namespace pressdesk {

void ReleaseChoices::fillBoilerplates(QComboBox *combo, Store *store)
{
    combo->addItem(tr("No boilerplate"), RecordId(0));
    if (!store)
        return;
    if (Result<QList<Organisation>> organisations = store->organisations().all()) {
        for (const Organisation &organisation : std::as_const(*organisations)) {
            if (!organisation.boilerplate.trimmed().isEmpty())
                combo->addItem(organisation.name, organisation.meta.id);
        }
    }
}

QHash<RecordId, QString> ReleaseChoices::fillContacts(QComboBox *combo, Store *store)
{
    QHash<RecordId, QString> names;
    if (!store)
        return names;
    if (Result<QList<Contact>> contacts = store->contacts().all()) {
        for (const Contact &contact : std::as_const(*contacts)) {
            const QString name = contact.displayName();
            names.insert(contact.meta.id, name);
            combo->addItem(contact.role.trimmed().isEmpty() ? name
                                                            : tr("%1 (%2)").arg(name, contact.role.trimmed()),
                           contact.meta.id);
        }
    }
    return names;
}

} // namespace pressdesk
