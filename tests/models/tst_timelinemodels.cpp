// The models behind the Timeline area, on a Store holding the Bochum demo material and each under
// QAbstractItemModelTester: the filter over the milestones (hidden categories, status, text and all of them
// together, kept current as the store changes) and the category list (its order, its check boxes, and the
// "No category" row).

#include "exchange/demodatabase.h"
#include "models/categorylistmodel.h"
#include "models/milestonelistmodel.h"
#include "models/timelinefiltermodel.h"
#include "storage/store.h"

#include <QAbstractItemModelTester>
#include <QColor>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace pressdesk;

namespace {

constexpr auto Checked = QAbstractItemModelTester::FailureReportingMode::QtTest;

const QStringList ansiedlungTitles = {QStringLiteral("DHL kommt"),
                                      QStringLiteral("Vonovia Zentrale entsteht in Bochum"),
                                      QStringLiteral("Bosch Etas Escrypt kommt"),
                                      QStringLiteral("Babymarkt kommt"),
                                      QStringLiteral("Max-Planck-Institut für Cybersecurity kommt"),
                                      QStringLiteral("Worldfactory Startup Center wird gefördert"),
                                      QStringLiteral("VW Infotainment baut aus"),
                                      QStringLiteral("Rethink Robotics kommt")};

// The titles a model shows, sorted so that the comparison does not depend on the row order.
QStringList titles(const QAbstractItemModel &model)
{
    QStringList shown;
    for (int row = 0; row < model.rowCount(); ++row)
        shown.append(model.index(row, MilestoneListModel::TitleColumn).data().toString());
    shown.sort();
    return shown;
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

} // namespace

class TestTimelineModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void filterShowsEverythingAtFirst();
    void hiddenCategories();
    void noCategoryIsIdZero();
    void statusFilter();
    void textFilter_data();
    void textFilter();
    void combinedFilters();
    void filterFollowsStoreChanges();
    void sortsByColumn();
    void categoryRows();
    void categoryRootFlags();
    void categoryCheckStateTogglesHiddenCategories();
    void categoryCheckStateDrivesFilter();
    void categoryOrderFollowsPositions();
    void deletedCategoryLeavesMilestonesUncategorised();

private:
    Milestone milestone(const QString &title) const;
    RecordId categoryId(const QString &name) const;
    int categoryRow(const QString &name) const;

    std::unique_ptr<Store> m_store;
    std::unique_ptr<MilestoneListModel> m_milestones;
    std::unique_ptr<TimelineFilterModel> m_filter;
    std::unique_ptr<CategoryListModel> m_categories;
    std::vector<std::unique_ptr<QAbstractItemModelTester>> m_testers;
};

void TestTimelineModels::init()
{
    Result<std::unique_ptr<Store>> store = Store::openInMemory();
    QVERIFY2(store.ok(), qPrintable(store.errorMessage()));
    m_store = std::move(*store);
    const Result<void> populated = DemoDatabase::populate(*m_store);
    QVERIFY2(populated.ok(), qPrintable(populated.errorMessage()));
    m_milestones = std::make_unique<MilestoneListModel>(m_store.get());
    m_filter = std::make_unique<TimelineFilterModel>();
    m_filter->setSourceModel(m_milestones.get());
    m_categories = std::make_unique<CategoryListModel>(m_store.get());
    for (QAbstractItemModel *model :
         std::initializer_list<QAbstractItemModel *>{m_milestones.get(), m_filter.get(), m_categories.get()})
        m_testers.push_back(std::make_unique<QAbstractItemModelTester>(model, Checked));
    QCOMPARE(m_milestones->rowCount(), 21);
}

void TestTimelineModels::cleanup()
{
    m_testers.clear();
    m_categories.reset();
    m_filter.reset();
    m_milestones.reset();
    m_store.reset();
}

Milestone TestTimelineModels::milestone(const QString &title) const
{
    for (int row = 0; row < m_milestones->rowCount(); ++row) {
        if (m_milestones->milestoneAt(row).title == title)
            return m_milestones->milestoneAt(row);
    }
    return {};
}

RecordId TestTimelineModels::categoryId(const QString &name) const
{
    Result<Category> found = m_store->categories().findByName(name);
    return found ? found->meta.id : -1;
}

int TestTimelineModels::categoryRow(const QString &name) const
{
    for (int row = 0; row < m_categories->rowCount(); ++row) {
        if (m_categories->index(row, 0).data().toString() == name)
            return row;
    }
    return -1;
}

void TestTimelineModels::filterShowsEverythingAtFirst()
{
    QCOMPARE(m_filter->rowCount(), 21);
    QCOMPARE(m_filter->columnCount(), 4);
    QVERIFY(m_filter->hiddenCategories().isEmpty());
    QVERIFY(m_filter->text().isEmpty());
    QCOMPARE(titles(*m_filter), titles(*m_milestones));
    // The roles the view reads pass through.
    const QModelIndex first = m_filter->index(0, 0);
    QVERIFY(first.data(MilestoneListModel::MilestoneRole).canConvert<Milestone>());
    QVERIFY(first.data(MilestoneListModel::CategoryColourRole).value<QColor>().isValid());
    QVERIFY(first.data(RecordTableModel::IdRole).toLongLong() > 0);
}

void TestTimelineModels::hiddenCategories()
{
    const RecordId ansiedlung = categoryId(QStringLiteral("Ansiedlung"));
    const RecordId programme = categoryId(QStringLiteral("Programme"));
    QVERIFY(ansiedlung > 0 && programme > 0);

    m_filter->setHiddenCategories({ansiedlung});
    QCOMPARE(m_filter->hiddenCategories(), QSet<RecordId>{ansiedlung});
    QCOMPARE(m_filter->rowCount(), 13);
    for (int row = 0; row < m_filter->rowCount(); ++row) {
        QVERIFY(m_filter->index(row, 0).data(MilestoneListModel::CategoryIdRole).toLongLong() != ansiedlung);
        QVERIFY(m_filter->index(row, MilestoneListModel::CategoryColumn).data().toString() !=
                QLatin1String("Ansiedlung"));
    }

    m_filter->setHiddenCategories({ansiedlung, programme});
    QCOMPARE(m_filter->rowCount(), 11);
    QVERIFY(!titles(*m_filter).contains(QStringLiteral("Bochum Strategie")));

    // Setting the same set again changes nothing and announces nothing.
    QSignalSpy removed(m_filter.get(), &QAbstractItemModel::rowsRemoved);
    QSignalSpy reset(m_filter.get(), &QAbstractItemModel::modelReset);
    m_filter->setHiddenCategories({programme, ansiedlung});
    QCOMPARE(removed.size(), 0);
    QCOMPARE(reset.size(), 0);

    m_filter->setHiddenCategories({});
    QCOMPARE(m_filter->rowCount(), 21);
}

void TestTimelineModels::noCategoryIsIdZero()
{
    Milestone loose;
    loose.start = PartialDate::fromYear(2021);
    loose.title = QStringLiteral("Ohne Kategorie");
    QVERIFY(m_store->milestones().insert(loose).ok());
    QCOMPARE(m_filter->rowCount(), 22);

    m_filter->setHiddenCategories({0});
    QCOMPARE(m_filter->rowCount(), 21);
    QVERIFY(!titles(*m_filter).contains(QStringLiteral("Ohne Kategorie")));

    m_filter->setHiddenCategories({0, categoryId(QStringLiteral("Ansiedlung"))});
    QCOMPARE(m_filter->rowCount(), 13);

    // Only "No category" shown: every real category hidden.
    QSet<RecordId> everyCategory;
    for (const Category &category : m_categories->categories())
        everyCategory.insert(category.meta.id);
    QCOMPARE(everyCategory.size(), 7);
    m_filter->setHiddenCategories(everyCategory);
    QCOMPARE(titles(*m_filter), QStringList{QStringLiteral("Ohne Kategorie")});
}

void TestTimelineModels::statusFilter()
{
    Milestone dhl = milestone(QStringLiteral("DHL kommt"));
    dhl.status = MilestoneStatus::Draft;
    QVERIFY(m_store->milestones().update(dhl).ok());

    m_filter->setStatusFilter(MilestoneStatus::Draft);
    QCOMPARE(titles(*m_filter), QStringList{QStringLiteral("DHL kommt")});
    QCOMPARE(m_filter->index(0, MilestoneListModel::StatusColumn).data().toString(), QStringLiteral("Draft"));
    m_filter->setStatusFilter(MilestoneStatus::Approved);
    QCOMPARE(m_filter->rowCount(), 20);
    QVERIFY(!titles(*m_filter).contains(QStringLiteral("DHL kommt")));
    m_filter->setStatusFilter(std::nullopt);
    QCOMPARE(m_filter->rowCount(), 21);
}

void TestTimelineModels::textFilter_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected");

    const QString zafira = QStringLiteral("Der letzte Zafira rollt vom Band");
    QTest::newRow("title") << QStringLiteral("zafira") << QStringList{zafira};
    QTest::newRow("title, upper case and padded")
        << QStringLiteral("  DHL ") << QStringList{QStringLiteral("DHL kommt")};
    QTest::newRow("description") << QStringLiteral("Medienlandschaft") << QStringList{zafira};
    QTest::newRow("description of an era")
        << QStringLiteral("projektorientiertes") << QStringList{QStringLiteral("Bochum Strategie")};
    QTest::newRow("category name") << QStringLiteral("ANSIEDLUNG") << ansiedlungTitles;
    QTest::newRow("category name, part") << QStringLiteral("arbeitsmarkt")
                                         << QStringList{QStringLiteral("Städtischer Haushalt ausgeglichen"),
                                                        QStringLiteral("Arbeitslosigkeit unter 9%")};
    QTest::newRow("date as shown") << QStringLiteral("5 December 2014") << QStringList{zafira};
    QTest::newRow("month name") << QStringLiteral("december") << QStringList{zafira};
    QTest::newRow("ISO date") << QStringLiteral("2014-12") << QStringList{zafira};
    QTest::newRow("range as shown") << QStringLiteral("2016 – 2020")
                                    << QStringList{QStringLiteral("Bochum Strategie")};
    QTest::newRow("year") << QStringLiteral("2017")
                          << QStringList{QStringLiteral("Bochum Strategie startet")};
    QTest::newRow("umlaut, upper case")
        << QStringLiteral("DIE FLÄCHE")
        << QStringList{QStringLiteral("Opel-Werk wird abgerissen, die Fläche aufbereitet")};
    QTest::newRow("nothing") << QStringLiteral("Zeppelin") << QStringList();
    QTest::newRow("internal notes are not searched")
        << QStringLiteral("Amt für Stadtplanung") << QStringList();
}

void TestTimelineModels::textFilter()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    m_filter->setText(text);
    QCOMPARE(m_filter->text(), text.trimmed());
    QCOMPARE(titles(*m_filter), sorted(expected));
    m_filter->setText(QString());
    QCOMPARE(m_filter->rowCount(), 21);
}

void TestTimelineModels::combinedFilters()
{
    const RecordId ansiedlung = categoryId(QStringLiteral("Ansiedlung"));
    m_filter->setText(QStringLiteral("kommt"));
    QCOMPARE(m_filter->rowCount(), 6);
    m_filter->setHiddenCategories({ansiedlung});
    QCOMPARE(titles(*m_filter), QStringList{QStringLiteral("Viktoria Karree kommt")});
    m_filter->setStatusFilter(MilestoneStatus::Draft);
    QCOMPARE(m_filter->rowCount(), 0);

    // The filters apply to changes as they come from the store.
    Milestone viktoria = milestone(QStringLiteral("Viktoria Karree kommt"));
    viktoria.status = MilestoneStatus::Draft;
    QVERIFY(m_store->milestones().update(viktoria).ok());
    QCOMPARE(titles(*m_filter), QStringList{QStringLiteral("Viktoria Karree kommt")});
    viktoria = milestone(QStringLiteral("Viktoria Karree kommt"));
    viktoria.title = QStringLiteral("Viktoria Karree eröffnet");
    QVERIFY(m_store->milestones().update(viktoria).ok());
    QCOMPARE(m_filter->rowCount(), 0);

    m_filter->setStatusFilter(std::nullopt);
    m_filter->setHiddenCategories({});
    QCOMPARE(m_filter->rowCount(), 5);
    m_filter->setText(QString());
    QCOMPARE(m_filter->rowCount(), 21);
}

void TestTimelineModels::filterFollowsStoreChanges()
{
    m_filter->setText(QStringLiteral("Stadtfest"));
    QCOMPARE(m_filter->rowCount(), 0);
    QSignalSpy inserted(m_filter.get(), &QAbstractItemModel::rowsInserted);
    Milestone fresh;
    fresh.start = PartialDate::fromYmd(2021, 6, 12);
    fresh.title = QStringLiteral("Stadtfest");
    Result<Milestone> stored = m_store->milestones().insert(fresh);
    QVERIFY(stored.ok());
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(titles(*m_filter), QStringList{QStringLiteral("Stadtfest")});
    QCOMPARE(m_filter->index(0, MilestoneListModel::DateColumn).data().toString(),
             QStringLiteral("12 June 2021"));

    QVERIFY(m_store->milestones().remove(stored->meta.id, stored->meta.revision).ok());
    QCOMPARE(m_filter->rowCount(), 0);
    QCOMPARE(m_milestones->rowCount(), 21);
}

void TestTimelineModels::sortsByColumn()
{
    m_filter->sort(MilestoneListModel::DateColumn, Qt::AscendingOrder);
    QCOMPARE(m_filter->index(0, MilestoneListModel::TitleColumn).data().toString(),
             QStringLiteral("Der letzte Zafira rollt vom Band"));
    QDate previous;
    for (int row = 0; row < m_filter->rowCount(); ++row) {
        const QDate first = m_filter->index(row, 0)
                                .data(MilestoneListModel::MilestoneRole)
                                .value<Milestone>()
                                .start.firstDay();
        QVERIFY2(!previous.isValid() || previous <= first, qPrintable(first.toString(Qt::ISODate)));
        previous = first;
    }
    m_filter->sort(MilestoneListModel::DateColumn, Qt::DescendingOrder);
    QCOMPARE(m_filter->index(m_filter->rowCount() - 1, MilestoneListModel::TitleColumn).data().toString(),
             QStringLiteral("Der letzte Zafira rollt vom Band"));

    // By category: in the user's order of categories, not by name ("Strukturwandel" comes first).
    m_filter->sort(MilestoneListModel::CategoryColumn, Qt::AscendingOrder);
    QCOMPARE(m_filter->index(0, MilestoneListModel::CategoryColumn).data().toString(),
             QStringLiteral("Strukturwandel"));
    QCOMPARE(m_filter->index(m_filter->rowCount() - 1, MilestoneListModel::CategoryColumn).data().toString(),
             QStringLiteral("Programme"));
}

void TestTimelineModels::categoryRows()
{
    const QStringList names = {
        QStringLiteral("Strukturwandel"),   QStringLiteral("Stadtmarketing"),
        QStringLiteral("Institutionen"),    QStringLiteral("Ansiedlung"),
        QStringLiteral("Stadtentwicklung"), QStringLiteral("Haushalt und Arbeitsmarkt"),
        QStringLiteral("Programme"),        QStringLiteral("No category")};
    QCOMPARE(m_categories->rowCount(), 8);
    QCOMPARE(m_categories->columnCount(), 1);
    QCOMPARE(m_categories->categories().size(), 7);
    for (int row = 0; row < m_categories->rowCount(); ++row) {
        const QModelIndex index = m_categories->index(row, 0);
        QCOMPARE(index.data().toString(), names.at(row));
        QCOMPARE(index.data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Checked);
        QVERIFY(index.flags() & Qt::ItemIsUserCheckable);
        QVERIFY(index.flags() & Qt::ItemIsEnabled);
        QVERIFY(index.data(Qt::DecorationRole).value<QColor>().isValid());
    }
    QCOMPARE(m_categories->index(0, 0).data(Qt::DecorationRole).value<QColor>(), QColor(0xb4, 0x46, 0x2d));
    // The last row stands for the uncategorised milestones: id 0.
    QCOMPARE(m_categories->idAt(7), RecordId(0));
    QCOMPARE(m_categories->index(7, 0).data(RecordTableModel::IdRole).toLongLong(), RecordId(0));
    QCOMPARE(m_categories->idAt(3), categoryId(QStringLiteral("Ansiedlung")));
    QCOMPARE(m_categories->rowOf(categoryId(QStringLiteral("Ansiedlung"))), 3);
}

void TestTimelineModels::categoryRootFlags()
{
    // QAbstractItemModelTester's rule: the (invisible) root item has no flags but ItemIsDropEnabled.
    const Qt::ItemFlags root = m_categories->flags(QModelIndex());
    QVERIFY2(root == Qt::NoItemFlags || root == Qt::ItemIsDropEnabled,
             qPrintable(QString::number(int(root))));
    QVERIFY(m_categories->flags(m_categories->index(0, 0)) & Qt::ItemIsUserCheckable);
}

void TestTimelineModels::categoryCheckStateTogglesHiddenCategories()
{
    QSignalSpy hidden(m_categories.get(), &CategoryListModel::hiddenCategoriesChanged);
    QSignalSpy changed(m_categories.get(), &QAbstractItemModel::dataChanged);
    const RecordId ansiedlung = categoryId(QStringLiteral("Ansiedlung"));
    const QModelIndex ansiedlungIndex = m_categories->index(3, 0);
    const QModelIndex noCategory = m_categories->index(7, 0);

    // What a view's check box sends: an int.
    QVERIFY(m_categories->setData(ansiedlungIndex, int(Qt::Unchecked), Qt::CheckStateRole));
    QCOMPARE(hidden.size(), 1);
    QCOMPARE(hidden.takeFirst().at(0).value<QSet<RecordId>>(), QSet<RecordId>{ansiedlung});
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex(), ansiedlungIndex);
    QVERIFY(changed.takeFirst().at(2).value<QList<int>>().contains(Qt::CheckStateRole));
    QCOMPARE(ansiedlungIndex.data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Unchecked);
    QCOMPARE(m_categories->hiddenCategories(), QSet<RecordId>{ansiedlung});

    // The enum itself works as well; "No category" is id 0.
    QVERIFY(m_categories->setData(noCategory, QVariant::fromValue(Qt::Unchecked), Qt::CheckStateRole));
    QCOMPARE(hidden.takeFirst().at(0).value<QSet<RecordId>>(), (QSet<RecordId>{ansiedlung, 0}));
    QCOMPARE(noCategory.data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Unchecked);

    QVERIFY(m_categories->setData(ansiedlungIndex, int(Qt::Checked), Qt::CheckStateRole));
    QCOMPARE(hidden.takeFirst().at(0).value<QSet<RecordId>>(), QSet<RecordId>{0});
    QCOMPARE(ansiedlungIndex.data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Checked);

    // Only the check state can be set.
    changed.clear();
    QVERIFY(!m_categories->setData(ansiedlungIndex, QStringLiteral("Neu"), Qt::EditRole));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("is not valid")));
    QVERIFY(!m_categories->setData(QModelIndex(), int(Qt::Unchecked), Qt::CheckStateRole));
    QCOMPARE(hidden.size(), 0);
    QCOMPARE(changed.size(), 0);
    QCOMPARE(ansiedlungIndex.data().toString(), QStringLiteral("Ansiedlung"));
}

void TestTimelineModels::categoryCheckStateDrivesFilter()
{
    // Wired as the Timeline page wires them.
    connect(m_categories.get(), &CategoryListModel::hiddenCategoriesChanged, m_filter.get(),
            &TimelineFilterModel::setHiddenCategories);
    QVERIFY(m_categories->setData(m_categories->index(3, 0), int(Qt::Unchecked), Qt::CheckStateRole));
    QCOMPARE(m_filter->rowCount(), 13);
    for (const QString &title : ansiedlungTitles)
        QVERIFY2(!titles(*m_filter).contains(title), qPrintable(title));
    QVERIFY(m_categories->setData(m_categories->index(3, 0), int(Qt::Checked), Qt::CheckStateRole));
    QCOMPARE(m_filter->rowCount(), 21);
}

void TestTimelineModels::categoryOrderFollowsPositions()
{
    QList<RecordId> order = m_categories->order();
    QCOMPARE(order.size(), 7);
    for (int row = 0; row < order.size(); ++row) {
        QCOMPARE(m_categories->idAt(row), order.at(row));
        QCOMPARE(m_categories->categories().at(row).position, row);
    }
    // A hidden category stays hidden when the list is read again.
    const RecordId ansiedlung = categoryId(QStringLiteral("Ansiedlung"));
    QVERIFY(m_categories->setData(m_categories->index(3, 0), int(Qt::Unchecked), Qt::CheckStateRole));

    QList<RecordId> moved = order;
    moved.move(6, 0); // Programme first
    QVERIFY(m_store->categories().reorder(moved).ok());
    QCOMPARE(m_categories->order(), moved);
    QCOMPARE(m_categories->index(0, 0).data().toString(), QStringLiteral("Programme"));
    QCOMPARE(m_categories->index(7, 0).data().toString(), QStringLiteral("No category"));
    QCOMPARE(m_categories->rowOf(ansiedlung), 4);
    QCOMPARE(m_categories->index(4, 0).data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Unchecked);
    QCOMPARE(m_categories->index(3, 0).data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Checked);

    // A new category joins at the end, before "No category".
    Category fresh;
    fresh.name = QStringLiteral("Kultur");
    fresh.position = 7;
    QVERIFY(m_store->categories().insert(fresh).ok());
    QCOMPARE(m_categories->rowCount(), 9);
    QCOMPARE(m_categories->index(7, 0).data().toString(), QStringLiteral("Kultur"));
    QCOMPARE(m_categories->order().size(), 8);
    QCOMPARE(m_categories->order().last(), categoryId(QStringLiteral("Kultur")));
}

void TestTimelineModels::deletedCategoryLeavesMilestonesUncategorised()
{
    const RecordId ansiedlung = categoryId(QStringLiteral("Ansiedlung"));
    Result<Category> category = m_store->categories().find(ansiedlung);
    QVERIFY(category.ok());
    QVERIFY(m_store->categories().remove(ansiedlung, category->meta.revision).ok());
    QCOMPARE(m_categories->rowCount(), 7);
    QCOMPARE(m_categories->rowOf(ansiedlung), -1);

    // The store has uncategorised them (ON DELETE SET NULL) ...
    const Milestone dhl = milestone(QStringLiteral("DHL kommt"));
    QCOMPARE(m_store->milestones().find(dhl.meta.id)->categoryId, RecordId(0));
    // ... and the list shows them without a category, in the neutral colour.
    const int row = m_milestones->rowOf(dhl.meta.id);
    QVERIFY(row >= 0);
    QCOMPARE(m_milestones->index(row, MilestoneListModel::CategoryColumn).data().toString(), QString());
    QCOMPARE(m_milestones->index(row, 0).data(MilestoneListModel::CategoryColourRole).value<QColor>(),
             QColor(0x9c, 0xa3, 0xaf));
    // So the "No category" tick must hide them, and the rows must carry the store's values.
    QCOMPARE(m_milestones->index(row, 0).data(MilestoneListModel::CategoryIdRole).toLongLong(), RecordId(0));
    m_filter->setHiddenCategories({0});
    QCOMPARE(m_filter->rowCount(), 13);
}

QTEST_GUILESS_MAIN(TestTimelineModels)
#include "tst_timelinemodels.moc"
