// The undoable edits of the contacts area on a Store holding the Bochum demo material: adding, editing
// and deleting contacts (channels and release links included) and adding and editing organisations. Each
// is one step on a QUndoStack; undo and redo put back exactly what was there, and a refused edit (a
// contact who is the speaker of quotes, an invalid contact) never reaches the stack and changes nothing.

#include "cli/application.h"
#include "storage/store.h"
#include "undo/contactcommands.h"
#include "undo/storecommand.h"
#include "undofixture.h"

#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

#include <memory>

using namespace pressdesk;

namespace {

QString channelsOf(const Contact &contact)
{
    QStringList channels;
    for (const ContactChannel &channel : contact.channels)
        channels.append(toStorageString(channel.kind) + QLatin1Char(':') + channel.value + QLatin1Char('|') +
                        channel.label +
                        (channel.isPublic ? QStringLiteral("|public") : QStringLiteral("|internal")));
    return channels.join(QLatin1Char(','));
}

// Every field a user can edit, named, so that a failed comparison says which one differs.
QStringList fieldsOf(const Contact &contact)
{
    return {QStringLiteral("honorific=") + contact.honorific,
            QStringLiteral("given=") + contact.givenName,
            QStringLiteral("family=") + contact.familyName,
            QStringLiteral("role=") + contact.role,
            QStringLiteral("organisation=") + QString::number(contact.organisationId),
            QStringLiteral("topics=") + contact.pressTopics.join(QLatin1Char('|')),
            QStringLiteral("available=") + QString::number(contact.availableForPress),
            QStringLiteral("consent=") + contact.consentOn.toString(Qt::ISODate),
            QStringLiteral("consentNote=") + contact.consentNote,
            QStringLiteral("note=") + contact.internalNote,
            QStringLiteral("channels=") + channelsOf(contact)};
}

QStringList fieldsOf(const Organisation &organisation)
{
    return {QStringLiteral("name=") + organisation.name, QStringLiteral("kind=") + organisation.kind,
            QStringLiteral("website=") + organisation.website,
            QStringLiteral("boilerplate=") + organisation.boilerplate};
}

} // namespace

class TestContactCommands : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void addUndoRedoKeepsIdAndChannels();
    void invalidContactIsNotAdded();
    void editRestoresEveryField();
    void deleteRestoresIdChannelsAndReleases();
    void deleteSeveralIsOneStep();
    void speakerOfQuotesIsNotDeleted();
    void addOrganisationUndoRedo();
    void editOrganisationRestoresEveryField();
    void organisationContactCounts();

private:
    Contact contact(const QString &familyName) const;
    Contact contact(RecordId id) const;
    int contactCount() const;
    int organisationCount() const;
    QList<RecordId> releaseContacts() const;
    bool run(std::unique_ptr<StoreCommand> command) { return m_fixture.run(std::move(command)); }
    QString takeFailure();

    testsupport::UndoFixture m_fixture;
    Store *m_store = nullptr;      // the fixture's
    QUndoStack *m_stack = nullptr; // the fixture's
};

void TestContactCommands::initTestCase()
{
    setUpApplication(*QCoreApplication::instance());
}

void TestContactCommands::init()
{
    QCOMPARE(m_fixture.setUp(), QString());
    m_store = &m_fixture.store();
    m_stack = &m_fixture.stack();
    QCOMPARE(contactCount(), 6);
    QCOMPARE(organisationCount(), 3);
}

void TestContactCommands::cleanup()
{
    // A test that expects a failure takes it; any other failure is a bug.
    m_store = nullptr;
    m_stack = nullptr;
    const QStringList unexpected = m_fixture.tearDown();
    QVERIFY2(unexpected.isEmpty(), qPrintable(unexpected.join(QLatin1Char('\n'))));
}

QString TestContactCommands::takeFailure()
{
    return m_fixture.takeFailure();
}

Contact TestContactCommands::contact(const QString &familyName) const
{
    for (const Contact &candidate : *m_store->contacts().all()) {
        if (candidate.familyName == familyName)
            return candidate;
    }
    return {};
}

Contact TestContactCommands::contact(RecordId id) const
{
    Result<Contact> found = m_store->contacts().find(id);
    return found ? *found : Contact();
}

int TestContactCommands::contactCount() const
{
    Result<QList<Contact>> all = m_store->contacts().all();
    return all ? int(all->size()) : -1;
}

int TestContactCommands::organisationCount() const
{
    Result<QList<Organisation>> all = m_store->organisations().all();
    return all ? int(all->size()) : -1;
}

QList<RecordId> TestContactCommands::releaseContacts() const
{
    Result<QList<PressRelease>> releases = m_store->releases().all();
    if (!releases || releases->isEmpty())
        return {};
    return releases->first().contactIds;
}

void TestContactCommands::addUndoRedoKeepsIdAndChannels()
{
    Contact fresh;
    fresh.honorific = QStringLiteral("Frau");
    fresh.givenName = QStringLiteral("Anna");
    fresh.familyName = QStringLiteral("Müller");
    fresh.role = QStringLiteral("Sprecherin");
    fresh.organisationId = contact(QStringLiteral("Sommerfeld")).organisationId;
    fresh.pressTopics = {QStringLiteral("Kultur"), QStringLiteral("Stadtentwicklung")};
    fresh.availableForPress = true;
    fresh.consentOn = QDate(2024, 3, 1);
    fresh.consentNote = QStringLiteral("per E-Mail");
    fresh.channels = {
        {0, ChannelKind::Email, QStringLiteral("anna.mueller@example.org"), QStringLiteral("Büro"), true},
        {0, ChannelKind::Mobile, QStringLiteral("0170 1234567"), QString(), false}};
    auto command = std::make_unique<AddContactCommand>(*m_store, fresh);
    AddContactCommand *added = command.get();
    QCOMPARE(added->text(), QStringLiteral("Add contact “Frau Anna Müller”"));
    QVERIFY(run(std::move(command)));

    const RecordId id = added->contactId();
    QVERIFY(id != 0);
    QCOMPARE(m_stack->count(), 1);
    QCOMPARE(contactCount(), 7);
    const Contact stored = contact(id);
    QCOMPARE(fieldsOf(stored), fieldsOf(fresh));

    m_stack->undo();
    QCOMPARE(contactCount(), 6);
    QCOMPARE(m_store->contacts().find(id).error().kind, Error::Kind::NotFound);

    m_stack->redo();
    QCOMPARE(contactCount(), 7);
    const Contact back = contact(id);
    QCOMPARE(back.meta.id, id);
    QCOMPARE(fieldsOf(back), fieldsOf(stored));
    QCOMPARE(back.meta.createdAt, stored.meta.createdAt);
    // Found by the search again after the redo (the FTS index follows the restore).
    Result<QList<RecordId>> hits = m_store->contacts().searchIds(QStringLiteral("mull"), 0);
    QVERIFY(hits.ok());
    QVERIFY(hits->contains(id));
}

void TestContactCommands::invalidContactIsNotAdded()
{
    Contact nameless;
    nameless.channels = {{0, ChannelKind::Email, QStringLiteral("not an address"), QString(), true}};
    QVERIFY(!run(std::make_unique<AddContactCommand>(*m_store, nameless)));
    QCOMPARE(m_stack->count(), 0);
    QCOMPARE(contactCount(), 6);
    QVERIFY(takeFailure().contains(QStringLiteral("name")));
}

void TestContactCommands::editRestoresEveryField()
{
    const Contact before = contact(QStringLiteral("Sommerfeld"));
    QVERIFY(before.meta.id != 0);
    Contact after = before;
    after.honorific = QStringLiteral("Dr.");
    after.givenName = QStringLiteral("Julia Maria");
    after.familyName = QStringLiteral("Sommerfeld-Weiß");
    after.role = QStringLiteral("Leiterin der Pressestelle");
    after.organisationId = contact(QStringLiteral("Brandt")).organisationId;
    after.pressTopics = {QStringLiteral("Haushalt")};
    after.availableForPress = false;
    after.consentOn = QDate();
    after.consentNote.clear();
    after.internalNote = QStringLiteral("Ab Mai in Elternzeit");
    after.channels.removeLast();
    after.channels.first().isPublic = false;
    after.channels.append({0, ChannelKind::Web, QStringLiteral("https://example.org/presse"),
                           QStringLiteral("Presseportal"), true});
    QVERIFY(fieldsOf(after) != fieldsOf(before));

    auto command = std::make_unique<EditContactCommand>(*m_store, before, after);
    QCOMPARE(command->text(), QStringLiteral("Edit contact “Frau Julia Sommerfeld”"));
    QVERIFY(run(std::move(command)));
    QCOMPARE(fieldsOf(contact(before.meta.id)), fieldsOf(after));

    m_stack->undo();
    QCOMPARE(fieldsOf(contact(before.meta.id)), fieldsOf(before));
    m_stack->redo();
    QCOMPARE(fieldsOf(contact(before.meta.id)), fieldsOf(after));
    QCOMPARE(contactCount(), 6);
}

void TestContactCommands::deleteRestoresIdChannelsAndReleases()
{
    const Contact sommerfeld = contact(QStringLiteral("Sommerfeld"));
    const QList<RecordId> listedBefore = releaseContacts();
    QVERIFY(listedBefore.contains(sommerfeld.meta.id));
    QCOMPARE(sommerfeld.channels.size(), 3);

    auto command = std::make_unique<DeleteContactCommand>(*m_store, QList<RecordId>{sommerfeld.meta.id});
    DeleteContactCommand *deleted = command.get();
    QVERIFY(run(std::move(command)));
    QCOMPARE(deleted->text(), QStringLiteral("Delete contact “Frau Julia Sommerfeld”"));
    QCOMPARE(contactCount(), 5);
    QVERIFY(!releaseContacts().contains(sommerfeld.meta.id));

    m_stack->undo();
    QCOMPARE(contactCount(), 6);
    const Contact back = contact(sommerfeld.meta.id);
    QCOMPARE(back.meta.id, sommerfeld.meta.id);
    QCOMPARE(fieldsOf(back), fieldsOf(sommerfeld));
    QVERIFY(releaseContacts().contains(sommerfeld.meta.id));

    m_stack->redo();
    QCOMPARE(contactCount(), 5);
    m_stack->undo();
    QCOMPARE(fieldsOf(contact(sommerfeld.meta.id)), fieldsOf(sommerfeld));
}

void TestContactCommands::deleteSeveralIsOneStep()
{
    const QList<RecordId> ids{contact(QStringLiteral("Brandt")).meta.id,
                              contact(QStringLiteral("Yılmaz")).meta.id};
    QVERIFY(!ids.contains(0));
    QVERIFY(run(std::make_unique<DeleteContactCommand>(*m_store, ids)));
    QCOMPARE(m_stack->count(), 1);
    QCOMPARE(contactCount(), 4);
    m_stack->undo();
    QCOMPARE(contactCount(), 6);
    QCOMPARE(contact(ids.at(0)).familyName, QStringLiteral("Brandt"));
    QCOMPARE(contact(ids.at(1)).familyName, QStringLiteral("Yılmaz"));
}

void TestContactCommands::speakerOfQuotesIsNotDeleted()
{
    // Eiskirch speaks two quotes of the demo; deleting him together with another contact deletes neither.
    const RecordId eiskirch = contact(QStringLiteral("Eiskirch")).meta.id;
    const RecordId brandt = contact(QStringLiteral("Brandt")).meta.id;
    QVERIFY(!run(std::make_unique<DeleteContactCommand>(*m_store, QList<RecordId>{brandt, eiskirch})));
    const QString message = takeFailure();
    QVERIFY2(message.contains(QStringLiteral("Eiskirch")) && message.contains(QStringLiteral("2")),
             qPrintable(message));
    QCOMPARE(m_stack->count(), 0);
    QCOMPARE(contactCount(), 6);
    QCOMPARE(contact(brandt).familyName, QStringLiteral("Brandt"));
}

void TestContactCommands::addOrganisationUndoRedo()
{
    Organisation fresh;
    fresh.name = QStringLiteral("Ruhr-Universität Bochum");
    fresh.kind = QStringLiteral("Hochschule");
    fresh.website = QStringLiteral("https://www.example.org/rub");
    fresh.boilerplate = QStringLiteral("Über die RUB:\nEine der großen Universitäten.");
    auto command = std::make_unique<AddOrganisationCommand>(*m_store, fresh);
    AddOrganisationCommand *added = command.get();
    QCOMPARE(added->text(), QStringLiteral("Add organisation “Ruhr-Universität Bochum”"));
    QVERIFY(run(std::move(command)));
    const RecordId id = added->organisationId();
    QVERIFY(id != 0);
    QCOMPARE(organisationCount(), 4);
    QCOMPARE(fieldsOf(*m_store->organisations().find(id)), fieldsOf(fresh));

    m_stack->undo();
    QCOMPARE(organisationCount(), 3);
    m_stack->redo();
    QCOMPARE(organisationCount(), 4);
    Result<Organisation> back = m_store->organisations().find(id);
    QVERIFY2(back.ok(), qPrintable(back.errorMessage()));
    QCOMPARE(fieldsOf(*back), fieldsOf(fresh));

    Organisation nameless;
    QVERIFY(!run(std::make_unique<AddOrganisationCommand>(*m_store, nameless)));
    QVERIFY(!takeFailure().isEmpty());
    QCOMPARE(organisationCount(), 4);
    QCOMPARE(m_stack->count(), 1);
}

void TestContactCommands::editOrganisationRestoresEveryField()
{
    const Organisation before = m_store->organisations().all()->first();
    Organisation after = before;
    after.name = QStringLiteral("Stadt Bochum – Presse- und Informationsamt");
    after.kind = QStringLiteral("Amt");
    after.website = QStringLiteral("https://www.example.org/presseamt");
    after.boilerplate = QStringLiteral("Über das Presseamt:\nZweite Zeile.");
    QVERIFY(run(std::make_unique<EditOrganisationCommand>(*m_store, before, after)));
    QCOMPARE(fieldsOf(*m_store->organisations().find(before.meta.id)), fieldsOf(after));
    // The search index follows the organisation's new name.
    Result<QList<RecordId>> hits = m_store->contacts().searchIds(QStringLiteral("Informationsamt"), 0);
    QVERIFY(hits.ok());
    QVERIFY(!hits->isEmpty());
    m_stack->undo();
    QCOMPARE(fieldsOf(*m_store->organisations().find(before.meta.id)), fieldsOf(before));
    m_stack->redo();
    QCOMPARE(fieldsOf(*m_store->organisations().find(before.meta.id)), fieldsOf(after));
}

void TestContactCommands::organisationContactCounts()
{
    const RecordId stadt = contact(QStringLiteral("Sommerfeld")).organisationId;
    const RecordId bwe = contact(QStringLiteral("Brandt")).organisationId;
    Result<QHash<RecordId, int>> counts = m_store->organisations().contactCounts();
    QVERIFY2(counts.ok(), qPrintable(counts.errorMessage()));
    QCOMPARE(counts->value(stadt), 3);
    QCOMPARE(counts->value(bwe), 2);
    QCOMPARE(*m_store->organisations().contactCount(stadt), 3);
    QVERIFY(run(std::make_unique<DeleteContactCommand>(
        *m_store, QList<RecordId>{contact(QStringLiteral("Brandt")).meta.id})));
    QCOMPARE(*m_store->organisations().contactCount(bwe), 1);
}

QTEST_GUILESS_MAIN(TestContactCommands)
#include "tst_contactcommands.moc"
