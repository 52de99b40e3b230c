// The undoable edits of the timeline (milestones and categories) on a Store holding the Bochum demo
// material: each command is one step on a QUndoStack, undo and redo put back exactly what was there (ids,
// fields, links to quotes and releases), refused edits never reach the stack, and an undo or redo that the
// store refuses is reported and dropped instead of crashing.

#include "cli/application.h"
#include "storage/store.h"
#include "undo/categorycommands.h"
#include "undo/milestonecommands.h"
#include "undo/storecommand.h"
#include "undofixture.h"

#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

#include <memory>

using namespace pressdesk;

namespace {

const QString zafiraTitle = QStringLiteral("Der letzte Zafira rollt vom Band");
const QString strategieTitle = QStringLiteral("Bochum Strategie");
const QString dhlTitle = QStringLiteral("DHL kommt");
const QString strategieStartTitle = QStringLiteral("Bochum Strategie startet");

// Every field a user can edit, named, so that a failed comparison says which one differs.
QStringList fieldsOf(const Milestone &milestone)
{
    return {QStringLiteral("start=") + milestone.start.toIsoString() +
                QString::number(int(milestone.start.precision())),
            QStringLiteral("end=") + milestone.end.toIsoString() +
                QString::number(int(milestone.end.precision())),
            QStringLiteral("title=") + milestone.title,
            QStringLiteral("description=") + milestone.description,
            QStringLiteral("category=") + QString::number(milestone.categoryId),
            QStringLiteral("source=") + milestone.sourceUrl,
            QStringLiteral("status=") + toStorageString(milestone.status),
            QStringLiteral("note=") + milestone.internalNote};
}

QStringList fieldsOf(const Category &category)
{
    return {QStringLiteral("name=") + category.name, QStringLiteral("colour=") + category.colour,
            QStringLiteral("position=") + QString::number(category.position)};
}

} // namespace

class TestUndoCommands : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void addUndoRedoKeepsId();
    void editRestoresEveryField();
    void editTexts();
    void deleteRestoresIdAndLinks();
    void deleteSeveralKeepsReleaseOrder_data();
    void deleteSeveralKeepsReleaseOrder();
    void moveIsNamedAfterTheMilestone();
    void nudgesMerge();
    void importIsOneStep();
    void addCategory();
    void editCategory();
    void reorderCategories();
    void deleteCategoryUncategorisesAndRelinks();
    void refusedCommandIsNotPushed_data();
    void refusedCommandIsNotPushed();
    void failingUndoDropsCommand();
    void failingRedoDropsCommand();
    void failureAfterControllerIsGone();

private:
    Milestone milestone(const QString &title) const;
    Milestone milestone(RecordId id) const;
    Category category(const QString &name) const;
    QList<RecordId> categoryOrder() const;
    int milestoneCount() const;
    bool run(std::unique_ptr<StoreCommand> command) { return m_fixture.run(std::move(command)); }

    testsupport::UndoFixture m_fixture;
    Store *m_store = nullptr;      // the fixture's
    QUndoStack *m_stack = nullptr; // the fixture's
};

void TestUndoCommands::initTestCase()
{
    // Names and translators as in the application (the English plural forms come from the translations).
    setUpApplication(*QCoreApplication::instance());
}

void TestUndoCommands::init()
{
    QCOMPARE(m_fixture.setUp(), QString());
    m_store = &m_fixture.store();
    m_stack = &m_fixture.stack();
    QCOMPARE(milestoneCount(), 21);
}

void TestUndoCommands::cleanup()
{
    // A test that expects a failure takes it; any other failure is a bug.
    m_store = nullptr;
    m_stack = nullptr;
    const QStringList unexpected = m_fixture.tearDown();
    QVERIFY2(unexpected.isEmpty(), qPrintable(unexpected.join(QLatin1Char('\n'))));
}

Milestone TestUndoCommands::milestone(const QString &title) const
{
    Result<QList<Milestone>> all = m_store->milestones().all();
    if (!all)
        return {};
    for (const Milestone &candidate : *all) {
        if (candidate.title == title)
            return candidate;
    }
    return {};
}

Milestone TestUndoCommands::milestone(RecordId id) const
{
    Result<Milestone> found = m_store->milestones().find(id);
    return found ? *found : Milestone();
}

Category TestUndoCommands::category(const QString &name) const
{
    Result<Category> found = m_store->categories().findByName(name);
    return found ? *found : Category();
}

QList<RecordId> TestUndoCommands::categoryOrder() const
{
    QList<RecordId> ids;
    Result<QList<Category>> all = m_store->categories().all();
    if (all) {
        for (const Category &each : *all)
            ids.append(each.meta.id);
    }
    return ids;
}

int TestUndoCommands::milestoneCount() const
{
    Result<int> count = m_store->milestones().count();
    return count ? *count : -1;
}

void TestUndoCommands::addUndoRedoKeepsId()
{
    Milestone fresh;
    fresh.start = PartialDate::fromYearMonth(2021, 5);
    fresh.title = QStringLiteral("  Stadtfest  ");
    fresh.description = QStringLiteral("Im Stadtpark");
    fresh.categoryId = category(QStringLiteral("Stadtmarketing")).meta.id;
    QVERIFY(fresh.categoryId != 0);
    auto command = std::make_unique<AddMilestoneCommand>(*m_store, fresh);
    AddMilestoneCommand *added = command.get();
    QCOMPARE(added->text(), QStringLiteral("Add “Stadtfest”"));
    QVERIFY(run(std::move(command)));

    const RecordId id = added->milestoneId();
    QVERIFY(id != 0);
    QCOMPARE(m_stack->count(), 1);
    QCOMPARE(m_stack->undoText(), QStringLiteral("Add “Stadtfest”"));
    QCOMPARE(milestoneCount(), 22);
    const Milestone stored = milestone(id);
    QCOMPARE(stored.title, QStringLiteral("Stadtfest"));
    QCOMPARE(stored.start, PartialDate::fromYearMonth(2021, 5));

    m_stack->undo();
    QCOMPARE(milestoneCount(), 21);
    QCOMPARE(m_store->milestones().find(id).error().kind, Error::Kind::NotFound);
    QVERIFY(m_stack->canRedo());

    m_stack->redo();
    QCOMPARE(milestoneCount(), 22);
    const Milestone back = milestone(id);
    QCOMPARE(back.meta.id, id);
    QCOMPARE(fieldsOf(back), fieldsOf(stored));
    QCOMPARE(back.meta.createdAt, stored.meta.createdAt);

    // A second round trip works as well (the command keeps what it restored).
    m_stack->undo();
    QCOMPARE(milestoneCount(), 21);
    m_stack->redo();
    QCOMPARE(milestone(id).title, QStringLiteral("Stadtfest"));
    QCOMPARE(m_stack->count(), 1);
}

void TestUndoCommands::editRestoresEveryField()
{
    const Milestone before = milestone(dhlTitle);
    QVERIFY(before.meta.id != 0);
    Milestone after = before;
    after.start = PartialDate::fromYearMonth(2017, 3);
    after.end = PartialDate::fromYear(2019);
    after.title = QStringLiteral("DHL baut aus");
    after.description = QStringLiteral("Neues Paketzentrum auf der Fläche Mark 51°7");
    after.categoryId = category(QStringLiteral("Haushalt und Arbeitsmarkt")).meta.id;
    after.sourceUrl = QStringLiteral("https://example.org/dhl");
    after.status = MilestoneStatus::Draft;
    after.internalNote = QStringLiteral("Mit der Pressestelle von DHL abstimmen");
    QVERIFY(after.categoryId != 0 && after.categoryId != before.categoryId);
    // Every field really changes, so that each one is checked below.
    const QStringList beforeFields = fieldsOf(before);
    const QStringList afterFields = fieldsOf(after);
    for (int i = 0; i < beforeFields.size(); ++i)
        QVERIFY2(beforeFields.at(i) != afterFields.at(i), qPrintable(beforeFields.at(i)));

    QVERIFY(run(std::make_unique<EditMilestoneCommand>(*m_store, before, after)));
    QCOMPARE(m_stack->undoText(), QStringLiteral("Edit “DHL kommt”"));
    QCOMPARE(fieldsOf(milestone(before.meta.id)), afterFields);

    m_stack->undo();
    QCOMPARE(fieldsOf(milestone(before.meta.id)), beforeFields);
    m_stack->redo();
    QCOMPARE(fieldsOf(milestone(before.meta.id)), afterFields);
    m_stack->undo();
    QCOMPARE(fieldsOf(milestone(before.meta.id)), beforeFields);
    QCOMPARE(milestoneCount(), 21);
}

void TestUndoCommands::editTexts()
{
    const Milestone before = milestone(dhlTitle);
    Milestone recategorised = before;
    recategorised.categoryId = category(QStringLiteral("Programme")).meta.id;
    EditMilestoneCommand categoryChange(*m_store, before, recategorised);
    QCOMPARE(categoryChange.text(), QStringLiteral("Change category of “DHL kommt”"));

    Milestone retitled = before;
    retitled.title = QStringLiteral("DHL ist da");
    EditMilestoneCommand edit(*m_store, before, retitled);
    QCOMPARE(edit.text(), QStringLiteral("Edit “DHL kommt”"));

    // A category change is an undo step of its own, named as such.
    QVERIFY(run(std::make_unique<EditMilestoneCommand>(*m_store, before, recategorised)));
    QCOMPARE(m_stack->undoText(), QStringLiteral("Change category of “DHL kommt”"));
    QCOMPARE(milestone(before.meta.id).categoryId, recategorised.categoryId);
    m_stack->undo();
    QCOMPARE(milestone(before.meta.id).categoryId, before.categoryId);
}

void TestUndoCommands::deleteRestoresIdAndLinks()
{
    const Milestone zafira = milestone(zafiraTitle);
    QVERIFY(zafira.meta.id != 0);
    Result<QList<Quote>> quotes = m_store->quotes().all();
    QVERIFY(quotes.ok());
    RecordId reiseId = 0;
    for (const Quote &quote : *quotes) {
        if (quote.text.startsWith(QStringLiteral("Es scheint nun klar")))
            reiseId = quote.meta.id;
    }
    QVERIFY(reiseId != 0);
    Result<QList<PressRelease>> releases = m_store->releases().all();
    QVERIFY(releases.ok());
    QCOMPARE(releases->size(), 1);
    const RecordId releaseId = releases->first().meta.id;

    const QList<RecordId> quoteLinks = m_store->quotes().find(reiseId)->milestoneIds;
    const QList<RecordId> releaseLinks = *m_store->releases().milestonesShown(releaseId);
    QCOMPARE(quoteLinks.size(), 2);
    QVERIFY(quoteLinks.contains(zafira.meta.id));
    QCOMPARE(releaseLinks.size(), 15); // the year list 2016–2020; Zafira is in the prose
    QVERIFY(!releaseLinks.contains(zafira.meta.id));

    QVERIFY(run(std::make_unique<DeleteMilestonesCommand>(*m_store, QList<RecordId>{zafira.meta.id})));
    QCOMPARE(m_stack->undoText(), QStringLiteral("Delete “Der letzte Zafira rollt vom Band”"));
    QCOMPARE(milestoneCount(), 20);
    QCOMPARE(m_store->milestones().find(zafira.meta.id).error().kind, Error::Kind::NotFound);
    QVERIFY(!m_store->quotes().find(reiseId)->milestoneIds.contains(zafira.meta.id));
    QCOMPARE(*m_store->releases().milestonesShown(releaseId), releaseLinks);

    for (int round = 0; round < 2; ++round) {
        m_stack->undo();
        QCOMPARE(milestoneCount(), 21);
        const Milestone back = milestone(zafira.meta.id);
        QCOMPARE(back.meta.id, zafira.meta.id);
        QCOMPARE(fieldsOf(back), fieldsOf(zafira));
        QCOMPARE(m_store->quotes().find(reiseId)->milestoneIds, quoteLinks);
        QCOMPARE(*m_store->releases().milestonesShown(releaseId), releaseLinks);

        m_stack->redo();
        QCOMPARE(milestoneCount(), 20);
        QVERIFY(!m_store->quotes().find(reiseId)->milestoneIds.contains(zafira.meta.id));
        QVERIFY(!m_store->releases().milestonesShown(releaseId)->contains(zafira.meta.id));
    }
    QCOMPARE(m_stack->count(), 1);
}

void TestUndoCommands::deleteSeveralKeepsReleaseOrder_data()
{
    QTest::addColumn<QStringList>("titles");
    // DHL is the first milestone of the release's year list, the start of the Bochum Strategie the third:
    // deleting both and undoing must give the release its order back, whichever order the ids were given in.
    QTest::newRow("release order") << QStringList{dhlTitle, strategieStartTitle};
    QTest::newRow("reverse order") << QStringList{strategieStartTitle, dhlTitle};
    QTest::newRow("neighbours") << QStringList{dhlTitle,
                                               QStringLiteral("Vonovia Zentrale entsteht in Bochum")};
}

void TestUndoCommands::deleteSeveralKeepsReleaseOrder()
{
    QFETCH(QStringList, titles);
    QList<RecordId> ids;
    for (const QString &title : std::as_const(titles))
        ids.append(milestone(title).meta.id);
    QVERIFY(!ids.contains(0));
    const RecordId releaseId = m_store->releases().all()->first().meta.id;
    const QList<RecordId> releaseLinks = *m_store->releases().milestonesShown(releaseId);
    for (RecordId id : std::as_const(ids))
        QVERIFY(releaseLinks.contains(id));

    QVERIFY(run(std::make_unique<DeleteMilestonesCommand>(*m_store, ids)));
    QCOMPARE(m_stack->undoText(), QStringLiteral("Delete 2 milestones"));
    QCOMPARE(milestoneCount(), 19);
    QCOMPARE(m_store->releases().milestonesShown(releaseId)->size(), 13);

    m_stack->undo();
    QCOMPARE(milestoneCount(), 21);
    QCOMPARE(*m_store->releases().milestonesShown(releaseId), releaseLinks);
}

void TestUndoCommands::moveIsNamedAfterTheMilestone()
{
    const Milestone before = milestone(dhlTitle);
    Milestone after = before;
    after.start = PartialDate::fromYear(2018);
    auto command =
        std::make_unique<EditMilestoneCommand>(*m_store, before, after, EditMilestoneCommand::Kind::Move);
    QCOMPARE(command->text(), QStringLiteral("Move “DHL kommt”"));
    QVERIFY(run(std::move(command)));
    QCOMPARE(m_stack->undoText(), QStringLiteral("Move “DHL kommt”"));
    QCOMPARE(milestone(before.meta.id).start, PartialDate::fromYear(2018));

    // Two moves are two steps: only keyboard nudges merge.
    Milestone further = after;
    further.start = PartialDate::fromYear(2019);
    QVERIFY(run(
        std::make_unique<EditMilestoneCommand>(*m_store, after, further, EditMilestoneCommand::Kind::Move)));
    QCOMPARE(m_stack->count(), 2);
    m_stack->undo();
    QCOMPARE(milestone(before.meta.id).start, PartialDate::fromYear(2018));
    m_stack->undo();
    QCOMPARE(milestone(before.meta.id).start, PartialDate::fromYear(2016));
    QCOMPARE(m_stack->redoText(), QStringLiteral("Move “DHL kommt”"));
}

void TestUndoCommands::nudgesMerge()
{
    const Milestone dhl = milestone(dhlTitle);
    Milestone current = dhl;
    for (int year : {2017, 2018, 2019}) {
        Milestone next = current;
        next.start = PartialDate::fromYear(year);
        QVERIFY(run(std::make_unique<EditMilestoneCommand>(*m_store, current, next,
                                                           EditMilestoneCommand::Kind::Nudge)));
        current = next;
    }
    QCOMPARE(m_stack->count(), 1);
    QCOMPARE(m_stack->undoText(), QStringLiteral("Move “DHL kommt”"));
    QCOMPARE(milestone(dhl.meta.id).start, PartialDate::fromYear(2019));

    // A nudge of another milestone is a step of its own.
    const Milestone vonovia = milestone(QStringLiteral("Vonovia Zentrale entsteht in Bochum"));
    Milestone vonoviaNext = vonovia;
    vonoviaNext.start = PartialDate::fromYear(2017);
    QVERIFY(run(std::make_unique<EditMilestoneCommand>(*m_store, vonovia, vonoviaNext,
                                                       EditMilestoneCommand::Kind::Nudge)));
    QCOMPARE(m_stack->count(), 2);
    // So is a drag after nudges.
    Milestone dragged = current;
    dragged.start = PartialDate::fromYear(2020);
    QVERIFY(run(std::make_unique<EditMilestoneCommand>(*m_store, current, dragged,
                                                       EditMilestoneCommand::Kind::Move)));
    QCOMPARE(m_stack->count(), 3);

    m_stack->undo(); // the drag
    QCOMPARE(milestone(dhl.meta.id).start, PartialDate::fromYear(2019));
    m_stack->undo(); // Vonovia
    QCOMPARE(milestone(vonovia.meta.id).start, PartialDate::fromYear(2016));
    QCOMPARE(milestone(dhl.meta.id).start, PartialDate::fromYear(2019));
    m_stack->undo(); // all three nudges at once
    QCOMPARE(milestone(dhl.meta.id).start, PartialDate::fromYear(2016));
    QVERIFY(!m_stack->canUndo());
    m_stack->redo();
    QCOMPARE(milestone(dhl.meta.id).start, PartialDate::fromYear(2019));
}

void TestUndoCommands::importIsOneStep()
{
    QList<Milestone> imported;
    for (int i = 0; i < 3; ++i) {
        Milestone each;
        each.start = PartialDate::fromYear(2021 + i);
        each.title = QStringLiteral("Import %1").arg(i + 1);
        imported.append(each);
    }
    auto command = std::make_unique<ImportMilestonesCommand>(*m_store, imported);
    ImportMilestonesCommand *import = command.get();
    QCOMPARE(import->text(), QStringLiteral("Import 3 milestones"));
    QVERIFY(run(std::move(command)));
    QCOMPARE(m_stack->count(), 1);
    QCOMPARE(milestoneCount(), 24);
    const QList<RecordId> ids = import->importedIds();
    QCOMPARE(ids.size(), 3);
    for (int i = 0; i < 3; ++i)
        QCOMPARE(milestone(ids.at(i)).title, QStringLiteral("Import %1").arg(i + 1));

    m_stack->undo();
    QCOMPARE(milestoneCount(), 21);
    for (RecordId id : ids)
        QCOMPARE(m_store->milestones().find(id).error().kind, Error::Kind::NotFound);

    m_stack->redo();
    QCOMPARE(milestoneCount(), 24);
    QCOMPARE(import->importedIds(), ids);
    for (int i = 0; i < 3; ++i)
        QCOMPARE(milestone(ids.at(i)).start, PartialDate::fromYear(2021 + i));
}

void TestUndoCommands::addCategory()
{
    Category fresh;
    fresh.name = QStringLiteral("Kultur");
    fresh.colour = QStringLiteral("#123456");
    fresh.position = 7;
    auto command = std::make_unique<AddCategoryCommand>(*m_store, fresh);
    AddCategoryCommand *added = command.get();
    QVERIFY(run(std::move(command)));
    QCOMPARE(m_stack->undoText(), QStringLiteral("Add category “Kultur”"));
    const RecordId id = added->categoryId();
    QVERIFY(id != 0);
    QCOMPARE(categoryOrder().size(), 8);
    QCOMPARE(categoryOrder().last(), id);

    m_stack->undo();
    QCOMPARE(categoryOrder().size(), 7);
    QCOMPARE(m_store->categories().find(id).error().kind, Error::Kind::NotFound);
    m_stack->redo();
    QCOMPARE(categoryOrder().size(), 8);
    QCOMPARE(fieldsOf(category(QStringLiteral("Kultur"))), fieldsOf(fresh));
    QCOMPARE(category(QStringLiteral("Kultur")).meta.id, id);
}

void TestUndoCommands::editCategory()
{
    const Category before = category(QStringLiteral("Ansiedlung"));
    QVERIFY(before.meta.id != 0);
    Category after = before;
    after.name = QStringLiteral("Neue Firmen");
    after.colour = QStringLiteral("#00aa00");
    after.position = 0; // ignored: the order has its own command
    QVERIFY(run(std::make_unique<EditCategoryCommand>(*m_store, before, after)));
    QCOMPARE(m_stack->undoText(), QStringLiteral("Edit category “Ansiedlung”"));
    Result<Category> edited = m_store->categories().find(before.meta.id);
    QCOMPARE(edited->name, QStringLiteral("Neue Firmen"));
    QCOMPARE(edited->colour, QStringLiteral("#00aa00"));
    QCOMPARE(edited->position, before.position);

    m_stack->undo();
    QCOMPARE(fieldsOf(*m_store->categories().find(before.meta.id)), fieldsOf(before));
    m_stack->redo();
    QCOMPARE(m_store->categories().find(before.meta.id)->name, QStringLiteral("Neue Firmen"));
}

void TestUndoCommands::reorderCategories()
{
    const QList<RecordId> before = categoryOrder();
    QCOMPARE(before.size(), 7);
    QList<RecordId> after = before;
    after.move(3, 0);
    QVERIFY(run(std::make_unique<ReorderCategoriesCommand>(*m_store, before, after)));
    QCOMPARE(m_stack->undoText(), QStringLiteral("Reorder categories"));
    QCOMPARE(categoryOrder(), after);
    QCOMPARE(m_store->categories().find(after.first())->position, 0);
    m_stack->undo();
    QCOMPARE(categoryOrder(), before);
    m_stack->redo();
    QCOMPARE(categoryOrder(), after);
}

void TestUndoCommands::deleteCategoryUncategorisesAndRelinks()
{
    const Category ansiedlung = category(QStringLiteral("Ansiedlung"));
    const QList<RecordId> order = categoryOrder();
    QList<RecordId> members;
    for (const Milestone &each : *m_store->milestones().all()) {
        if (each.categoryId == ansiedlung.meta.id)
            members.append(each.meta.id);
    }
    QCOMPARE(members.size(), 8);
    // An uncategorised milestone stays uncategorised through all of this.
    Milestone loose;
    loose.start = PartialDate::fromYear(2021);
    loose.title = QStringLiteral("Ohne Kategorie");
    Result<Milestone> looseStored = m_store->milestones().insert(loose);
    QVERIFY(looseStored.ok());

    QVERIFY(run(std::make_unique<DeleteCategoryCommand>(*m_store, ansiedlung.meta.id)));
    QCOMPARE(m_stack->undoText(), QStringLiteral("Delete category “Ansiedlung”"));
    QCOMPARE(categoryOrder().size(), 6);
    for (RecordId id : std::as_const(members))
        QCOMPARE(milestone(id).categoryId, RecordId(0));
    QCOMPARE(milestoneCount(), 22);

    m_stack->undo();
    QCOMPARE(categoryOrder(), order);
    const Category back = *m_store->categories().find(ansiedlung.meta.id);
    QCOMPARE(fieldsOf(back), fieldsOf(ansiedlung));
    for (RecordId id : std::as_const(members))
        QCOMPARE(milestone(id).categoryId, ansiedlung.meta.id);
    QCOMPARE(milestone(looseStored->meta.id).categoryId, RecordId(0));

    m_stack->redo();
    QCOMPARE(categoryOrder().size(), 6);
    for (RecordId id : std::as_const(members))
        QCOMPARE(milestone(id).categoryId, RecordId(0));
    m_stack->undo();
    for (RecordId id : std::as_const(members))
        QCOMPARE(milestone(id).categoryId, ansiedlung.meta.id);
}

void TestUndoCommands::refusedCommandIsNotPushed_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("hint"); // a word of the message the user sees
    QTest::newRow("add without title") << QStringLiteral("addNoTitle") << QStringLiteral("title");
    QTest::newRow("edit to end before start")
        << QStringLiteral("editEndBeforeStart") << QStringLiteral("end");
    QTest::newRow("delete a missing milestone") << QStringLiteral("deleteMissing") << QString();
    QTest::newRow("import with an invalid one")
        << QStringLiteral("importInvalid") << QStringLiteral("Zweiter");
    QTest::newRow("category without name") << QStringLiteral("categoryNoName") << QStringLiteral("name");
    QTest::newRow("category with bad colour")
        << QStringLiteral("categoryBadColour") << QStringLiteral("colour");
}

void TestUndoCommands::refusedCommandIsNotPushed()
{
    QFETCH(QString, kind);
    QFETCH(QString, hint);

    // One good edit on the stack first: the refused one must neither replace nor merge with it.
    const Milestone dhl = milestone(dhlTitle);
    Milestone moved = dhl;
    moved.start = PartialDate::fromYear(2017);
    QVERIFY(
        run(std::make_unique<EditMilestoneCommand>(*m_store, dhl, moved, EditMilestoneCommand::Kind::Nudge)));
    const Milestone current = milestone(dhl.meta.id);
    const QList<RecordId> order = categoryOrder();

    std::unique_ptr<StoreCommand> command;
    if (kind == QLatin1String("addNoTitle")) {
        Milestone untitled;
        untitled.start = PartialDate::fromYear(2021);
        untitled.title = QStringLiteral("   ");
        command = std::make_unique<AddMilestoneCommand>(*m_store, untitled);
    } else if (kind == QLatin1String("editEndBeforeStart")) {
        Milestone backwards = current;
        backwards.end = PartialDate::fromYear(2015);
        command = std::make_unique<EditMilestoneCommand>(*m_store, current, backwards,
                                                         EditMilestoneCommand::Kind::Nudge);
    } else if (kind == QLatin1String("deleteMissing")) {
        // The existing one is named first: nothing at all may be deleted.
        command = std::make_unique<DeleteMilestonesCommand>(*m_store, QList<RecordId>{dhl.meta.id, 987654});
    } else if (kind == QLatin1String("importInvalid")) {
        Milestone first;
        first.start = PartialDate::fromYear(2021);
        first.title = QStringLiteral("Erster");
        Milestone second;
        second.title = QStringLiteral("Zweiter"); // no date
        command = std::make_unique<ImportMilestonesCommand>(*m_store, QList<Milestone>{first, second});
    } else if (kind == QLatin1String("categoryNoName")) {
        Category unnamed;
        unnamed.colour = QStringLiteral("#123456");
        command = std::make_unique<AddCategoryCommand>(*m_store, unnamed);
    } else {
        Category before = category(QStringLiteral("Programme"));
        Category after = before;
        after.colour = QStringLiteral("blue");
        command = std::make_unique<EditCategoryCommand>(*m_store, before, after);
    }

    QVERIFY(!run(std::move(command)));
    QCOMPARE(m_fixture.failureCount(), 1);
    const QString message = m_fixture.takeFailure();
    QVERIFY(!message.isEmpty());
    if (!hint.isEmpty())
        QVERIFY2(message.contains(hint, Qt::CaseInsensitive), qPrintable(message));

    // Nothing changed, and the stack holds only the good edit.
    QCOMPARE(m_stack->count(), 1);
    QCOMPARE(m_stack->index(), 1);
    QCOMPARE(milestoneCount(), 21);
    QCOMPARE(fieldsOf(milestone(dhl.meta.id)), fieldsOf(current));
    QCOMPARE(categoryOrder(), order);
    QCOMPARE(category(QStringLiteral("Programme")).colour, QStringLiteral("#5a8f8a"));
    m_stack->undo();
    QCOMPARE(milestone(dhl.meta.id).start, PartialDate::fromYear(2016));
}

void TestUndoCommands::failingUndoDropsCommand()
{
    const Milestone vonovia = milestone(QStringLiteral("Vonovia Zentrale entsteht in Bochum"));
    Milestone vonoviaEdited = vonovia;
    vonoviaEdited.title = QStringLiteral("Vonovia baut");
    QVERIFY(run(std::make_unique<EditMilestoneCommand>(*m_store, vonovia, vonoviaEdited)));
    const Milestone dhl = milestone(dhlTitle);
    Milestone dhlEdited = dhl;
    dhlEdited.title = QStringLiteral("DHL ist da");
    QVERIFY(run(std::make_unique<EditMilestoneCommand>(*m_store, dhl, dhlEdited)));
    QCOMPARE(m_stack->count(), 2);

    // Someone deletes DHL behind the stack's back.
    const Milestone current = milestone(dhl.meta.id);
    QVERIFY(m_store->milestones().remove(current.meta.id, current.meta.revision).ok());

    m_stack->undo();
    QCOMPARE(m_fixture.failureCount(), 1);
    QVERIFY(!m_fixture.takeFailure().isEmpty());
    QCOMPARE(m_stack->count(), 1);
    QCOMPARE(m_stack->index(), 1);
    QVERIFY(!m_stack->canRedo());
    QCOMPARE(m_store->milestones().find(dhl.meta.id).error().kind, Error::Kind::NotFound);
    QCOMPARE(m_stack->undoText(), QStringLiteral("Edit “Vonovia Zentrale entsteht in Bochum”"));

    // The step below still works.
    m_stack->undo();
    QCOMPARE(m_fixture.failureCount(), 0);
    QCOMPARE(milestone(vonovia.meta.id).title, vonovia.title);
    QCOMPARE(m_stack->count(), 1);
    QCOMPARE(m_stack->index(), 0);
}

void TestUndoCommands::failingRedoDropsCommand()
{
    Milestone fresh;
    fresh.start = PartialDate::fromYear(2021);
    fresh.title = QStringLiteral("Stadtfest");
    auto command = std::make_unique<AddMilestoneCommand>(*m_store, fresh);
    AddMilestoneCommand *added = command.get();
    QVERIFY(run(std::move(command)));
    const RecordId id = added->milestoneId();
    m_stack->undo();
    QCOMPARE(m_stack->count(), 1);
    QCOMPARE(m_stack->index(), 0);

    // Another milestone takes the id meanwhile (e.g. restored by another window on the same file).
    Milestone squatter;
    squatter.meta.id = id;
    squatter.start = PartialDate::fromYear(2022);
    squatter.title = QStringLiteral("Besetzt");
    QVERIFY(m_store->milestones().restore(squatter).ok());

    m_stack->redo();
    QCOMPARE(m_fixture.failureCount(), 1);
    m_fixture.clearFailures();
    QCOMPARE(m_stack->count(), 0);
    QVERIFY(!m_stack->canRedo());
    QCOMPARE(milestone(id).title, QStringLiteral("Besetzt"));
}

void TestUndoCommands::failureAfterControllerIsGone()
{
    const Milestone dhl = milestone(dhlTitle);
    Milestone edited = dhl;
    edited.title = QStringLiteral("DHL ist da");
    QVERIFY(run(std::make_unique<EditMilestoneCommand>(*m_store, dhl, edited)));
    m_fixture.dropController(); // the page that ran the edit is closed; its stack lives on
    const Milestone current = milestone(dhl.meta.id);
    QVERIFY(m_store->milestones().remove(current.meta.id, current.meta.revision).ok());
    m_stack->undo(); // reported to nobody, but dropped, and no crash
    QCOMPARE(m_stack->count(), 0);
}

QTEST_GUILESS_MAIN(TestUndoCommands)
#include "tst_undocommands.moc"
