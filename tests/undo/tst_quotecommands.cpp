// The undoable edits of the quote register on a Store holding the Bochum demo material: adding, editing,
// each step of the authorisation workflow, revising an authorised quote and deleting. Illegal moves are
// refused with a message and never reach the stack, and a redo or undo cannot sneak past the rules either.

#include "cli/application.h"
#include "storage/store.h"
#include "undo/quotecommands.h"
#include "undo/storecommand.h"
#include "undofixture.h"

#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

#include <memory>

using namespace pressdesk;
using S = AuthorisationState;

namespace {

// Every stored field, named, so that a failed comparison says which one differs.
QStringList fieldsOf(const Quote &quote)
{
    QStringList milestones;
    for (RecordId id : quote.milestoneIds)
        milestones.append(QString::number(id));
    return {QStringLiteral("text=") + quote.text,
            QStringLiteral("speaker=") + QString::number(quote.speakerId),
            QStringLiteral("role=") + quote.speakerRole,
            QStringLiteral("saidOn=") + quote.saidOn.toIsoString(),
            QStringLiteral("context=") + quote.context,
            QStringLiteral("source=") + quote.source,
            QStringLiteral("topics=") + quote.topics.join(QLatin1Char('|')),
            QStringLiteral("state=") + toStorageString(quote.state),
            QStringLiteral("requestedAt=") + quote.requestedAt.toString(Qt::ISODateWithMs),
            QStringLiteral("requestedFrom=") + quote.requestedFrom,
            QStringLiteral("authorisedAt=") + quote.authorisedAt.toString(Qt::ISODateWithMs),
            QStringLiteral("authorisedBy=") + quote.authorisedBy,
            QStringLiteral("supersedes=") + QString::number(quote.supersedesId),
            QStringLiteral("milestones=") + milestones.join(QLatin1Char(','))};
}

} // namespace

class TestQuoteCommands : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void addUndoRedoKeepsId();
    void requestAuthoriseWithdrawUndoRedo();
    void backToDraft();
    void illegalTransitionRefused_data();
    void illegalTransitionRefused();
    void transitionNeedsAPerson();
    void redoChecksTheTransitionAgain();
    void undoRefusedWhenTheQuoteMovedOn();
    void editRestoresEveryField();
    void editNeverChangesTheState();
    void authorisedContentIsLocked();
    void lockedContentRefusedOnRedo();
    void reviseKeepsTheOriginal();
    void reviseRefusedForADraft();
    void deleteRestoresIdLinksAndRevisions();
    void deleteRefusedWhileUsedInARelease();

private:
    Quote quote(RecordId id) const;
    Quote demoQuote(const QString &wordingStart) const;
    Quote freshDraft();
    RecordId speakerId(const QString &familyName) const;
    bool run(std::unique_ptr<StoreCommand> command) { return m_fixture.run(std::move(command)); }
    QString takeFailure();

    testsupport::UndoFixture m_fixture;
    Store *m_store = nullptr;      // the fixture's
    QUndoStack *m_stack = nullptr; // the fixture's
};

void TestQuoteCommands::initTestCase()
{
    setUpApplication(*QCoreApplication::instance());
}

void TestQuoteCommands::init()
{
    QCOMPARE(m_fixture.setUp(), QString());
    m_store = &m_fixture.store();
    m_stack = &m_fixture.stack();
}

void TestQuoteCommands::cleanup()
{
    // A test that expects a failure takes it; any other failure is a bug.
    m_store = nullptr;
    m_stack = nullptr;
    const QStringList unexpected = m_fixture.tearDown();
    QVERIFY2(unexpected.isEmpty(), qPrintable(unexpected.join(QLatin1Char('\n'))));
}

QString TestQuoteCommands::takeFailure()
{
    return m_fixture.takeFailure();
}

Quote TestQuoteCommands::quote(RecordId id) const
{
    Result<Quote> found = m_store->quotes().find(id);
    return found ? *found : Quote();
}

Quote TestQuoteCommands::demoQuote(const QString &wordingStart) const
{
    for (const Quote &candidate : *m_store->quotes().all()) {
        if (candidate.text.startsWith(wordingStart))
            return candidate;
    }
    return {};
}

RecordId TestQuoteCommands::speakerId(const QString &familyName) const
{
    for (const Contact &contact : *m_store->contacts().all()) {
        if (contact.familyName == familyName)
            return contact.meta.id;
    }
    return 0;
}

Quote TestQuoteCommands::freshDraft()
{
    Quote draft;
    draft.text = QStringLiteral("Die Pressestelle ist rund um die Uhr erreichbar.");
    draft.speakerId = speakerId(QStringLiteral("Sommerfeld"));
    draft.speakerRole = QStringLiteral("Pressesprecherin");
    draft.saidOn = PartialDate::fromYearMonth(2016, 3);
    draft.topics = {QStringLiteral("Service")};
    auto command = std::make_unique<AddQuoteCommand>(*m_store, draft);
    AddQuoteCommand *added = command.get();
    if (!run(std::move(command)))
        return {};
    return quote(added->quoteId());
}

void TestQuoteCommands::addUndoRedoKeepsId()
{
    const int before = int(m_store->quotes().all()->size());
    const Quote added = freshDraft();
    QVERIFY(added.meta.id != 0);
    QCOMPARE(m_stack->count(), 1);
    QCOMPARE(m_stack->undoText(), QStringLiteral("Add quote “Die Pressestelle ist rund um…”"));
    QCOMPARE(int(m_store->quotes().all()->size()), before + 1);
    m_stack->undo();
    QCOMPARE(m_store->quotes().find(added.meta.id).error().kind, Error::Kind::NotFound);
    m_stack->redo();
    QCOMPARE(fieldsOf(quote(added.meta.id)), fieldsOf(added));
}

void TestQuoteCommands::requestAuthoriseWithdrawUndoRedo()
{
    const Quote draft = freshDraft();
    const QDateTime requestedAt(QDate(2016, 3, 12), QTime(13, 5), Qt::UTC);
    QVERIFY(run(std::make_unique<ChangeQuoteStateCommand>(
        *m_store, draft.meta.id, S::Requested, QStringLiteral("Pressesprecherin Müller"), requestedAt)));
    QCOMPARE(m_stack->undoText(), QStringLiteral("Request authorisation of “Die Pressestelle ist rund um…”"));
    const Quote requested = quote(draft.meta.id);
    QCOMPARE(requested.state, S::Requested);
    QCOMPARE(requested.requestedFrom, QStringLiteral("Pressesprecherin Müller"));
    QCOMPARE(requested.requestedAt, requestedAt);

    // Without a time the command records now.
    const QDateTime beforeAuthorising = QDateTime::currentDateTimeUtc().addSecs(-1);
    QVERIFY(run(std::make_unique<ChangeQuoteStateCommand>(*m_store, draft.meta.id, S::Authorised,
                                                          QStringLiteral("Julia Sommerfeld"))));
    const Quote authorised = quote(draft.meta.id);
    QCOMPARE(authorised.state, S::Authorised);
    QCOMPARE(authorised.authorisedBy, QStringLiteral("Julia Sommerfeld"));
    QVERIFY(authorised.authorisedAt >= beforeAuthorising);
    QVERIFY(authorised.authorisedAt <= QDateTime::currentDateTimeUtc().addSecs(1));
    QCOMPARE(m_stack->undoText(), QStringLiteral("Mark “Die Pressestelle ist rund um…” as authorised"));

    QVERIFY(run(std::make_unique<ChangeQuoteStateCommand>(*m_store, draft.meta.id, S::Withdrawn)));
    const Quote withdrawn = quote(draft.meta.id);
    QCOMPARE(withdrawn.state, S::Withdrawn);
    QCOMPARE(withdrawn.authorisedBy, QStringLiteral("Julia Sommerfeld"));
    QCOMPARE(m_stack->count(), 4);

    // Each step is one undo step, and undo puts back exactly what was there.
    m_stack->undo();
    QCOMPARE(fieldsOf(quote(draft.meta.id)).mid(0, 13), fieldsOf(authorised).mid(0, 13));
    m_stack->undo();
    QCOMPARE(fieldsOf(quote(draft.meta.id)), fieldsOf(requested));
    m_stack->undo();
    QCOMPARE(fieldsOf(quote(draft.meta.id)), fieldsOf(draft));
    m_stack->redo();
    m_stack->redo();
    m_stack->redo();
    QCOMPARE(fieldsOf(quote(draft.meta.id)), fieldsOf(withdrawn));
    QCOMPARE(m_stack->count(), 4);
}

void TestQuoteCommands::backToDraft()
{
    const Quote draft = freshDraft();
    QVERIFY(run(std::make_unique<ChangeQuoteStateCommand>(*m_store, draft.meta.id, S::Requested,
                                                          QStringLiteral("Büro OB"))));
    QVERIFY(run(std::make_unique<ChangeQuoteStateCommand>(*m_store, draft.meta.id, S::Draft)));
    QCOMPARE(m_stack->undoText(), QStringLiteral("Take “Die Pressestelle ist rund um…” back to draft"));
    QCOMPARE(quote(draft.meta.id).state, S::Draft);
    QVERIFY(quote(draft.meta.id).requestedFrom.isEmpty());
    m_stack->undo();
    QCOMPARE(quote(draft.meta.id).state, S::Requested);
    QCOMPARE(quote(draft.meta.id).requestedFrom, QStringLiteral("Büro OB"));
}

void TestQuoteCommands::illegalTransitionRefused_data()
{
    QTest::addColumn<int>("from");
    QTest::addColumn<int>("to");
    const QList<S> all = {S::Draft, S::Requested, S::Authorised, S::Withdrawn};
    for (S from : all) {
        for (S to : all) {
            if (!isAllowedTransition(from, to))
                QTest::newRow(qPrintable(toStorageString(from) + QStringLiteral(" → ") + toStorageString(to)))
                    << int(from) << int(to);
        }
    }
}

void TestQuoteCommands::illegalTransitionRefused()
{
    QFETCH(int, from);
    QFETCH(int, to);
    // Walk a fresh draft to `from` by the legal path.
    const Quote draft = freshDraft();
    const QList<S> path = {S::Requested, S::Authorised, S::Withdrawn};
    for (S step : path) {
        if (int(quote(draft.meta.id).state) == from)
            break;
        QVERIFY(run(
            std::make_unique<ChangeQuoteStateCommand>(*m_store, draft.meta.id, step, QStringLiteral("X"))));
    }
    const Quote before = quote(draft.meta.id);
    QCOMPARE(int(before.state), from);
    const int steps = m_stack->count();

    QVERIFY(
        !run(std::make_unique<ChangeQuoteStateCommand>(*m_store, draft.meta.id, S(to), QStringLiteral("Y"))));
    QCOMPARE(takeFailure(), transitionRefusal(S(from), S(to)));
    QCOMPARE(m_stack->count(), steps);
    QCOMPARE(fieldsOf(quote(draft.meta.id)), fieldsOf(before));
    QCOMPARE(quote(draft.meta.id).meta.revision, before.meta.revision);
}

void TestQuoteCommands::transitionNeedsAPerson()
{
    const Quote draft = freshDraft();
    QVERIFY(!run(std::make_unique<ChangeQuoteStateCommand>(*m_store, draft.meta.id, S::Requested,
                                                           QStringLiteral(" "))));
    QCOMPARE(takeFailure(), QStringLiteral("Say whom the authorisation was requested from."));
    QCOMPARE(quote(draft.meta.id).state, S::Draft);
    QCOMPARE(m_stack->count(), 1);
}

void TestQuoteCommands::redoChecksTheTransitionAgain()
{
    const Quote draft = freshDraft();
    QVERIFY(run(std::make_unique<ChangeQuoteStateCommand>(*m_store, draft.meta.id, S::Requested,
                                                          QStringLiteral("Büro OB"))));
    QVERIFY(run(std::make_unique<ChangeQuoteStateCommand>(*m_store, draft.meta.id, S::Authorised,
                                                          QStringLiteral("Thomas Eiskirch"))));
    m_stack->undo(); // back to requested
    QCOMPARE(quote(draft.meta.id).state, S::Requested);

    // Behind the stack's back the request is taken back: authorising a draft would skip a step.
    Quote changed = quote(draft.meta.id);
    QVERIFY(changed.applyTransition(S::Draft, QString(), QDateTime::currentDateTimeUtc()).isEmpty());
    QVERIFY(m_store->quotes().update(changed).ok());

    m_stack->redo();
    QCOMPARE(takeFailure(), transitionRefusal(S::Draft, S::Authorised));
    QCOMPARE(quote(draft.meta.id).state, S::Draft);
    QVERIFY(quote(draft.meta.id).authorisedBy.isEmpty());
    QVERIFY(!m_stack->canRedo()); // the refused step is dropped
}

void TestQuoteCommands::undoRefusedWhenTheQuoteMovedOn()
{
    const Quote draft = freshDraft();
    QVERIFY(run(std::make_unique<ChangeQuoteStateCommand>(*m_store, draft.meta.id, S::Requested,
                                                          QStringLiteral("Büro OB"))));
    // Someone else authorises it; undoing the request would turn an authorised quote into a draft.
    Quote changed = quote(draft.meta.id);
    QVERIFY(changed
                .applyTransition(S::Authorised, QStringLiteral("Thomas Eiskirch"),
                                 QDateTime::currentDateTimeUtc())
                .isEmpty());
    QVERIFY(m_store->quotes().update(changed).ok());

    m_stack->undo();
    QCOMPARE(
        takeFailure(),
        QStringLiteral(
            "The quote is no longer “Requested” (it is “Authorised” now), so this step cannot be undone."));
    QCOMPARE(quote(draft.meta.id).state, S::Authorised);
}

void TestQuoteCommands::editRestoresEveryField()
{
    const Quote draft = freshDraft();
    Quote edited = draft;
    edited.text = QStringLiteral("Die Pressestelle ist werktags erreichbar.");
    edited.speakerId = speakerId(QStringLiteral("Eiskirch"));
    edited.speakerRole = QStringLiteral("Oberbürgermeister");
    edited.saidOn = PartialDate::fromYmd(2016, 3, 12);
    edited.context = QStringLiteral("Bürgerversammlung");
    edited.source = QStringLiteral("WAZ");
    edited.topics = {QStringLiteral("Service"), QStringLiteral("Verwaltung")};
    edited.milestoneIds = {m_store->milestones().all()->first().meta.id};
    QVERIFY(run(std::make_unique<EditQuoteCommand>(*m_store, draft, edited)));
    QCOMPARE(m_stack->undoText(), QStringLiteral("Edit quote “Die Pressestelle ist rund um…”"));
    QCOMPARE(fieldsOf(quote(draft.meta.id)), fieldsOf(edited));
    m_stack->undo();
    QCOMPARE(fieldsOf(quote(draft.meta.id)), fieldsOf(draft));
    m_stack->redo();
    QCOMPARE(fieldsOf(quote(draft.meta.id)), fieldsOf(edited));
}

void TestQuoteCommands::editNeverChangesTheState()
{
    const Quote draft = freshDraft();
    Quote sneaky = draft;
    sneaky.context = QStringLiteral("Anlass");
    sneaky.state = S::Authorised;
    sneaky.authorisedBy = QStringLiteral("Niemand");
    QVERIFY(run(std::make_unique<EditQuoteCommand>(*m_store, draft, sneaky)));
    QCOMPARE(quote(draft.meta.id).context, QStringLiteral("Anlass"));
    QCOMPARE(quote(draft.meta.id).state, S::Draft);
    QVERIFY(quote(draft.meta.id).authorisedBy.isEmpty());
}

void TestQuoteCommands::authorisedContentIsLocked()
{
    const Quote reise = demoQuote(QStringLiteral("Es scheint nun klar"));
    QCOMPARE(reise.state, S::Authorised);
    for (int field = 0; field < 4; ++field) {
        Quote edited = reise;
        switch (field) {
        case 0:
            edited.text = QStringLiteral("Es ist klar.");
            break;
        case 1:
            edited.speakerId = speakerId(QStringLiteral("Sommerfeld"));
            break;
        case 2:
            edited.speakerRole = QStringLiteral("OB");
            break;
        case 3:
            edited.saidOn = PartialDate::fromYmd(2020, 12, 1);
            break;
        }
        QVERIFY(!run(std::make_unique<EditQuoteCommand>(*m_store, reise, edited)));
        QCOMPARE(takeFailure(), contentLockReason(S::Authorised));
    }
    QCOMPARE(m_stack->count(), 0);
    QCOMPARE(fieldsOf(quote(reise.meta.id)), fieldsOf(reise));

    // The office's own filing stays editable.
    Quote filed = reise;
    filed.context = QStringLiteral("Jahresbilanz 2020");
    filed.source = QStringLiteral("Rede im Rat");
    filed.topics = {QStringLiteral("Strukturwandel")};
    filed.milestoneIds = {};
    QVERIFY(run(std::make_unique<EditQuoteCommand>(*m_store, reise, filed)));
    QCOMPARE(fieldsOf(quote(reise.meta.id)), fieldsOf(filed));
    m_stack->undo();
    QCOMPARE(fieldsOf(quote(reise.meta.id)), fieldsOf(reise));
}

void TestQuoteCommands::lockedContentRefusedOnRedo()
{
    const Quote draft = freshDraft();
    Quote edited = draft;
    edited.text = QStringLiteral("Neu formuliert.");
    QVERIFY(run(std::make_unique<EditQuoteCommand>(*m_store, draft, edited)));
    m_stack->undo();
    // Sent out for authorisation behind the stack's back: the old wording must not be swapped in now.
    Quote requested = quote(draft.meta.id);
    QVERIFY(
        requested.applyTransition(S::Requested, QStringLiteral("Büro OB"), QDateTime::currentDateTimeUtc())
            .isEmpty());
    QVERIFY(m_store->quotes().update(requested).ok());
    m_stack->redo();
    QCOMPARE(takeFailure(), contentLockReason(S::Requested));
    QCOMPARE(quote(draft.meta.id).text, draft.text);
}

void TestQuoteCommands::reviseKeepsTheOriginal()
{
    const Quote reise = demoQuote(QStringLiteral("Es scheint nun klar"));
    QVERIFY(reise.meta.id != 0);
    auto command = std::make_unique<ReviseQuoteCommand>(*m_store, reise.meta.id);
    ReviseQuoteCommand *revise = command.get();
    QVERIFY(run(std::move(command)));
    QCOMPARE(m_stack->undoText(), QStringLiteral("Revise “Es scheint nun klar, wohin die…”"));
    const Quote draft = quote(revise->quoteId());
    QVERIFY(draft.meta.id != reise.meta.id);
    QCOMPARE(draft.state, S::Draft);
    QCOMPARE(draft.supersedesId, reise.meta.id);
    QCOMPARE(draft.text, reise.text);
    QCOMPARE(draft.speakerId, reise.speakerId);
    QCOMPARE(draft.speakerRole, reise.speakerRole);
    QCOMPARE(draft.saidOn, reise.saidOn);
    QCOMPARE(draft.context, reise.context);
    QCOMPARE(draft.topics, reise.topics);
    QCOMPARE(draft.milestoneIds, reise.milestoneIds);
    QVERIFY(draft.authorisedBy.isEmpty());
    // The authorised quote is untouched, to the revision.
    const Quote after = quote(reise.meta.id);
    QCOMPARE(fieldsOf(after), fieldsOf(reise));
    QCOMPARE(after.meta.revision, reise.meta.revision);
    QCOMPARE(*m_store->quotes().revisionsOf(reise.meta.id), QList<RecordId>{draft.meta.id});

    // The draft's wording can now be changed.
    Quote reworded = draft;
    reworded.text = QStringLiteral("Es ist klar, wohin die Reise geht.");
    QVERIFY(run(std::make_unique<EditQuoteCommand>(*m_store, draft, reworded)));
    QCOMPARE(quote(reise.meta.id).text, reise.text);

    m_stack->undo();
    m_stack->undo();
    QCOMPARE(m_store->quotes().find(draft.meta.id).error().kind, Error::Kind::NotFound);
    QVERIFY(m_store->quotes().revisionsOf(reise.meta.id)->isEmpty());
    m_stack->redo();
    QCOMPARE(fieldsOf(quote(draft.meta.id)), fieldsOf(draft));
}

void TestQuoteCommands::reviseRefusedForADraft()
{
    const Quote draft = freshDraft();
    QVERIFY(!run(std::make_unique<ReviseQuoteCommand>(*m_store, draft.meta.id)));
    QVERIFY(takeFailure().contains(QStringLiteral("can be edited itself")));
    QCOMPARE(m_stack->count(), 1);
}

void TestQuoteCommands::deleteRestoresIdLinksAndRevisions()
{
    // An authorised quote that is not in a release, with milestones and a revision pointing to it.
    Quote original = freshDraft();
    Quote linked = original;
    linked.milestoneIds = {m_store->milestones().all()->at(0).meta.id,
                           m_store->milestones().all()->at(3).meta.id};
    QVERIFY(run(std::make_unique<EditQuoteCommand>(*m_store, original, linked)));
    QVERIFY(run(std::make_unique<ChangeQuoteStateCommand>(*m_store, original.meta.id, S::Requested,
                                                          QStringLiteral("A"))));
    QVERIFY(run(std::make_unique<ChangeQuoteStateCommand>(*m_store, original.meta.id, S::Authorised,
                                                          QStringLiteral("B"))));
    auto revise = std::make_unique<ReviseQuoteCommand>(*m_store, original.meta.id);
    ReviseQuoteCommand *revision = revise.get();
    QVERIFY(run(std::move(revise)));
    const Quote stored = quote(original.meta.id);
    QCOMPARE(stored.milestoneIds.size(), 2);

    QVERIFY(run(std::make_unique<DeleteQuotesCommand>(*m_store, QList<RecordId>{original.meta.id})));
    QCOMPARE(m_stack->undoText(), QStringLiteral("Delete quote “Die Pressestelle ist rund um…”"));
    QCOMPARE(m_store->quotes().find(original.meta.id).error().kind, Error::Kind::NotFound);
    QCOMPARE(quote(revision->quoteId()).supersedesId, RecordId(0));

    m_stack->undo();
    QCOMPARE(fieldsOf(quote(original.meta.id)), fieldsOf(stored));
    QCOMPARE(quote(revision->quoteId()).supersedesId, original.meta.id);
    m_stack->redo();
    QCOMPARE(m_store->quotes().find(original.meta.id).error().kind, Error::Kind::NotFound);
}

void TestQuoteCommands::deleteRefusedWhileUsedInARelease()
{
    const Quote reise = demoQuote(QStringLiteral("Es scheint nun klar"));
    QVERIFY(!run(std::make_unique<DeleteQuotesCommand>(*m_store, QList<RecordId>{reise.meta.id})));
    QCOMPARE(
        takeFailure(),
        QStringLiteral("The quote is used in the press release “Vom letzten Zafira zum Haus des Wissens”; "
                       "remove it from there first."));
    QCOMPARE(fieldsOf(quote(reise.meta.id)), fieldsOf(reise));
    QCOMPARE(m_stack->count(), 0);
}

QTEST_GUILESS_MAIN(TestQuoteCommands)
#include "tst_quotecommands.moc"
