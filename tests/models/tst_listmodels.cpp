// The four list models over a Store holding the Bochum demo material: their rows and cell texts, the
// record ids behind the rows, and that every committed change reloads exactly the models that show it.

#include "exchange/demodatabase.h"
#include "models/contacttablemodel.h"
#include "models/milestonelistmodel.h"
#include "models/quotefiltermodel.h"
#include "models/quotelistmodel.h"
#include "models/releaselistmodel.h"
#include "storage/store.h"

#include <QAbstractItemModelTester>
#include <QColor>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

#include <memory>

using namespace pressdesk;

namespace {

constexpr auto Checked = QAbstractItemModelTester::FailureReportingMode::QtTest;

QString text(const QAbstractItemModel &model, int row, int column, int role = Qt::DisplayRole)
{
    return model.data(model.index(row, column), role).toString();
}

QStringList columnTexts(const QAbstractItemModel &model, int column)
{
    QStringList texts;
    for (int row = 0; row < model.rowCount(); ++row)
        texts.append(text(model, row, column));
    return texts;
}

// The first row whose cell in column shows exactly this text, or -1.
int rowWithText(const QAbstractItemModel &model, int column, const QString &wanted)
{
    return int(columnTexts(model, column).indexOf(wanted));
}

RecordId idOfRow(const QAbstractItemModel &model, int row)
{
    return model.data(model.index(row, 0), RecordTableModel::IdRole).toLongLong();
}

} // namespace

class TestListModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void milestoneRows();
    void milestoneDecorationAndToolTip();
    void milestoneIds();
    void milestoneReloadsOnInsertUpdateRemove();
    void milestoneReloadsOnCategoryRename();
    void quoteRows();
    void quoteReloadsOnQuoteAndSpeakerChanges();
    void quoteFilterByTextSpeakerStateAndTopic();
    void releaseRows();
    void releaseRowFollowsUpdatesListFollowsRemoval();
    void unrelatedChangesDoNotReload();
    void failedChangeDoesNotReload();
    void emptyStore();
    void unreadableStoreSaysSo();

private:
    std::unique_ptr<Store> m_store;
};

void TestListModels::initTestCase()
{
    // Display strings ("5 December 2014", "12/7/2020") depend on the default locale.
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestListModels::init()
{
    Result<std::unique_ptr<Store>> opened = Store::openInMemory();
    QVERIFY2(opened.ok(), qPrintable(opened.errorMessage()));
    m_store = std::move(*opened);
    const Result<void> populated = DemoDatabase::populate(*m_store);
    QVERIFY2(populated.ok(), qPrintable(populated.errorMessage()));
}

void TestListModels::cleanup()
{
    m_store.reset();
}

void TestListModels::milestoneRows()
{
    MilestoneListModel model(m_store.get());
    QAbstractItemModelTester tester(&model, Checked);

    QCOMPARE(model.rowCount(), 21);
    QCOMPARE(model.columnCount(), 4);
    QCOMPARE(model.headerData(MilestoneListModel::DateColumn, Qt::Horizontal).toString(),
             QStringLiteral("Date"));
    QCOMPARE(model.headerData(MilestoneListModel::TitleColumn, Qt::Horizontal).toString(),
             QStringLiteral("Title"));

    // Chronological: the last Zafira of 5 December 2014 comes first, the 2020 decisions last.
    QCOMPARE(text(model, 0, MilestoneListModel::DateColumn), QStringLiteral("5 December 2014"));
    QCOMPARE(text(model, 0, MilestoneListModel::TitleColumn),
             QStringLiteral("Der letzte Zafira rollt vom Band"));
    QCOMPARE(text(model, 0, MilestoneListModel::CategoryColumn), QStringLiteral("Strukturwandel"));
    QCOMPARE(text(model, 0, MilestoneListModel::StatusColumn), QStringLiteral("Approved"));
    QCOMPARE(text(model, 1, MilestoneListModel::DateColumn), QStringLiteral("2015"));
    QCOMPARE(text(model, 20, MilestoneListModel::DateColumn), QStringLiteral("2020"));
    QCOMPARE(text(model, 20, MilestoneListModel::TitleColumn),
             QStringLiteral("Haus des Wissens ist beschlossen"));

    // The Bochum Strategie is an era from 2016 to 2020.
    const int strategy =
        rowWithText(model, MilestoneListModel::TitleColumn, QStringLiteral("Bochum Strategie"));
    QVERIFY(strategy >= 0);
    QCOMPARE(text(model, strategy, MilestoneListModel::DateColumn), QStringLiteral("2016 – 2020"));
    QCOMPARE(text(model, strategy, MilestoneListModel::CategoryColumn), QStringLiteral("Programme"));
    QCOMPARE(columnTexts(model, MilestoneListModel::DateColumn).count(QStringLiteral("2020")), 6);

    // Sorting a view by date must keep the chronology: the sort key of a day sorts before the next year.
    QVERIFY(
        model.data(model.index(0, MilestoneListModel::DateColumn), RecordTableModel::SortRole).toString() <
        model.data(model.index(1, MilestoneListModel::DateColumn), RecordTableModel::SortRole).toString());
}

void TestListModels::milestoneDecorationAndToolTip()
{
    MilestoneListModel model(m_store.get());
    QAbstractItemModelTester tester(&model, Checked);

    const QVariant colour =
        model.data(model.index(0, MilestoneListModel::CategoryColumn), Qt::DecorationRole);
    QVERIFY(colour.canConvert<QColor>());
    QCOMPARE(colour.value<QColor>(), QColor(0xb4, 0x46, 0x2d));
    QVERIFY(!model.data(model.index(0, MilestoneListModel::TitleColumn), Qt::DecorationRole).isValid());
    QVERIFY(text(model, 0, MilestoneListModel::TitleColumn, Qt::ToolTipRole)
                .startsWith(QStringLiteral("Ende der Autoproduktion im Opel-Werk Bochum.")));
    // "DHL kommt" has no description, so no tooltip.
    const int dhl = rowWithText(model, MilestoneListModel::TitleColumn, QStringLiteral("DHL kommt"));
    QVERIFY(dhl >= 0);
    QVERIFY(!model.data(model.index(dhl, MilestoneListModel::TitleColumn), Qt::ToolTipRole).isValid());
}

void TestListModels::milestoneIds()
{
    MilestoneListModel model(m_store.get());
    QAbstractItemModelTester tester(&model, Checked);

    const Result<QList<Milestone>> stored = m_store->milestones().all();
    QVERIFY(stored.ok());
    QCOMPARE(stored->size(), 21);
    QSet<RecordId> seen;
    for (const Milestone &milestone : *stored) {
        const int row = rowWithText(model, MilestoneListModel::TitleColumn, milestone.title);
        QVERIFY2(row >= 0, qPrintable(milestone.title));
        QCOMPARE(idOfRow(model, row), milestone.meta.id);
        // Every column of the row names the same record.
        QCOMPARE(model.data(model.index(row, MilestoneListModel::StatusColumn), RecordTableModel::IdRole)
                     .toLongLong(),
                 milestone.meta.id);
        QCOMPARE(model.idAt(row), milestone.meta.id);
        QCOMPARE(model.rowOf(milestone.meta.id), row);
        QCOMPARE(model.milestoneAt(row).title, milestone.title);
        seen.insert(milestone.meta.id);
    }
    QCOMPARE(seen.size(), 21);
    QCOMPARE(model.idAt(-1), RecordId(0));
    QCOMPARE(model.idAt(21), RecordId(0));
    QCOMPARE(model.rowOf(9999), -1);
}

// Milestones change in place (insert, dataChanged, remove), so that one edit among 100,000 milestones
// does not reset every view; a proxy sorts them.
void TestListModels::milestoneReloadsOnInsertUpdateRemove()
{
    MilestoneListModel model(m_store.get());
    QAbstractItemModelTester tester(&model, Checked);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserts(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy removals(&model, &QAbstractItemModel::rowsRemoved);

    Milestone added;
    added.start = PartialDate::fromYmd(2021, 3, 1);
    added.title = QStringLiteral("Gründerzentrum eröffnet");
    Result<Milestone> inserted = m_store->milestones().insert(added);
    QVERIFY2(inserted.ok(), qPrintable(inserted.errorMessage()));
    QCOMPARE(inserts.size(), 1);
    QCOMPARE(inserts.first().at(1).toInt(), 21);
    QCOMPARE(model.rowCount(), 22);
    QCOMPARE(text(model, 21, MilestoneListModel::DateColumn), QStringLiteral("1 March 2021"));
    QCOMPARE(text(model, 21, MilestoneListModel::TitleColumn), QStringLiteral("Gründerzentrum eröffnet"));
    QCOMPARE(text(model, 21, MilestoneListModel::CategoryColumn), QString());
    QCOMPARE(text(model, 21, MilestoneListModel::StatusColumn), QStringLiteral("Draft"));
    QCOMPARE(idOfRow(model, 21), inserted->meta.id);

    Milestone changed = *inserted;
    changed.title = QStringLiteral("Gründerzentrum Worldfactory eröffnet");
    changed.start = PartialDate::fromYearMonth(2014, 1);
    changed.status = MilestoneStatus::Approved;
    Result<Milestone> updated = m_store->milestones().update(changed);
    QVERIFY2(updated.ok(), qPrintable(updated.errorMessage()));
    QCOMPARE(changes.size(), 1);
    QCOMPARE(changes.first().at(0).toModelIndex().row(), 21);
    QCOMPARE(model.rowCount(), 22);
    // The row stays where it is, with its new wording; sorting is the proxy's job.
    QCOMPARE(text(model, 21, MilestoneListModel::DateColumn), QStringLiteral("January 2014"));
    QCOMPARE(text(model, 21, MilestoneListModel::TitleColumn),
             QStringLiteral("Gründerzentrum Worldfactory eröffnet"));
    QCOMPARE(text(model, 21, MilestoneListModel::StatusColumn), QStringLiteral("Approved"));
    QCOMPARE(model.data(model.index(21, 0), MilestoneListModel::SortRole).toString(),
             QStringLiteral("2014-01-012"));
    QCOMPARE(rowWithText(model, MilestoneListModel::TitleColumn, QStringLiteral("Gründerzentrum eröffnet")),
             -1);

    const Result<void> removed = m_store->milestones().remove(updated->meta.id, updated->meta.revision);
    QVERIFY2(removed.ok(), qPrintable(removed.errorMessage()));
    QCOMPARE(removals.size(), 1);
    QCOMPARE(model.rowCount(), 21);
    QCOMPARE(model.rowOf(inserted->meta.id), -1);
    QCOMPARE(text(model, 0, MilestoneListModel::TitleColumn),
             QStringLiteral("Der letzte Zafira rollt vom Band"));
    QCOMPARE(resets.size(), 0);
}

void TestListModels::milestoneReloadsOnCategoryRename()
{
    MilestoneListModel model(m_store.get());
    QAbstractItemModelTester tester(&model, Checked);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);

    Result<Category> category = m_store->categories().findByName(QStringLiteral("Strukturwandel"));
    QVERIFY2(category.ok(), qPrintable(category.errorMessage()));
    category->name = QStringLiteral("Wandel");
    category->colour = QStringLiteral("#000080");
    QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
    const Result<Category> updated = m_store->categories().update(*category);
    QVERIFY2(updated.ok(), qPrintable(updated.errorMessage()));

    QCOMPARE(resets.size(), 0);
    QCOMPARE(changes.size(), 1); // every row shows category names: one change over all rows
    QCOMPARE(changes.first().at(0).toModelIndex().row(), 0);
    QCOMPARE(changes.first().at(1).toModelIndex().row(), 20);
    QCOMPARE(model.rowCount(), 21);
    QCOMPARE(text(model, 0, MilestoneListModel::CategoryColumn), QStringLiteral("Wandel"));
    QCOMPARE(
        model.data(model.index(0, MilestoneListModel::CategoryColumn), Qt::DecorationRole).value<QColor>(),
        QColor(0, 0, 0x80));
    QCOMPARE(columnTexts(model, MilestoneListModel::CategoryColumn).count(QStringLiteral("Strukturwandel")),
             0);
    QCOMPARE(columnTexts(model, MilestoneListModel::CategoryColumn).count(QStringLiteral("Wandel")), 2);
}

void TestListModels::quoteRows()
{
    QuoteListModel model(m_store.get());
    QAbstractItemModelTester tester(&model, Checked);

    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.columnCount(), 4);
    QCOMPARE(model.wideColumn(), int(QuoteListModel::TextColumn));
    QCOMPARE(model.headerData(QuoteListModel::SpeakerColumn, Qt::Horizontal).toString(),
             QStringLiteral("Speaker"));
    for (int row = 0; row < 2; ++row) {
        QCOMPARE(text(model, row, QuoteListModel::SpeakerColumn),
                 QStringLiteral("Thomas Eiskirch, Oberbürgermeister"));
        QCOMPARE(text(model, row, QuoteListModel::DateColumn), QStringLiteral("2020"));
        QCOMPARE(text(model, row, QuoteListModel::StateColumn), QStringLiteral("Authorised"));
    }
    // Shown in German quotation marks; the tooltip has the plain wording.
    const QStringList wordings = columnTexts(model, QuoteListModel::TextColumn);
    const int reise =
        int(wordings.indexOf(QRegularExpression(QStringLiteral("^„Es scheint nun klar, .*“$"))));
    const int stolz = int(wordings.indexOf(QRegularExpression(QStringLiteral("^„Wir sind natürlich .*“$"))));
    QVERIFY2(reise >= 0 && stolz >= 0, qPrintable(wordings.join(QLatin1Char('\n'))));
    QVERIFY(text(model, reise, QuoteListModel::TextColumn, Qt::ToolTipRole)
                .startsWith(QStringLiteral("Es scheint nun klar, wohin die Reise geht")));

    const Result<QList<Quote>> stored = m_store->quotes().all();
    QVERIFY(stored.ok());
    for (const Quote &quote : *stored) {
        const int row = model.rowOf(quote.meta.id);
        QVERIFY(row >= 0);
        QCOMPARE(idOfRow(model, row), quote.meta.id);
        QCOMPARE(text(model, row, QuoteListModel::TextColumn, Qt::ToolTipRole), quote.text);
    }
}

void TestListModels::quoteReloadsOnQuoteAndSpeakerChanges()
{
    QuoteListModel model(m_store.get());
    QAbstractItemModelTester tester(&model, Checked);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);

    Result<QList<Contact>> contacts = m_store->contacts().all();
    QVERIFY(contacts.ok());
    auto findContact = [&](const QString &familyName) {
        for (const Contact &contact : *contacts) {
            if (contact.familyName == familyName)
                return contact;
        }
        return Contact();
    };
    const Contact sommerfeld = findContact(QStringLiteral("Sommerfeld"));
    QVERIFY(sommerfeld.meta.id != 0);

    Quote quote;
    quote.text = QStringLiteral("Die Pressestelle ist   rund um die Uhr erreichbar.");
    quote.speakerId = sommerfeld.meta.id;
    quote.speakerRole = QStringLiteral("Pressesprecherin");
    quote.saidOn = PartialDate::fromYearMonth(2021, 5);
    Result<Quote> inserted = m_store->quotes().insert(quote);
    QVERIFY2(inserted.ok(), qPrintable(inserted.errorMessage()));
    QCOMPARE(resets.size(), 1);
    QCOMPARE(model.rowCount(), 3);
    // Newest first; the wording is shown simplified.
    QCOMPARE(model.rowOf(inserted->meta.id), 0);
    QCOMPARE(text(model, 0, QuoteListModel::TextColumn),
             QStringLiteral("„Die Pressestelle ist rund um die Uhr erreichbar.“"));
    QCOMPARE(text(model, 0, QuoteListModel::SpeakerColumn),
             QStringLiteral("Julia Sommerfeld, Pressesprecherin"));
    QCOMPARE(text(model, 0, QuoteListModel::DateColumn), QStringLiteral("May 2021"));
    QCOMPARE(text(model, 0, QuoteListModel::StateColumn), QStringLiteral("Draft"));

    // A speaker's new name reaches the quote register.
    Contact renamed = findContact(QStringLiteral("Eiskirch"));
    QVERIFY(renamed.meta.id != 0);
    renamed.givenName = QStringLiteral("Tom");
    const Result<Contact> updatedContact = m_store->contacts().update(renamed);
    QVERIFY2(updatedContact.ok(), qPrintable(updatedContact.errorMessage()));
    QCOMPARE(resets.size(), 2);
    QCOMPARE(columnTexts(model, QuoteListModel::SpeakerColumn)
                 .count(QStringLiteral("Tom Eiskirch, Oberbürgermeister")),
             2);

    Quote changed = *inserted;
    changed.speakerRole.clear();
    const Result<Quote> updated = m_store->quotes().update(changed);
    QVERIFY2(updated.ok(), qPrintable(updated.errorMessage()));
    QCOMPARE(resets.size(), 3);
    // Without a role only the name is shown.
    QCOMPARE(text(model, model.rowOf(inserted->meta.id), QuoteListModel::SpeakerColumn),
             QStringLiteral("Julia Sommerfeld"));

    const Result<void> removed = m_store->quotes().remove(updated->meta.id, updated->meta.revision);
    QVERIFY2(removed.ok(), qPrintable(removed.errorMessage()));
    QCOMPARE(resets.size(), 4);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.rowOf(inserted->meta.id), -1);
}

// The register's filter over the quote list, under the tester while filters and the store change.
void TestListModels::quoteFilterByTextSpeakerStateAndTopic()
{
    QuoteListModel quotes(m_store.get());
    QuoteFilterModel filter;
    filter.setSourceModel(&quotes);
    QAbstractItemModelTester sourceTester(&quotes, Checked);
    QAbstractItemModelTester tester(&filter, Checked);
    QCOMPARE(filter.rowCount(), 2);

    Result<QList<Contact>> contacts = m_store->contacts().all();
    QVERIFY(contacts.ok());
    RecordId sommerfeld = 0;
    for (const Contact &contact : *contacts) {
        if (contact.familyName == QLatin1String("Sommerfeld"))
            sommerfeld = contact.meta.id;
    }
    QVERIFY(sommerfeld != 0);
    Quote draft;
    draft.text = QStringLiteral("Die Müllabfuhr kommt künftig auch samstags.");
    draft.speakerId = sommerfeld;
    draft.speakerRole = QStringLiteral("Pressesprecherin");
    draft.saidOn = PartialDate::fromYear(2021);
    draft.topics = {QStringLiteral("Abfall")};
    const Result<Quote> stored = m_store->quotes().insert(draft);
    QVERIFY2(stored.ok(), qPrintable(stored.errorMessage()));
    QCOMPARE(filter.rowCount(), 3);

    // Typed words ignore case and accents: "mull" and "MÜLL" find "Müllabfuhr".
    filter.setText(QStringLiteral("mull samstags"));
    QCOMPARE(filter.rowCount(), 1);
    filter.setText(QStringLiteral("MÜLL"));
    QCOMPARE(filter.rowCount(), 1);
    filter.setText(QStringLiteral("Reise"));
    QCOMPARE(filter.rowCount(), 1);
    filter.setText(QString());

    filter.setSpeakerId(sommerfeld);
    QCOMPARE(filter.rowCount(), 1);
    filter.setSpeakerId(0);
    filter.setState(AuthorisationState::Authorised);
    QCOMPARE(filter.rowCount(), 2);
    filter.setState(AuthorisationState::Draft);
    QCOMPARE(filter.rowCount(), 1);
    filter.setTopic(QStringLiteral("Abfall"));
    QCOMPARE(filter.rowCount(), 1);
    filter.setState(std::nullopt);
    filter.setTopic(QStringLiteral("Strukturwandel"));
    QCOMPARE(filter.rowCount(), 1); // only one of the two demo quotes is about it

    // A change in the store while filtered: the removed quote leaves, the rest stays filtered.
    filter.setTopic(QString());
    filter.setText(QStringLiteral("müll"));
    QVERIFY(m_store->quotes().remove(stored->meta.id, stored->meta.revision).ok());
    QCOMPARE(filter.rowCount(), 0);
    filter.setText(QString());
    QCOMPARE(filter.rowCount(), 2);
}

void TestListModels::releaseRows()
{
    ReleaseListModel model(m_store.get());
    QAbstractItemModelTester tester(&model, Checked);

    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.columnCount(), 4);
    QCOMPARE(model.headerData(ReleaseListModel::HeadlineColumn, Qt::Horizontal).toString(),
             QStringLiteral("Headline"));
    QCOMPARE(text(model, 0, ReleaseListModel::DateColumn), QStringLiteral("12/7/2020"));
    QCOMPARE(text(model, 0, ReleaseListModel::HeadlineColumn),
             QStringLiteral("Vom letzten Zafira zum Haus des Wissens"));
    QCOMPARE(text(model, 0, ReleaseListModel::StateColumn), QStringLiteral("Published"));
    QCOMPARE(text(model, 0, ReleaseListModel::EmbargoColumn), QString());
    QVERIFY(text(model, 0, ReleaseListModel::HeadlineColumn, Qt::ToolTipRole)
                .startsWith(QStringLiteral("Sechs Jahre nach dem Ende der Autoproduktion")));
    QCOMPARE(model.data(model.index(0, ReleaseListModel::DateColumn), RecordTableModel::SortRole).toDate(),
             QDate(2020, 12, 7));

    const Result<QList<PressRelease>> stored = m_store->releases().all();
    QVERIFY(stored.ok());
    QCOMPARE(stored->size(), 1);
    QCOMPARE(idOfRow(model, 0), stored->first().meta.id);
    QCOMPARE(model.releaseAt(0).headline, stored->first().headline);
}

void TestListModels::releaseRowFollowsUpdatesListFollowsRemoval()
{
    ReleaseListModel model(m_store.get());
    QAbstractItemModelTester tester(&model, Checked);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);

    PressRelease release;
    release.headline = QStringLiteral("Haus des Wissens: Baubeginn");
    release.place = QStringLiteral("Bochum");
    release.releaseDate = QDate(2021, 6, 1);
    release.embargoUntil = QDateTime(QDate(2021, 6, 1), QTime(8, 0), Qt::UTC);
    Result<PressRelease> inserted = m_store->releases().insert(release);
    QVERIFY2(inserted.ok(), qPrintable(inserted.errorMessage()));
    QCOMPARE(resets.size(), 1);
    QCOMPARE(model.rowCount(), 2);
    // Newest first.
    QCOMPARE(text(model, 0, ReleaseListModel::HeadlineColumn), QStringLiteral("Haus des Wissens: Baubeginn"));
    QCOMPARE(text(model, 0, ReleaseListModel::DateColumn), QStringLiteral("6/1/2021"));
    QCOMPARE(text(model, 0, ReleaseListModel::StateColumn), QStringLiteral("Draft"));
    QVERIFY(!text(model, 0, ReleaseListModel::EmbargoColumn).isEmpty());
    QCOMPARE(idOfRow(model, 0), inserted->meta.id);

    PressRelease changed = *inserted;
    changed.headline = QStringLiteral("Haus des Wissens: Der Bau beginnt");
    changed.state = ReleaseState::Approved;
    QSignalSpy rowChanges(&model, &QAbstractItemModel::dataChanged);
    const Result<PressRelease> updated = m_store->releases().update(changed);
    QVERIFY2(updated.ok(), qPrintable(updated.errorMessage()));
    // A save changes its own row; the list is not read again (an autosave every few seconds).
    QCOMPARE(resets.size(), 1);
    QCOMPARE(rowChanges.size(), 1);
    QCOMPARE(rowChanges.first().at(0).toModelIndex().row(), 0);
    QCOMPARE(text(model, 0, ReleaseListModel::HeadlineColumn),
             QStringLiteral("Haus des Wissens: Der Bau beginnt"));
    QCOMPARE(text(model, 0, ReleaseListModel::StateColumn), QStringLiteral("Approved"));

    const Result<void> removed = m_store->releases().remove(updated->meta.id, updated->meta.revision);
    QVERIFY2(removed.ok(), qPrintable(removed.errorMessage()));
    QCOMPARE(resets.size(), 2);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(text(model, 0, ReleaseListModel::HeadlineColumn),
             QStringLiteral("Vom letzten Zafira zum Haus des Wissens"));
}

void TestListModels::unrelatedChangesDoNotReload()
{
    MilestoneListModel milestones(m_store.get());
    QuoteListModel quotes(m_store.get());
    ContactTableModel contacts(m_store.get());
    ReleaseListModel releases(m_store.get());
    QSignalSpy milestoneResets(&milestones, &QAbstractItemModel::modelReset);
    QSignalSpy milestoneInserts(&milestones, &QAbstractItemModel::rowsInserted);
    QSignalSpy quoteResets(&quotes, &QAbstractItemModel::modelReset);
    QSignalSpy contactResets(&contacts, &QAbstractItemModel::modelReset);
    QSignalSpy releaseResets(&releases, &QAbstractItemModel::modelReset);

    Milestone milestone;
    milestone.start = PartialDate::fromYear(2021);
    milestone.title = QStringLiteral("Nur ein Meilenstein");
    QVERIFY(m_store->milestones().insert(milestone).ok());
    QCOMPARE(milestoneInserts.size(), 1);
    QCOMPARE(milestoneResets.size(), 0);
    QCOMPARE(quoteResets.size(), 0);
    QCOMPARE(contactResets.size(), 0);
    QCOMPARE(releaseResets.size(), 0);

    Organisation organisation;
    organisation.name = QStringLiteral("Ruhr-Universität Bochum");
    QVERIFY(m_store->organisations().insert(organisation).ok());
    QCOMPARE(milestoneResets.size(), 0);
    QCOMPARE(quoteResets.size(), 0);
    QCOMPARE(contactResets.size(), 1);
    QCOMPARE(releaseResets.size(), 0);
}

void TestListModels::failedChangeDoesNotReload()
{
    MilestoneListModel model(m_store.get());
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    Milestone invalid;
    invalid.title = QStringLiteral("Ohne Datum");
    QVERIFY(!m_store->milestones().insert(invalid).ok());
    Result<QList<Milestone>> stored = m_store->milestones().all();
    QVERIFY(stored.ok());
    // A stale revision is a conflict: nothing changed, nothing to reload.
    Milestone stale = stored->first();
    stale.meta.revision += 7;
    stale.title = QStringLiteral("Nie gespeichert");
    QVERIFY(!m_store->milestones().update(stale).ok());
    QCOMPARE(resets.size(), 0);
    QCOMPARE(model.rowCount(), 21);
    QCOMPARE(text(model, 0, MilestoneListModel::TitleColumn),
             QStringLiteral("Der letzte Zafira rollt vom Band"));
}

void TestListModels::emptyStore()
{
    Result<std::unique_ptr<Store>> opened = Store::openInMemory();
    QVERIFY2(opened.ok(), qPrintable(opened.errorMessage()));
    Store &empty = **opened;

    MilestoneListModel milestones(&empty);
    QuoteListModel quotes(&empty);
    ContactTableModel contacts(&empty);
    ReleaseListModel releases(&empty);
    QAbstractItemModelTester milestoneTester(&milestones, Checked);
    QAbstractItemModelTester quoteTester(&quotes, Checked);
    QAbstractItemModelTester contactTester(&contacts, Checked);
    QAbstractItemModelTester releaseTester(&releases, Checked);

    QCOMPARE(milestones.rowCount(), 0);
    QCOMPARE(quotes.rowCount(), 0);
    QCOMPARE(contacts.rowCount(), 0);
    QCOMPARE(releases.rowCount(), 0);
    // The headers are there even without rows, for the empty view.
    QCOMPARE(milestones.columnCount(), 4);
    QCOMPARE(contacts.columnCount(), int(ContactTableModel::ColumnCount));
    QCOMPARE(milestones.idAt(0), RecordId(0));
    QVERIFY(!milestones.index(0, 0).isValid());
    QVERIFY(milestones.reload().ok());

    // The first record appears in the model that shows it.
    Milestone first;
    first.start = PartialDate::fromYear(2022);
    first.title = QStringLiteral("Der erste Eintrag");
    QVERIFY(empty.milestones().insert(first).ok());
    QCOMPARE(milestones.rowCount(), 1);
    QCOMPARE(text(milestones, 0, MilestoneListModel::TitleColumn), QStringLiteral("Der erste Eintrag"));
    QCOMPARE(quotes.rowCount(), 0);

    // A model without a store is empty and stays valid.
    MilestoneListModel detached(nullptr);
    QAbstractItemModelTester detachedTester(&detached, Checked);
    QCOMPARE(detached.rowCount(), 0);
    QVERIFY(detached.reload().ok());
}

// A store that cannot be read gives an empty list and says why, both to the caller of reload() and to
// whoever listens (the page puts it in the status bar); no error string that is empty on success.
void TestListModels::unreadableStoreSaysSo()
{
    ReleaseListModel releases(m_store.get());
    QVERIFY(releases.rowCount() > 0);
    QSignalSpy failed(&releases, &RecordTableModel::loadFailed);
    QSqlQuery query(m_store->database().connection());
    QVERIFY(query.exec(QStringLiteral("ALTER TABLE press_release RENAME TO press_release_gone")));
    const Result<void> reloaded = releases.reload();
    QVERIFY(!reloaded);
    QVERIFY(!reloaded.errorMessage().isEmpty());
    QCOMPARE(releases.rowCount(), 0);
    QCOMPARE(failed.count(), 1);
    QCOMPARE(failed.first().first().toString(), reloaded.errorMessage());
    QVERIFY(query.exec(QStringLiteral("ALTER TABLE press_release_gone RENAME TO press_release")));
    QVERIFY(releases.reload().ok());
    QVERIFY(releases.rowCount() > 0);
    QCOMPARE(failed.count(), 1);
}

QTEST_GUILESS_MAIN(TestListModels)
#include "tst_listmodels.moc"
