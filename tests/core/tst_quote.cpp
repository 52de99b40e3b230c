// The authorisation workflow of a quote: every pair of states (legal and illegal moves, each illegal one
// with a message), what a move records, what is locked, and what a revision carries over.

#include "core/quote.h"

#include <QTest>

using namespace pressdesk;
using S = AuthorisationState;

namespace {
const QList<S> allStates = {S::Draft, S::Requested, S::Authorised, S::Withdrawn};

Quote authorisedQuote()
{
    Quote quote;
    quote.meta.id = 7;
    quote.meta.revision = 3;
    quote.text = QStringLiteral("Es scheint nun klar, wohin die Reise geht.");
    quote.speakerId = 4;
    quote.speakerRole = QStringLiteral("Oberbürgermeister");
    quote.saidOn = PartialDate::fromYearMonth(2016, 3);
    quote.context = QStringLiteral("Bilanz");
    quote.source = QStringLiteral("Pressemitteilung");
    quote.topics = {QStringLiteral("Strukturwandel")};
    quote.milestoneIds = {11, 12};
    quote.state = S::Authorised;
    quote.requestedFrom = QStringLiteral("Büro OB");
    quote.requestedAt = QDateTime(QDate(2016, 3, 12), QTime(13, 5), Qt::UTC);
    quote.authorisedBy = QStringLiteral("Thomas Eiskirch");
    quote.authorisedAt = QDateTime(QDate(2016, 3, 13), QTime(9, 0), Qt::UTC);
    return quote;
}
} // namespace

class TestQuote : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void transitionTable_data();
    void transitionTable();
    void requestRecordsWhomAndWhen();
    void authoriseRecordsWhoAndWhen();
    void backToDraftForgetsTheRequest();
    void withdrawKeepsWhoAuthorised();
    void movesNeedAPerson();
    void storageNames();
    void contentLock();
    void revisionCarriesTheContent();
    void shortText();
};

void TestQuote::transitionTable_data()
{
    QTest::addColumn<int>("from");
    QTest::addColumn<int>("to");
    QTest::addColumn<bool>("allowed");
    // Exactly these four moves exist: draft → requested → authorised → withdrawn, and a request taken back.
    const QList<QPair<S, S>> legal = {{S::Draft, S::Requested},
                                      {S::Requested, S::Authorised},
                                      {S::Requested, S::Draft},
                                      {S::Authorised, S::Withdrawn}};
    for (S from : allStates) {
        for (S to : allStates) {
            const QByteArray name =
                (toStorageString(from) + QStringLiteral(" → ") + toStorageString(to)).toUtf8();
            QTest::newRow(name.constData()) << int(from) << int(to) << legal.contains({from, to});
        }
    }
}

void TestQuote::transitionTable()
{
    QFETCH(int, from);
    QFETCH(int, to);
    QFETCH(bool, allowed);
    QCOMPARE(isAllowedTransition(S(from), S(to)), allowed);
    const QString refusal = transitionRefusal(S(from), S(to));
    QCOMPARE(refusal.isEmpty(), allowed);

    Quote quote = authorisedQuote();
    quote.state = S(from);
    const Quote before = quote;
    const QString applied = quote.applyTransition(S(to), QStringLiteral("Pressesprecherin Müller"),
                                                  QDateTime(QDate(2016, 3, 14), QTime(8, 0), Qt::UTC));
    if (allowed) {
        QVERIFY2(applied.isEmpty(), qPrintable(applied));
        QCOMPARE(quote.state, S(to));
        QVERIFY(quote.validate().isValid());
    } else {
        QCOMPARE(applied, refusal);
        // A refused move changes nothing.
        QCOMPARE(quote.state, before.state);
        QCOMPARE(quote.requestedFrom, before.requestedFrom);
        QCOMPARE(quote.authorisedBy, before.authorisedBy);
        QCOMPARE(quote.authorisedAt, before.authorisedAt);
    }
}

void TestQuote::requestRecordsWhomAndWhen()
{
    Quote quote = authorisedQuote().revision();
    const QDateTime local(QDate(2016, 3, 12), QTime(14, 5), Qt::OffsetFromUTC, 3600);
    QCOMPARE(quote.applyTransition(S::Requested, QStringLiteral("  Pressesprecherin Müller "), local),
             QString());
    QCOMPARE(quote.state, S::Requested);
    QCOMPARE(quote.requestedFrom, QStringLiteral("Pressesprecherin Müller"));
    QCOMPARE(quote.requestedAt, QDateTime(QDate(2016, 3, 12), QTime(13, 5), Qt::UTC));
    QCOMPARE(quote.requestedAt.timeSpec(), Qt::UTC);
}

void TestQuote::authoriseRecordsWhoAndWhen()
{
    Quote quote = authorisedQuote().revision();
    QCOMPARE(quote.applyTransition(S::Requested, QStringLiteral("Büro OB"), QDateTime::currentDateTimeUtc()),
             QString());
    const QDateTime when(QDate(2016, 3, 15), QTime(10, 30), Qt::UTC);
    QCOMPARE(quote.applyTransition(S::Authorised, QStringLiteral("Thomas Eiskirch"), when), QString());
    QCOMPARE(quote.authorisedBy, QStringLiteral("Thomas Eiskirch"));
    QCOMPARE(quote.authorisedAt, when);
    QCOMPARE(quote.requestedFrom, QStringLiteral("Büro OB")); // the request stays on record
}

void TestQuote::backToDraftForgetsTheRequest()
{
    Quote quote = authorisedQuote().revision();
    QCOMPARE(quote.applyTransition(S::Requested, QStringLiteral("Büro OB"), QDateTime::currentDateTimeUtc()),
             QString());
    QCOMPARE(quote.applyTransition(S::Draft, QString(), QDateTime::currentDateTimeUtc()), QString());
    QCOMPARE(quote.state, S::Draft);
    QVERIFY(quote.requestedFrom.isEmpty());
    QVERIFY(!quote.requestedAt.isValid());
}

void TestQuote::withdrawKeepsWhoAuthorised()
{
    Quote quote = authorisedQuote();
    QCOMPARE(quote.applyTransition(S::Withdrawn, QString(), QDateTime::currentDateTimeUtc()), QString());
    QCOMPARE(quote.state, S::Withdrawn);
    QCOMPARE(quote.authorisedBy, QStringLiteral("Thomas Eiskirch"));
}

void TestQuote::movesNeedAPerson()
{
    Quote quote = authorisedQuote().revision();
    QCOMPARE(quote.applyTransition(S::Requested, QStringLiteral("  "), QDateTime::currentDateTimeUtc()),
             QStringLiteral("Say whom the authorisation was requested from."));
    QCOMPARE(quote.state, S::Draft);
    QCOMPARE(quote.applyTransition(S::Requested, QStringLiteral("Büro OB"), QDateTime::currentDateTimeUtc()),
             QString());
    QCOMPARE(quote.applyTransition(S::Authorised, QString(), QDateTime::currentDateTimeUtc()),
             QStringLiteral("Say who authorised the quote."));
    QCOMPARE(quote.state, S::Requested);
}

void TestQuote::storageNames()
{
    for (S state : allStates) {
        bool ok = false;
        QCOMPARE(authorisationStateFromString(toStorageString(state), &ok), state);
        QVERIFY(ok);
        QVERIFY(!displayName(state).isEmpty());
    }
    bool ok = true;
    authorisationStateFromString(QStringLiteral("approved"), &ok);
    QVERIFY(!ok);
}

void TestQuote::contentLock()
{
    QVERIFY(!isContentLocked(S::Draft));
    QVERIFY(contentLockReason(S::Draft).isEmpty());
    for (S state : {S::Requested, S::Authorised, S::Withdrawn}) {
        QVERIFY(isContentLocked(state));
        QVERIFY(!contentLockReason(state).isEmpty());
    }
    QVERIFY(contentLockReason(S::Authorised).startsWith(QStringLiteral("Authorised wording is locked")));
    QVERIFY(!canBeRevised(S::Draft));
    QVERIFY(!canBeRevised(S::Requested));
    QVERIFY(canBeRevised(S::Authorised));
    QVERIFY(canBeRevised(S::Withdrawn));

    const Quote original = authorisedQuote();
    Quote changed = original;
    changed.context = QStringLiteral("Anderer Anlass");
    changed.source = QStringLiteral("Interview");
    changed.topics = {QStringLiteral("Wirtschaft")};
    changed.milestoneIds = {};
    QVERIFY(!changed.contentDiffersFrom(original)); // the office's filing, not the authorised content
    for (int field = 0; field < 4; ++field) {
        Quote edited = original;
        switch (field) {
        case 0:
            edited.text += QStringLiteral(" Ergänzt.");
            break;
        case 1:
            edited.speakerId = 5;
            break;
        case 2:
            edited.speakerRole = QStringLiteral("Stadtdirektor");
            break;
        case 3:
            edited.saidOn = PartialDate::fromYear(2016);
            break;
        }
        QVERIFY2(edited.contentDiffersFrom(original), qPrintable(QString::number(field)));
    }
}

void TestQuote::revisionCarriesTheContent()
{
    const Quote original = authorisedQuote();
    const Quote draft = original.revision();
    QVERIFY(draft.meta.isNew());
    QCOMPARE(draft.supersedesId, RecordId(7));
    QCOMPARE(draft.state, S::Draft);
    QVERIFY(draft.requestedFrom.isEmpty() && !draft.requestedAt.isValid());
    QVERIFY(draft.authorisedBy.isEmpty() && !draft.authorisedAt.isValid());
    QCOMPARE(draft.text, original.text);
    QCOMPARE(draft.speakerId, original.speakerId);
    QCOMPARE(draft.speakerRole, original.speakerRole);
    QCOMPARE(draft.saidOn, original.saidOn);
    QCOMPARE(draft.context, original.context);
    QCOMPARE(draft.source, original.source);
    QCOMPARE(draft.topics, original.topics);
    QCOMPARE(draft.milestoneIds, original.milestoneIds);
    QVERIFY(draft.validate().isValid());
}

void TestQuote::shortText()
{
    Quote quote;
    quote.text = QStringLiteral("Kurz.");
    QCOMPARE(quote.shortText(40), QStringLiteral("Kurz."));
    quote.text =
        QStringLiteral("Wir sind natürlich auch\nein bisschen stolz auf die Entwicklungen in Bochum.");
    QCOMPARE(quote.shortText(30), QStringLiteral("Wir sind natürlich auch ein…"));
}

QTEST_GUILESS_MAIN(TestQuote)
#include "tst_quote.moc"
