// A contact import is one undo step: undo removes the contacts and organisations it added and puts the
// contacts it merged into back as they were; redo brings all of it back (added contacts with their ids);
// an import the store refuses never reaches the stack and leaves the store as it was.

#include "cli/application.h"
#include "exchange/contactimport.h"
#include "exchange/demodatabase.h"
#include "storage/store.h"
#include "undo/contactimportcommand.h"
#include "undo/storecommand.h"

#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

#include <memory>

using namespace pressdesk;

namespace {

ContactChannel channel(ChannelKind kind, const QString &value, bool isPublic = false)
{
    ContactChannel result;
    result.kind = kind;
    result.value = value;
    result.isPublic = isPublic;
    return result;
}

ParsedContact parsed(const QString &given, const QString &family, const QString &organisation,
                     QList<ContactChannel> channels, int line)
{
    ParsedContact result;
    result.contact.givenName = given;
    result.contact.familyName = family;
    result.contact.channels = std::move(channels);
    result.organisationName = organisation;
    result.line = line;
    return result;
}

// Everything a user sees of the store's contacts, by name; organisations by name, not id.
QStringList describeStore(Store &store)
{
    QHash<RecordId, QString> organisationNames;
    QStringList lines;
    for (const Organisation &organisation : *store.organisations().all()) {
        organisationNames.insert(organisation.meta.id, organisation.name);
        lines.append(QStringLiteral("organisation ") + organisation.name);
    }
    for (const Contact &contact : *store.contacts().all()) {
        QStringList channels;
        for (const ContactChannel &c : contact.channels)
            channels.append(toStorageString(c.kind) + QLatin1Char(':') + c.value + QLatin1Char('/') +
                            c.label + (c.isPublic ? QStringLiteral("!") : QString()));
        lines.append(QStringList{
            QString::number(contact.meta.id), contact.honorific, contact.givenName, contact.familyName,
            contact.role, organisationNames.value(contact.organisationId), contact.pressTopics.join(','),
            contact.availableForPress ? QStringLiteral("available") : QString(),
            contact.consentOn.toString(Qt::ISODate), contact.consentNote, contact.internalNote,
            channels.join(',')}
                         .join(QLatin1Char('|')));
    }
    return lines;
}

RecordId idOfContact(Store &store, const QString &familyName)
{
    for (const Contact &contact : *store.contacts().all()) {
        if (contact.familyName == familyName)
            return contact.meta.id;
    }
    return 0;
}

} // namespace

class TestContactImportCommand : public QObject
{
    Q_OBJECT

private:
    // Three records: a new contact at a new organisation, one that repeats Julia Sommerfeld (same
    // e-mail) with a new number and topic, and one that repeats Markus Brandt and is skipped.
    ContactImportPlan samplePlan()
    {
        ParsedContact fresh =
            parsed(QStringLiteral("Lena"), QStringLiteral("Özdemir"), QStringLiteral("WAZ Bochum"),
                   {channel(ChannelKind::Email, QStringLiteral("l.oezdemir@waz.example"))}, 2);
        fresh.contact.pressTopics = {QStringLiteral("Lokalpolitik")};
        ParsedContact sommerfeld =
            parsed(QStringLiteral("Julia"), QStringLiteral("Sommerfeld"), QStringLiteral("Stadt Bochum"),
                   {channel(ChannelKind::Email, QStringLiteral("PRESSE@example.org")),
                    channel(ChannelKind::Phone, QStringLiteral("0234 555 1099"))},
                   3);
        sommerfeld.contact.pressTopics = {QStringLiteral("Kultur")};
        ParsedContact brandt = parsed(QStringLiteral("Markus"), QStringLiteral("Brandt"),
                                      QStringLiteral("Bochum Wirtschaftsentwicklung GmbH"),
                                      {channel(ChannelKind::Mobile, QStringLiteral("0171 555 2001"))}, 4);
        Result<ContactImportPlan> plan = ContactImporter::plan(*m_store, {fresh, sommerfeld, brandt});
        if (!plan)
            qFatal("plan: %s", qPrintable(plan.errorMessage()));
        if (plan->items.size() != 3 || plan->items.at(1).action != ContactImportItem::Action::Merge ||
            plan->items.at(2).action != ContactImportItem::Action::Merge)
            qFatal("unexpected plan");
        plan->items[2].action = ContactImportItem::Action::Skip;
        return *plan;
    }

    std::unique_ptr<Store> m_store;

private Q_SLOTS:
    void initTestCase() { setUpApplication(*QCoreApplication::instance()); }

    void init()
    {
        Result<std::unique_ptr<Store>> store = Store::openInMemory();
        QVERIFY(store);
        m_store = std::move(*store);
        const Result<void> populated = DemoDatabase::populate(*m_store);
        QVERIFY2(populated, qPrintable(populated.errorMessage()));
    }

    void cleanup() { m_store.reset(); }

    void oneStepUndoRedo()
    {
        const QStringList before = describeStore(*m_store);
        const int contactsBefore = int(m_store->contacts().all()->size());
        const RecordId sommerfeldId = idOfContact(*m_store, QStringLiteral("Sommerfeld"));
        QVERIFY(sommerfeldId != 0);

        QUndoStack stack;
        EditController controller(&stack);
        QSignalSpy failures(&controller, &EditController::failed);
        auto command = std::make_unique<ImportContactsCommand>(*m_store, samplePlan());
        const ImportContactsCommand *import = command.get();
        QVERIFY(controller.run(std::move(command)));
        QCOMPARE(failures.count(), 0);
        QCOMPARE(stack.count(), 1);
        QVERIFY(stack.text(0).startsWith(QStringLiteral("Import 2 contact")));

        QCOMPARE(import->outcome().counts.added, 1);
        QCOMPARE(import->outcome().counts.merged, 1);
        QCOMPARE(import->outcome().counts.skipped, 1);
        QCOMPARE(import->outcome().addedContactIds.size(), 1);
        QCOMPARE(import->outcome().addedOrganisationIds.size(), 1);
        const RecordId addedId = import->outcome().addedContactIds.first();

        const QStringList after = describeStore(*m_store);
        QVERIFY(after != before);
        QCOMPARE(int(m_store->contacts().all()->size()), contactsBefore + 1);
        const Contact merged = *m_store->contacts().find(sommerfeldId);
        QVERIFY(merged.pressTopics.contains(QStringLiteral("Kultur")));
        QCOMPARE(merged.channels.size(), 4); // the new number joined; the e-mail was there already
        const Contact added = *m_store->contacts().find(addedId);
        QCOMPARE(added.familyName, QStringLiteral("Özdemir"));
        QCOMPARE(m_store->organisations().find(added.organisationId)->name, QStringLiteral("WAZ Bochum"));

        stack.undo();
        QCOMPARE(failures.count(), 0);
        QCOMPARE(describeStore(*m_store), before);
        QVERIFY(!m_store->contacts().find(addedId));

        stack.redo();
        QCOMPARE(failures.count(), 0);
        QCOMPARE(describeStore(*m_store), after); // the added contact has its id again
        QVERIFY(m_store->contacts().find(addedId));
        // … and so has the organisation created for it.
        QCOMPARE(m_store->contacts().find(addedId)->organisationId, added.organisationId);
        QCOMPARE(m_store->organisations().find(added.organisationId)->name, QStringLiteral("WAZ Bochum"));

        stack.undo();
        QCOMPARE(failures.count(), 0);
        QCOMPARE(describeStore(*m_store), before);
    }

    // Two records of the file that repeat each other: the second merges into the first, which the import
    // added; undo removes it all the same.
    void duplicatesWithinTheFile()
    {
        const QStringList before = describeStore(*m_store);
        const ParsedContact first =
            parsed(QStringLiteral("Tim"), QStringLiteral("Kaiser"), QString(),
                   {channel(ChannelKind::Email, QStringLiteral("t.kaiser@example.net"))}, 2);
        const ParsedContact again = parsed(QStringLiteral("Tim"), QStringLiteral("Kaiser"), QString(),
                                           {channel(ChannelKind::Phone, QStringLiteral("0201 555 77"))}, 3);
        Result<ContactImportPlan> plan = ContactImporter::plan(*m_store, {first, again});
        QVERIFY(plan);
        QCOMPARE(plan->items.at(1).action, ContactImportItem::Action::Merge);

        QUndoStack stack;
        EditController controller(&stack);
        QVERIFY(controller.run(std::make_unique<ImportContactsCommand>(*m_store, *plan)));
        const RecordId kaiser = idOfContact(*m_store, QStringLiteral("Kaiser"));
        QVERIFY(kaiser != 0);
        QCOMPARE(m_store->contacts().find(kaiser)->channels.size(), 2);
        const QStringList after = describeStore(*m_store);
        stack.undo();
        QCOMPARE(describeStore(*m_store), before);
        stack.redo();
        QCOMPARE(describeStore(*m_store), after);
    }

    // The store refuses the import (the contact to merge into is gone): nothing is written, nothing is
    // pushed.
    void refusedImportLeavesNothing()
    {
        ContactImportPlan plan = samplePlan();
        plan.items[1].existingId = 999999;
        const QStringList before = describeStore(*m_store);
        QUndoStack stack;
        EditController controller(&stack);
        QSignalSpy failures(&controller, &EditController::failed);
        QVERIFY(!controller.run(std::make_unique<ImportContactsCommand>(*m_store, plan)));
        QCOMPARE(failures.count(), 1);
        QCOMPARE(stack.count(), 0);
        QCOMPARE(describeStore(*m_store), before);
    }
};

QTEST_MAIN(TestContactImportCommand)
#include "tst_contactimportcommand.moc"
