#include "models/contacttablemodel.h"
#include "storage/store.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace pressdesk;

// ContactTableModel under QAbstractItemModelTester: lazy pages, filters, reloads on store changes.
class TestContactTableModel : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Store> m_store;
    RecordId m_stadt = 0;

    Result<Contact> addContact(const QString &given, const QString &family, RecordId organisation = 0,
                               bool available = false)
    {
        Contact contact;
        contact.givenName = given;
        contact.familyName = family;
        contact.organisationId = organisation;
        contact.availableForPress = available;
        return m_store->contacts().insert(contact);
    }

    // 400 contacts "Person 000" … "Person 399" with family names that sort in that order; every
    // fourth one available, every tenth at the city.
    void addMany()
    {
        const Result<void> done = m_store->transaction([&]() -> Result<void> {
            for (int i = 0; i < 400; ++i) {
                Result<Contact> added = addContact(QStringLiteral("Person"),
                                                   QStringLiteral("Name%1").arg(i, 3, 10, QLatin1Char('0')),
                                                   i % 10 == 0 ? m_stadt : 0, i % 4 == 0);
                if (!added)
                    return added.error();
            }
            return {};
        });
        QVERIFY2(done.ok(), qPrintable(done.errorMessage()));
    }

    static QStringList shownNames(const ContactTableModel &model)
    {
        QStringList names;
        for (int row = 0; row < model.rowCount(); ++row)
            names.append(model.index(row, ContactTableModel::NameColumn).data().toString());
        return names;
    }

private Q_SLOTS:
    void init()
    {
        auto opened = Store::openInMemory();
        QVERIFY2(opened.ok(), qPrintable(opened.errorMessage()));
        m_store = std::move(*opened);
        Organisation stadt;
        stadt.name = QStringLiteral("Stadt Bochum");
        m_stadt = m_store->organisations().insert(stadt)->meta.id;
    }

    void columnsAndCells()
    {
        Contact julia;
        julia.honorific = QStringLiteral("Dr.");
        julia.givenName = QStringLiteral("Julia");
        julia.familyName = QStringLiteral("Sommerfeld");
        julia.role = QStringLiteral("Pressesprecherin");
        julia.organisationId = m_stadt;
        julia.pressTopics = {QStringLiteral("Haushalt"), QStringLiteral("Kultur")};
        julia.availableForPress = true;
        julia.channels = {{0, ChannelKind::Email, QStringLiteral("presse@bochum.de"), {}, true}};
        const RecordId id = m_store->contacts().insert(julia)->meta.id;
        QVERIFY(addContact(QStringLiteral("Jörg"), QStringLiteral("Weiß")).ok());

        ContactTableModel model(m_store.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), int(ContactTableModel::ColumnCount));
        QCOMPARE(model.totalCount(), 2);
        QCOMPARE(model.headerData(ContactTableModel::NameColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Name"));
        QCOMPARE(model.headerData(ContactTableModel::EmailColumn, Qt::Horizontal).toString(),
                 QStringLiteral("E-mail"));
        QCOMPARE(model.headerData(ContactTableModel::AvailableColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Press enquiries"));
        const auto cell = [&](int column) { return model.index(0, column).data().toString(); };
        QCOMPARE(cell(ContactTableModel::NameColumn), QStringLiteral("Dr. Julia Sommerfeld"));
        QCOMPARE(cell(ContactTableModel::RoleColumn), QStringLiteral("Pressesprecherin"));
        QCOMPARE(cell(ContactTableModel::OrganisationColumn), QStringLiteral("Stadt Bochum"));
        QCOMPARE(cell(ContactTableModel::TopicsColumn), QStringLiteral("Haushalt, Kultur"));
        QCOMPARE(cell(ContactTableModel::EmailColumn), QStringLiteral("presse@bochum.de"));
        QCOMPARE(cell(ContactTableModel::AvailableColumn), QStringLiteral("Available"));
        QCOMPARE(model.index(1, ContactTableModel::AvailableColumn).data().toString(), QString());
        QCOMPARE(model.index(0, 0).data(ContactTableModel::IdRole).toLongLong(), id);
        QCOMPARE(model.idAt(0), id);
        QCOMPARE(model.idAt(2), RecordId(0));
        QCOMPARE(model.idAt(-1), RecordId(0));
        QCOMPARE(model.summaryAt(0).familyName, QStringLiteral("Sommerfeld"));
        QCOMPARE(model.summaryAt(7).id, RecordId(0));
        QCOMPARE(model.rowOf(id), 0);
        QCOMPARE(model.rowOf(12345), -1);
        QVERIFY(!model.canFetchMore({}));
    }

    void fetchesPagesLazily()
    {
        addMany();
        ContactTableModel model(m_store.get());
        // Alone, the model holds one page until asked for more.
        QCOMPARE(model.totalCount(), 400);
        QCOMPARE(model.rowCount(), ContactTableModel::PageSize);
        QVERIFY(model.canFetchMore({}));
        QVERIFY(!model.canFetchMore(model.index(0, 0)));
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 2 * ContactTableModel::PageSize);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(inserted.at(0).at(1).toInt(), ContactTableModel::PageSize);
        QCOMPARE(inserted.at(0).at(2).toInt(), 2 * ContactTableModel::PageSize - 1);

        // The tester fetches on its own as it checks; whatever it and we fetch stays consistent.
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        while (model.canFetchMore({}))
            model.fetchMore({});
        QCOMPARE(model.rowCount(), 400);
        model.fetchMore({}); // nothing left: harmless
        QCOMPARE(model.rowCount(), 400);
        // Name order across page boundaries, no gaps, no repeats.
        const QStringList names = shownNames(model);
        for (int row = 0; row < 400; ++row)
            QCOMPARE(names.at(row), QStringLiteral("Person Name%1").arg(row, 3, 10, QLatin1Char('0')));
        const RecordId last = model.idAt(399);
        QCOMPARE(model.rowOf(last), 399);
        QCOMPARE(model.summaryAt(399).familyName, QStringLiteral("Name399"));
    }

    void filterChangesReset()
    {
        addMany();
        QVERIFY(addContact(QStringLiteral("Hans"), QStringLiteral("Müller"), m_stadt, true).ok());
        ContactTableModel model(m_store.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

        ContactFilter filter;
        filter.text = QStringLiteral("müll");
        model.setFilter(filter);
        QCOMPARE(reset.count(), 1);
        QCOMPARE(model.filter(), filter);
        QCOMPARE(shownNames(model), QStringList{QStringLiteral("Hans Müller")});
        QCOMPARE(model.totalCount(), 1);
        QVERIFY(!model.canFetchMore({}));

        filter.text = QStringLiteral("muell"); // spelled out
        model.setFilter(filter);
        QCOMPARE(shownNames(model), QStringList{QStringLiteral("Hans Müller")});

        filter = {};
        filter.availableOnly = true;
        model.setFilter(filter);
        QCOMPARE(model.totalCount(), 101); // every fourth of 400, and Müller
        // A new filter reads what fills a screen; the view fetches the rest as it scrolls.
        QCOMPARE(model.rowCount(), ContactTableModel::FirstPageSize);
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 101);
        QVERIFY(!model.canFetchMore({}));

        filter.organisationId = m_stadt;
        model.setFilter(filter);
        QCOMPARE(model.totalCount(), 21); // 0, 20, 40, … 380 and Müller
        QCOMPARE(model.summaryAt(0).organisationName, QStringLiteral("Stadt Bochum"));

        filter = {};
        filter.text = QStringLiteral("name");
        model.setFilter(filter);
        QCOMPARE(model.totalCount(), 400);
        QCOMPARE(model.rowCount(), ContactTableModel::FirstPageSize);
        QCOMPARE(model.summaryAt(0).familyName, QStringLiteral("Name000"));
        model.fetchMore({});
        QCOMPARE(model.rowCount(), ContactTableModel::FirstPageSize + ContactTableModel::PageSize);
        QCOMPARE(model.summaryAt(ContactTableModel::FirstPageSize).familyName, QStringLiteral("Name060"));
        filter.text = QStringLiteral("\"!");
        model.setFilter(filter);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.totalCount(), 0);
        QVERIFY(!model.canFetchMore({}));
    }

    void storeChangesReloadKeepingTheFilter()
    {
        addMany();
        ContactTableModel model(m_store.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        ContactFilter filter;
        filter.organisationId = m_stadt;
        model.setFilter(filter);
        QCOMPARE(model.totalCount(), 40);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

        // A new contact at the city appears in its place by name.
        Result<Contact> added = addContact(QStringLiteral("Anna"), QStringLiteral("Aachen"), m_stadt);
        QVERIFY(added.ok());
        QCOMPARE(reset.count(), 1);
        QCOMPARE(model.filter(), filter);
        QCOMPARE(model.totalCount(), 41);
        QCOMPARE(model.rowOf(added->meta.id), 0);

        // One elsewhere changes the count of nothing shown, but the model reads again all the same.
        QVERIFY(addContact(QStringLiteral("Berta"), QStringLiteral("Aachen")).ok());
        QCOMPARE(model.totalCount(), 41);

        // An organisation rename shows in the rows.
        Organisation stadt = *m_store->organisations().find(m_stadt);
        stadt.name = QStringLiteral("Stadtverwaltung Bochum");
        QVERIFY(m_store->organisations().update(stadt).ok());
        QCOMPARE(model.summaryAt(0).organisationName, QStringLiteral("Stadtverwaltung Bochum"));

        // A delete.
        Contact anna = *m_store->contacts().find(added->meta.id);
        QVERIFY(m_store->contacts().remove(anna.meta.id, anna.meta.revision).ok());
        QCOMPARE(model.totalCount(), 40);
        QCOMPARE(model.rowOf(anna.meta.id), -1);

        // The rows already fetched are fetched again, so that a view keeps its place.
        model.setFilter({});
        model.fetchMore({});
        const int fetched = model.rowCount();
        QVERIFY(fetched > ContactTableModel::PageSize);
        QVERIFY(fetched <= 401);
        QVERIFY(addContact(QStringLiteral("Zora"), QStringLiteral("Zander")).ok());
        QCOMPARE(model.rowCount(), fetched);
        QCOMPARE(model.totalCount(), 402);
    }

    void otherKindsAndBurstsDoNotReloadInVain()
    {
        ContactTableModel model(m_store.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        // A milestone is not a contact.
        Milestone milestone;
        milestone.title = QStringLiteral("Opel schließt");
        milestone.start = PartialDate::fromYear(2014);
        QVERIFY(m_store->milestones().insert(milestone).ok());
        QCOMPARE(reset.count(), 0);
        // 400 contacts in one transaction are announced 400 times after the commit: one reload.
        addMany();
        QCOMPARE(reset.count(), 1);
        QCOMPARE(model.totalCount(), 400);
    }

    void cappedCountBecomesExact()
    {
        addMany();
        // First alone: the tester would fetch to the end (and so learn the count) on its own.
        ContactTableModel model(m_store.get());
        QSignalSpy counted(&model, &ContactTableModel::totalCountChanged);
        model.setCountCap(50);
        // While typing: a lower bound (here the first page, more than the cap), cheap at any size.
        QCOMPARE(model.totalCount(), ContactTableModel::PageSize);
        QVERIFY(!model.totalIsExact());
        QVERIFY(model.canFetchMore({}));
        // When typing pauses, the exact number.
        QTRY_VERIFY(model.totalIsExact());
        QCOMPARE(model.totalCount(), 400);
        QVERIFY(counted.count() >= 1);
        QCOMPARE(counted.last().at(0).toInt(), 400);

        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        // A filter under the cap is exact at once.
        ContactFilter filter;
        filter.organisationId = m_stadt;
        model.setFilter(filter);
        QVERIFY(model.totalIsExact());
        QCOMPARE(model.totalCount(), 40);

        // Fetching to the end before the exact count arrives also makes it exact.
        filter = {};
        filter.availableOnly = true; // 100
        model.setFilter(filter);
        QVERIFY(model.totalCount() >= 51);
        while (model.canFetchMore({}))
            model.fetchMore({});
        QVERIFY(model.totalIsExact());
        QCOMPARE(model.totalCount(), 100);
        QCOMPARE(model.rowCount(), 100);
    }

    void detachAndAttach()
    {
        QVERIFY(addContact(QStringLiteral("Hans"), QStringLiteral("Müller")).ok());
        ContactTableModel model(nullptr);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.canFetchMore({}));
        model.setStore(m_store.get());
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.store(), m_store.get());
        model.setStore(nullptr);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.totalCount(), 0);
        // Detached, the store's changes no longer reach the model.
        QVERIFY(addContact(QStringLiteral("Jörg"), QStringLiteral("Weiß")).ok());
        QCOMPARE(model.rowCount(), 0);
        // A store that goes away leaves an empty model, not a dangling one.
        model.setStore(m_store.get());
        QCOMPARE(model.rowCount(), 2);
        m_store.reset();
        QCOMPARE(model.store(), nullptr);
        model.reload();
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestContactTableModel)
#include "tst_contacttablemodel.moc"
