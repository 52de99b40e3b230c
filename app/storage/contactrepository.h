#pragma once

#include "core/contact.h"
#include "repositorybase.h"

#include <QList>

namespace pressdesk {

// Contacts with their channels: one aggregate, always written together in one transaction.
class ContactRepository : public RepositoryBase
{
public:
    ContactRepository(Database &database, ChangeSink *sink);

    Result<QList<Contact>> all() const; // by family name, given name
    Result<Contact> find(RecordId id) const;
    Result<Contact> insert(const Contact &contact);
    Result<Contact> update(const Contact &contact);
    Result<void> remove(RecordId id, int expectedRevision);

private:
    Result<void> writeChannels(RecordId contactId, const QList<ContactChannel> &channels);
    Result<QList<ContactChannel>> readChannels(RecordId contactId) const;
};

} // namespace pressdesk
