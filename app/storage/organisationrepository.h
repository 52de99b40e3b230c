#pragma once

#include "core/contact.h"
#include "repositorybase.h"

#include <QHash>
#include <QList>

namespace pressdesk {

// What a list to choose an organisation from needs: far less to read than whole organisations.
struct OrganisationChoice
{
    RecordId id = 0;
    QString name;
    QString kind;
};

class OrganisationRepository : public RepositoryBase
{
    // Its own context: the base's tr() would look its messages up under "Repository".
    Q_DECLARE_TR_FUNCTIONS(OrganisationRepository)
public:
    OrganisationRepository(Database &database, ChangeSink *sink);

    Result<QList<Organisation>> all() const;           // by name
    Result<QList<OrganisationChoice>> choices() const; // by name, like all()
    // Every organisation's name by its id, in one light query: what exports and lists need to show a
    // contact's organisation.
    Result<QHash<RecordId, QString>> names() const;
    Result<Organisation> find(RecordId id) const;
    Result<Organisation> insert(const Organisation &organisation);
    Result<Organisation> update(const Organisation &organisation);
    Result<void> remove(RecordId id, int expectedRevision);
    // Puts a removed organisation back with its id (undo of an add, redo after that undo). The revision
    // moves on, so that an older copy cannot overwrite it.
    Result<Organisation> restore(const Organisation &organisation);
    // How many contacts belong to each organisation (organisations without contacts are left out).
    Result<QHash<RecordId, int>> contactCounts() const;
    Result<int> contactCount(RecordId organisationId) const;

private:
    WriteChildren writeAddresses(const Organisation &organisation);
};

} // namespace pressdesk
