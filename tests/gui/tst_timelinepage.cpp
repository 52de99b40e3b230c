// The Timeline area of the main window on a copy of the Bochum demo file, driven like a user would: the
// milestone and category editors (modal dialogs, answered from a timer), dragging cards with the mouse,
// the keyboard in the graphical view, zoom, the filters, deleting, undo and redo through the Edit menu,
// and the exports.

#include "cli/application.h"
#include "dialoganswer.h"
#include "exchange/demodatabase.h"
#include "models/categorylistmodel.h"
#include "models/milestonelistmodel.h"
#include "models/timelinefiltermodel.h"
#include "storage/store.h"
#include "ui/dialogs.h"
#include "ui/mainwindow.h"
#include "ui/milestoneeditor.h"
#include "ui/timelinepage.h"
#include "ui/timelineview.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QHeaderView>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QStyle>
#include <QStyleOptionViewItem>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QUndoStack>
#include <QWheelEvent>

#include <cmath>
#include <functional>

using namespace pressdesk;

namespace {

const QString zafiraTitle = QStringLiteral("Der letzte Zafira rollt vom Band");
const QString dhlTitle = QStringLiteral("DHL kommt");

} // namespace

class TestTimelinePage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void grab();
    void fitsWhenOpenedBeforeShown();
    void createMilestone();
    void importedMilestonesAreSelectedAndInView();
    void aQuotationInTheTextGoesToTheRegisterInTheSameUndoStep();
    void cardsGrowToShowTheirTitles();
    void fitAllShowsEveryCardWholeEvenOneJustAddedAtTheEnd();
    void clearingTheSearchReturnsToTheZoomItStartedFrom();
    void aFittedTimelineFollowsTheWindowAZoomedOneDoesNot();
    void cancelCreatesNothing();
    void editMilestone();
    void doubleClickOpensEditor();
    void leavingAMilestoneSavesItAndAProblemKeepsIt();
    void theFormFollowsUndoAndDrags();
    void dragMovesByWholeYears();
    void dragKeepsPrecision_data();
    void dragKeepsPrecision();
    void dragThatSnapsBackChangesNothing();
    void escapeCancelsDrag();
    void keyboardNavigation();
    void zoom();
    void textFilter();
    void statusFilter();
    void categoryFilter();
    void categories();
    void removeCategoryWithMilestones();
    void editAfterRemovingCategoryUndoes();
    void deleteTwoFromTheList();
    void deleteFromTheView();
    void exports();
    void exportFailures();

private:
    // Answers the next modal dialog: `interact` runs once the dialog is shown (exec() blocks the test),
    // and the dialog is rejected afterwards if `interact` left it open (e.g. after a failed check).
    void onNextDialog(std::function<void(QDialog *)> interact);

    template<typename T>
    T *child(const char *name) const
    {
        return m_page->findChild<T *>(QLatin1String(name));
    }
    QToolButton *button(const char *name) const { return child<QToolButton>(name); }
    // A field of the milestone form beside the timeline.
    template<typename T>
    T *field(const char *name) const
    {
        T *found = m_page->milestoneEditor()->findChild<T *>(QLatin1String(name));
        if (!found)
            qWarning("no %s in the milestone form", name);
        return found;
    }
    QAction *action(const char *name) const;
    QAbstractItemModel *shown() const { return m_page->filterModel(); }
    int rowOf(const QString &title) const;
    Milestone stored(RecordId id) const;
    Milestone storedByTitle(const QString &title) const;
    QStringList viewTitles() const;
    QStringList listTitles() const;
    void clickRow(int row, Qt::KeyboardModifiers modifiers = Qt::NoModifier);
    QString currentTitle() const;
    void clickCategoryCheckBox(int row);
    // Presses a milestone's card, drags it dx pixels to the right in steps, and releases it.
    bool drag(const QString &title, int dx);

    QTemporaryDir m_suiteDir;
    QString m_demoTemplate;
    QString m_grabDir;
    std::unique_ptr<QTemporaryDir> m_dir;
    MainWindow *m_window = nullptr;
    TimelinePage *m_page = nullptr;
    TimelineView *m_view = nullptr;
    QTableView *m_table = nullptr;
    QUndoStack *m_stack = nullptr;
};

void TestTimelinePage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    setUpApplication(*qApp);
    Dialogs::setScripted(true);
    QVERIFY(m_suiteDir.isValid());
    m_demoTemplate = m_suiteDir.filePath(QStringLiteral("template.pressdesk"));
    const Result<void> created = DemoDatabase::create(m_demoTemplate);
    QVERIFY2(created.ok(), qPrintable(created.errorMessage()));
    m_grabDir = QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("grabs"));
    QVERIFY(QDir().mkpath(m_grabDir));
}

void TestTimelinePage::init()
{
    QSettings().clear();
    Dialogs::setScripted(true);
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    const QString path = m_dir->filePath(QStringLiteral("Bochum.pressdesk"));
    QVERIFY(QFile::copy(m_demoTemplate, path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser);

    // As main.cpp does it: the window is shown first, then the file is opened.
    m_window = new MainWindow;
    m_window->resize(1400, 900);
    m_window->show();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window));
    QVERIFY(m_window->openFile(path));
    QCOMPARE(m_window->currentArea(), MainWindow::Area::Timeline);
    m_page = m_window->timelinePage();
    QVERIFY(m_page);
    m_view = m_page->timelineView();
    m_table = m_page->milestoneTable();
    m_stack = m_window->undoStack();
    QVERIFY(m_view && m_table && m_stack);
    QVERIFY(m_view->isVisible());
    QVERIFY(m_view->viewport()->width() > 600);
    QCOMPARE(shown()->rowCount(), 21);
    QCOMPARE(int(m_view->scene().items().size()), 21);
    QCOMPARE(m_stack->count(), 0);
    // The whole story fits the view.
    QCOMPARE(m_view->scene().pixelsPerDay(), m_view->scene().fitPixelsPerDay(m_view->viewport()->width()));
}

void TestTimelinePage::cleanup()
{
    // An answer whose dialog never came must not outlive its test (it refers to the test's locals).
    const QList<QTimer *> pending = findChildren<QTimer *>(QStringLiteral("dialogAnswer"));
    for (QTimer *timer : pending)
        delete timer;
    delete m_window;
    m_window = nullptr;
    m_page = nullptr;
    m_dir.reset();
    const QStringList unexpected = Dialogs::takeMessages();
    QVERIFY2(unexpected.isEmpty(), qPrintable(unexpected.join(QLatin1Char('\n'))));
}

void TestTimelinePage::onNextDialog(std::function<void(QDialog *)> interact)
{
    testsupport::answerNextDialog(this, std::move(interact));
}

QAction *TestTimelinePage::action(const char *name) const
{
    return m_window->findChild<QAction *>(QLatin1String(name));
}

int TestTimelinePage::rowOf(const QString &title) const
{
    for (int row = 0; row < shown()->rowCount(); ++row) {
        if (shown()->index(row, MilestoneListModel::TitleColumn).data().toString() == title)
            return row;
    }
    return -1;
}

Milestone TestTimelinePage::stored(RecordId id) const
{
    Result<Milestone> found = m_window->store()->milestones().find(id);
    return found ? *found : Milestone();
}

Milestone TestTimelinePage::storedByTitle(const QString &title) const
{
    for (const Milestone &milestone : *m_window->store()->milestones().all()) {
        if (milestone.title == title)
            return milestone;
    }
    return {};
}

QStringList TestTimelinePage::viewTitles() const
{
    QStringList titles;
    for (const TimelineItem &item : m_view->scene().items())
        titles.append(item.milestone.title);
    titles.sort();
    return titles;
}

QStringList TestTimelinePage::listTitles() const
{
    QStringList titles;
    for (int row = 0; row < shown()->rowCount(); ++row)
        titles.append(shown()->index(row, MilestoneListModel::TitleColumn).data().toString());
    titles.sort();
    return titles;
}

void TestTimelinePage::clickRow(int row, Qt::KeyboardModifiers modifiers)
{
    const QModelIndex index = shown()->index(row, MilestoneListModel::TitleColumn);
    m_table->scrollTo(index);
    QTest::mouseClick(m_table->viewport(), Qt::LeftButton, modifiers, m_table->visualRect(index).center());
}

QString TestTimelinePage::currentTitle() const
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    return current.siblingAtColumn(MilestoneListModel::TitleColumn).data().toString();
}

void TestTimelinePage::clickCategoryCheckBox(int row)
{
    auto *list = child<QListView>("categoryList");
    const QModelIndex index = list->model()->index(row, 0);
    QStyleOptionViewItem option;
    option.initFrom(list);
    option.rect = list->visualRect(index);
    option.features = QStyleOptionViewItem::HasCheckIndicator | QStyleOptionViewItem::HasDisplay |
                      QStyleOptionViewItem::HasDecoration;
    option.decorationSize = list->iconSize();
    option.text = index.data().toString();
    const QRect box = list->style()->subElementRect(QStyle::SE_ItemViewItemCheckIndicator, &option, list);
    QTest::mouseClick(list->viewport(), Qt::LeftButton, Qt::NoModifier, box.center());
}

bool TestTimelinePage::drag(const QString &title, int dx)
{
    const int row = rowOf(title);
    if (row < 0)
        return false;
    m_page->selectMilestone(shown()->index(row, 0).data(RecordTableModel::IdRole).toLongLong());
    const QRect card = m_view->viewportRectOfRow(row);
    if (card.isEmpty() || !m_view->viewport()->rect().contains(card.center()) ||
        m_view->rowAt(card.center()) != row)
        return false;
    const QPoint from = card.center();
    QTest::mousePress(m_view->viewport(), Qt::LeftButton, Qt::NoModifier, from);
    constexpr int steps = 8;
    for (int step = 1; step <= steps; ++step)
        QTest::mouseMove(m_view->viewport(), from + QPoint(dx * step / steps, step % 3)); // a shaky hand
    QTest::mouseRelease(m_view->viewport(), Qt::LeftButton, Qt::NoModifier, from + QPoint(dx, 2));
    return true;
}

void TestTimelinePage::grab()
{
    const QString path = QDir(m_grabDir).filePath(QStringLiteral("timelinepage-demo.png"));
    QFile::remove(path);
    QVERIFY(m_window->grab().save(path));
    const QImage image(path);
    QCOMPARE(image.size(), m_window->size() * m_window->devicePixelRatio());
    qInfo("Window grab: %s", qPrintable(path));
}

void TestTimelinePage::fitsWhenOpenedBeforeShown()
{
    // A window that opens its file before it is shown (as the tests of the main window do) must still
    // show the whole timeline once it is on screen.
    MainWindow window;
    QVERIFY(window.openFile(m_window->store()->path()));
    window.resize(1400, 900);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    TimelineView *view = window.timelinePage()->timelineView();
    QVERIFY(view->viewport()->width() > 600);
    const double fit = view->scene().fitPixelsPerDay(view->viewport()->width());
    QVERIFY2(
        std::abs(view->scene().pixelsPerDay() - fit) < 1e-9,
        qPrintable(QStringLiteral("%1 px/day instead of %2").arg(view->scene().pixelsPerDay()).arg(fit)));
    QVERIFY(QDir().mkpath(m_grabDir));
    QVERIFY(
        window.grab().save(QDir(m_grabDir).filePath(QStringLiteral("timelinepage-opened-before-shown.png"))));
    QTest::mouseClick(window.timelinePage()->findChild<QToolButton *>(QStringLiteral("fitButton")),
                      Qt::LeftButton);
    QVERIFY(std::abs(view->scene().pixelsPerDay() - fit) < 1e-9);
}

void TestTimelinePage::importedMilestonesAreSelectedAndInView()
{
    bool imported = false;
    onNextDialog([&imported](QDialog *dialog) {
        dialog->findChild<QPlainTextEdit *>(QStringLiteral("sourceEdit"))
            ->setPlainText(QStringLiteral("2023: Musikzentrum eröffnet, Radschnellweg kommt"));
        auto *preview = dialog->findChild<QTableView *>(QStringLiteral("previewTable"));
        QTRY_COMPARE(preview->model()->rowCount(), 2);
        dialog->findChild<QPushButton *>(QStringLiteral("importButton"))->click();
        imported = true;
    });
    QTest::mouseClick(button("importButton"), Qt::LeftButton);
    QVERIFY(imported);
    QTRY_COMPARE(shown()->rowCount(), 23);
    // What was added is chosen and in view, so that the user sees it and can file it at once.
    QStringList selected;
    for (const QModelIndex &index : m_page->findChild<QTableView *>(QStringLiteral("milestoneTable"))
                                        ->selectionModel()
                                        ->selectedRows(MilestoneListModel::TitleColumn))
        selected.append(index.data().toString());
    selected.sort();
    QCOMPARE(selected,
             (QStringList{QStringLiteral("Musikzentrum eröffnet"), QStringLiteral("Radschnellweg kommt")}));
    auto *table = m_page->findChild<QTableView *>(QStringLiteral("milestoneTable"));
    const QRect current = table->visualRect(table->currentIndex());
    QVERIFY(table->viewport()->rect().intersects(current));
}

void TestTimelinePage::cardsGrowToShowTheirTitles()
{
    QTest::mouseClick(button("fitButton"), Qt::LeftButton);
    const TimelineScene &scene = m_view->scene();
    const QFontMetricsF bold([this] {
        QFont font = m_view->font();
        font.setBold(true);
        return font;
    }());
    int grown = 0;
    for (int row = 0; row < shown()->rowCount(); ++row) {
        const QString title = shown()->index(row, MilestoneListModel::TitleColumn).data().toString();
        const QRect card = m_view->viewportRectOfRow(row);
        if (card.isEmpty() || card.height() < scene.metrics().cardHeight - 2)
            continue; // a range on the era row
        const double wanted = bold.horizontalAdvance(title) + 12 + 6;
        // The whole title fits unless the card has reached its widest.
        if (card.width() < scene.metrics().maxCardWidth - 1)
            QVERIFY2(card.width() >= wanted, qPrintable(title));
        grown += card.width() > scene.metrics().cardWidth + 1 ? 1 : 0;
    }
    QVERIFY(grown >= 3); // "Vonovia Zentrale entsteht in Bochum" and others do not fit the narrowest card

    // Longer titles wrap to a second line before anything is cut off.
    const double textWidth = scene.metrics().maxCardWidth - 18;
    const QString amt =
        QStringLiteral("Aus dem Amt für Wirtschaftsförderung wird die Bochum Wirtschaftsentwicklung");
    QVERIFY(bold.horizontalAdvance(amt) > textWidth);
    const QString wrapped = TimelineScene::wrapTitle(amt, bold, textWidth);
    QCOMPARE(wrapped.count(QLatin1Char('\n')), 1);
    QCOMPARE(QString(wrapped).replace(QLatin1Char('\n'), QLatin1Char(' ')), amt);
    for (const QString &line : wrapped.split(QLatin1Char('\n')))
        QVERIFY(bold.horizontalAdvance(line) <= textWidth);
    QCOMPARE(TimelineScene::wrapTitle(QStringLiteral("DHL kommt"), bold, textWidth),
             QStringLiteral("DHL kommt"));
    const QString tooLong = TimelineScene::wrapTitle(amt + QLatin1Char(' ') + amt, bold, textWidth);
    QVERIFY(tooLong.endsWith(QChar(0x2026))); // only the second line is cut
    QVERIFY(!tooLong.section(QLatin1Char('\n'), 0, 0).endsWith(QChar(0x2026)));
}

void TestTimelinePage::fitAllShowsEveryCardWholeEvenOneJustAddedAtTheEnd()
{
    Milestone late;
    late.start = PartialDate::fromYmd(2021, 12, 20);
    late.title = QStringLiteral("Ein Meilenstein mit langem Titel ganz am Ende");
    QVERIFY(m_window->store()->milestones().insert(late));
    QTRY_COMPARE(shown()->rowCount(), 22);
    QCOMPARE(button("fitButton")->text(), QStringLiteral("&Fit All"));
    QTest::mouseClick(button("fitButton"), Qt::LeftButton);
    const QRect viewport = m_view->viewport()->rect();
    for (int row = 0; row < shown()->rowCount(); ++row) {
        const QRect card = m_view->viewportRectOfRow(row);
        if (card.isEmpty())
            continue;
        QVERIFY2(
            card.left() >= 0 && card.right() <= viewport.right(),
            qPrintable(
                shown()->index(row, MilestoneListModel::TitleColumn).data().toString() +
                QStringLiteral(": %1–%2 of %3").arg(card.left()).arg(card.right()).arg(viewport.right())));
    }
}

void TestTimelinePage::clearingTheSearchReturnsToTheZoomItStartedFrom()
{
    QTest::mouseClick(button("zoomInButton"), Qt::LeftButton);
    QTest::mouseClick(button("zoomInButton"), Qt::LeftButton);
    m_view->horizontalScrollBar()->setValue(m_view->horizontalScrollBar()->maximum() / 2);
    const double zoom = m_view->scene().pixelsPerDay();
    const int place = m_view->horizontalScrollBar()->value();
    QVERIFY(place > 0);
    auto *search = child<QLineEdit>("filterEdit");
    QTest::keyClicks(search, QStringLiteral("DHL"));
    QTRY_COMPARE(shown()->rowCount(), 1);
    // Looking for it, the user fits the view to the one hit.
    QTest::mouseClick(button("fitButton"), Qt::LeftButton);
    QVERIFY(std::abs(m_view->scene().pixelsPerDay() - zoom) > 1e-9);
    search->clear();
    QTRY_COMPARE(shown()->rowCount(), 21);
    QTRY_VERIFY(std::abs(m_view->scene().pixelsPerDay() - zoom) < 1e-9);
    QTRY_COMPARE(m_view->horizontalScrollBar()->value(), place);
}

void TestTimelinePage::aQuotationInTheTextGoesToTheRegisterInTheSameUndoStep()
{
    const int quotesBefore = int(m_window->store()->quotes().all()->size());
    onNextDialog([](QDialog *dialog) {
        dialog->findChild<QPlainTextEdit *>(QStringLiteral("sourceEdit"))
            ->setPlainText(QStringLiteral("„Der Radschnellweg verbindet endlich die Hochschulen mit der "
                                          "Innenstadt“, sagt Oberbürgermeister Thomas Eiskirch.\n"
                                          "2023: Radschnellweg kommt"));
        auto *quotes = dialog->findChild<QTableView *>(QStringLiteral("quotePreviewTable"));
        QTRY_COMPARE(quotes->model()->rowCount(), 1);
        dialog->findChild<QPushButton *>(QStringLiteral("importButton"))->click();
    });
    QTest::mouseClick(button("importButton"), Qt::LeftButton);
    QTRY_COMPARE(shown()->rowCount(), 22);
    const QList<Quote> quotes = *m_window->store()->quotes().all();
    QCOMPARE(int(quotes.size()), quotesBefore + 1);
    const auto found = std::find_if(quotes.cbegin(), quotes.cend(), [](const Quote &quote) {
        return quote.text.startsWith(QStringLiteral("Der Radschnellweg verbindet"));
    });
    QVERIFY(found != quotes.cend());
    const Quote added = *found;
    QCOMPARE(added.state, AuthorisationState::Draft);
    QCOMPARE(added.speakerRole, QStringLiteral("Oberbürgermeister"));
    // One undo takes back both.
    m_stack->undo();
    QTRY_COMPARE(shown()->rowCount(), 21);
    QCOMPARE(int(m_window->store()->quotes().all()->size()), quotesBefore);
}

void TestTimelinePage::aFittedTimelineFollowsTheWindowAZoomedOneDoesNot()
{
    auto near = [](double a, double b) { return std::abs(a - b) <= 1e-9 * std::max(1.0, std::abs(b)); };
    QTest::mouseClick(button("fitButton"), Qt::LeftButton);
    const int before = m_view->viewport()->width();
    m_window->resize(m_window->width() + 300, m_window->height());
    QTRY_VERIFY(m_view->viewport()->width() > before + 100);
    // Made larger, the window shows the whole timeline across its new width.
    QTRY_VERIFY(
        near(m_view->scene().pixelsPerDay(), m_view->scene().fitPixelsPerDay(m_view->viewport()->width())));
    // Once the user zoomed, a new size keeps their zoom.
    QTest::mouseClick(button("zoomInButton"), Qt::LeftButton);
    const double zoomed = m_view->scene().pixelsPerDay();
    m_window->resize(m_window->width() - 300, m_window->height());
    QTRY_VERIFY(m_view->viewport()->width() < before + 100);
    QVERIFY(near(m_view->scene().pixelsPerDay(), zoomed));
}

void TestTimelinePage::createMilestone()
{
    // A milestone with a category is selected: the new one still starts without (none is guessed).
    m_page->selectMilestone(shown()->index(0, 0).data(RecordTableModel::IdRole).toLongLong());
    QVERIFY(stored(shown()->index(0, 0).data(RecordTableModel::IdRole).toLongLong()).categoryId != 0);
    QVERIFY(!m_page->isEditorOpen()); // choosing a milestone leaves the graphic its width
    QTest::mouseClick(button("newButton"), Qt::LeftButton);
    QVERIFY(m_page->isEditorOpen());
    QVERIFY(m_page->milestoneEditor()->isVisible());

    auto *header = field<QLabel>("headerLabel");
    auto *start = field<QLineEdit>("startEdit");
    auto *precision = field<QComboBox>("startPrecisionCombo");
    auto *hasEnd = field<QCheckBox>("hasEndCheck");
    auto *end = field<QLineEdit>("endEdit");
    auto *title = field<QLineEdit>("titleEdit");
    auto *description = field<QPlainTextEdit>("descriptionEdit");
    auto *category = field<QComboBox>("categoryCombo");
    auto *source = field<QLineEdit>("sourceUrlEdit");
    auto *status = field<QComboBox>("statusCombo");
    auto *note = field<QPlainTextEdit>("internalNoteEdit");
    auto *save = field<QPushButton>("saveButton");
    auto *startError = field<QLabel>("startErrorLabel");
    auto *endError = field<QLabel>("endErrorLabel");
    auto *titleError = field<QLabel>("titleErrorLabel");
    auto *sourceError = field<QLabel>("sourceErrorLabel");
    QVERIFY(header && start && precision && hasEnd && end && title && description && category && source &&
            status && note && save && startError && endError && titleError && sourceError);
    QCOMPARE(header->text(), QStringLiteral("New Milestone"));
    QTRY_VERIFY(start->hasFocus());
    QCOMPARE(start->selectedText(), start->text()); // typing replaces the suggested year

    // A fresh milestone: this year, no category, no title yet, so it cannot be saved; but nothing
    // is called a mistake before the user had a chance to type.
    QCOMPARE(start->text(), QString::number(QDate::currentDate().year()));
    QCOMPARE(category->currentData().toLongLong(), RecordId(0));
    QVERIFY(title->text().isEmpty());
    QVERIFY(!titleError->isVisible());
    QVERIFY(!save->isEnabled());
    QVERIFY(!end->isEnabled());
    QTest::keyClick(title, Qt::Key_Return); // Return does not save either; now it is explained
    QCOMPARE(m_stack->count(), 0);
    QVERIFY(titleError->isVisible());
    QVERIFY(!titleError->text().isEmpty());

    QTest::keyClicks(title, QStringLiteral("Stadtfest"));
    QVERIFY(!titleError->isVisible());
    QVERIFY(save->isEnabled());

    // An impossible day is explained beside the date.
    start->clear();
    QTest::keyClicks(start, QStringLiteral("31.2.2014"));
    QVERIFY(startError->isVisible());
    QVERIFY2(startError->text().contains(QStringLiteral("28 days")), qPrintable(startError->text()));
    QVERIFY(!save->isEnabled());
    start->clear();
    QTest::keyClicks(start, QStringLiteral("12.6.2021"));
    QVERIFY(!startError->isVisible());
    QVERIFY(save->isEnabled());
    QCOMPARE(precision->currentData().toInt(), int(PartialDate::Precision::Day));

    // An end before the start.
    QTest::mouseClick(hasEnd, Qt::LeftButton);
    QVERIFY(hasEnd->isChecked());
    QVERIFY(end->isEnabled());
    QVERIFY(!save->isEnabled()); // an end is asked for but not given
    QTest::keyClicks(end, QStringLiteral("2020"));
    QVERIFY(endError->isVisible());
    QVERIFY2(endError->text().contains(QStringLiteral("before the start")), qPrintable(endError->text()));
    QVERIFY(!save->isEnabled());
    end->clear();
    QTest::keyClicks(end, QStringLiteral("2021"));
    QVERIFY(!endError->isVisible());
    QVERIFY(save->isEnabled());
    QTest::mouseClick(hasEnd, Qt::LeftButton); // a single day after all
    QVERIFY(!hasEnd->isChecked());
    QVERIFY(!endError->isVisible());

    // A source that is not a web address.
    QTest::keyClicks(source, QStringLiteral("stadtfest bochum"));
    QVERIFY(sourceError->isVisible());
    QVERIFY(!save->isEnabled());
    source->clear();
    QTest::keyClicks(source, QStringLiteral("https://www.bochum.de/stadtfest"));
    QVERIFY(!sourceError->isVisible());

    // The empty title again.
    title->clear();
    QVERIFY(titleError->isVisible());
    QVERIFY(!save->isEnabled());
    QTest::keyClicks(title, QStringLiteral("Stadtfest"));

    const int ansiedlung = category->findText(QStringLiteral("Ansiedlung"));
    QVERIFY(ansiedlung > 0);
    category->setCurrentIndex(ansiedlung);
    description->setPlainText(QStringLiteral("Drei Tage Musik im Stadtpark"));
    note->setPlainText(QStringLiteral("Termin mit dem Kulturbüro bestätigen"));
    QCOMPARE(status->currentText(), QStringLiteral("Draft"));
    QVERIFY(save->isEnabled());
    QTest::mouseClick(save, Qt::LeftButton);
    // The form stays on the milestone, now a stored one with nothing left to save.
    QVERIFY(m_page->isEditorOpen());
    QCOMPARE(header->text(), QStringLiteral("Milestone"));
    QVERIFY(!m_page->milestoneEditor()->isModified());
    QVERIFY(!save->isEnabled());

    QCOMPARE(shown()->rowCount(), 22);
    const int row = rowOf(QStringLiteral("Stadtfest"));
    QVERIFY(row >= 0);
    QCOMPARE(shown()->index(row, MilestoneListModel::DateColumn).data().toString(),
             QStringLiteral("12 June 2021"));
    QCOMPARE(shown()->index(row, MilestoneListModel::CategoryColumn).data().toString(),
             QStringLiteral("Ansiedlung"));
    QCOMPARE(shown()->index(row, MilestoneListModel::StatusColumn).data().toString(),
             QStringLiteral("Draft"));
    const RecordId id = shown()->index(row, 0).data(RecordTableModel::IdRole).toLongLong();
    const Milestone created = stored(id);
    QCOMPARE(created.start, PartialDate::fromYmd(2021, 6, 12));
    QVERIFY(!created.end.isValid());
    QCOMPARE(created.description, QStringLiteral("Drei Tage Musik im Stadtpark"));
    QCOMPARE(created.sourceUrl, QStringLiteral("https://www.bochum.de/stadtfest"));
    QCOMPARE(created.internalNote, QStringLiteral("Termin mit dem Kulturbüro bestätigen"));
    QCOMPARE(created.status, MilestoneStatus::Draft);
    // The view shows it, selected in both.
    QVERIFY(m_view->scene().indexOfId(id) >= 0);
    QCOMPARE(int(m_view->scene().items().size()), 22);
    QCOMPARE(currentTitle(), QStringLiteral("Stadtfest"));
    QCOMPARE(m_page->selectedMilestones().size(), 1);

    QCOMPARE(m_stack->count(), 1);
    QAction *undo = action("undoAction");
    QAction *redo = action("redoAction");
    QVERIFY(undo && redo);
    QVERIFY(undo->isEnabled());
    QCOMPARE(undo->text(), QStringLiteral("&Undo Add “Stadtfest”"));
    undo->trigger();
    QCOMPARE(shown()->rowCount(), 21);
    QCOMPARE(rowOf(QStringLiteral("Stadtfest")), -1);
    QCOMPARE(m_view->scene().indexOfId(id), -1);
    // The form does not hold on to a milestone that is gone: it follows the list to the row now current.
    QVERIFY(m_page->milestoneEditor()->original().meta.id != id);
    QCOMPARE(field<QLineEdit>("titleEdit")->text(), currentTitle());
    QCOMPARE(redo->text(), QStringLiteral("&Redo Add “Stadtfest”"));
    redo->trigger();
    QCOMPARE(shown()->rowCount(), 22);
    QVERIFY(rowOf(QStringLiteral("Stadtfest")) >= 0);
    QVERIFY(m_view->scene().indexOfId(id) >= 0);
    QCOMPARE(stored(id).title, QStringLiteral("Stadtfest"));
}

void TestTimelinePage::cancelCreatesNothing()
{
    // Nothing typed: closing the form (Esc) creates nothing.
    QTest::mouseClick(button("newButton"), Qt::LeftButton);
    QTRY_VERIFY(field<QLineEdit>("startEdit")->hasFocus());
    QTest::keyClick(field<QLineEdit>("startEdit"), Qt::Key_Escape);
    QVERIFY(!m_page->isEditorOpen());
    QCOMPARE(shown()->rowCount(), 21);
    QCOMPARE(m_stack->count(), 0);

    // Typed, then discarded: nothing either.
    QTest::mouseClick(button("newButton"), Qt::LeftButton);
    QTest::keyClicks(field<QLineEdit>("titleEdit"), QStringLiteral("Entwurf"));
    QVERIFY(field<QPushButton>("discardButton")->isEnabled());
    QTest::mouseClick(field<QPushButton>("discardButton"), Qt::LeftButton);
    QVERIFY(!m_page->isEditorOpen());
    QCOMPARE(shown()->rowCount(), 21);
    QCOMPARE(m_stack->count(), 0);
    QVERIFY(!action("undoAction")->isEnabled());

    // Typed and closed with Esc: as everywhere in PressDesk, leaving the form keeps what was typed, as
    // one undo step.
    QTest::mouseClick(button("newButton"), Qt::LeftButton);
    QTest::keyClicks(field<QLineEdit>("titleEdit"), QStringLiteral("Entwurf"));
    QTest::keyClick(field<QLineEdit>("titleEdit"), Qt::Key_Escape);
    QVERIFY(!m_page->isEditorOpen());
    QCOMPARE(shown()->rowCount(), 22);
    QVERIFY(rowOf(QStringLiteral("Entwurf")) >= 0);
    QCOMPARE(m_stack->count(), 1);
}

void TestTimelinePage::editMilestone()
{
    const Milestone before = storedByTitle(QStringLiteral("Babymarkt kommt"));
    QVERIFY(before.meta.id != 0);
    QVERIFY(!button("editButton")->isEnabled());
    clickRow(rowOf(before.title));
    QCOMPARE(currentTitle(), before.title);
    QVERIFY(button("editButton")->isEnabled());

    QVERIFY(!m_page->isEditorOpen());
    QTest::mouseClick(button("editButton"), Qt::LeftButton);
    QVERIFY(m_page->isEditorOpen());
    auto *start = field<QLineEdit>("startEdit");
    auto *title = field<QLineEdit>("titleEdit");
    auto *category = field<QComboBox>("categoryCombo");
    auto *status = field<QComboBox>("statusCombo");
    auto *save = field<QPushButton>("saveButton");
    QVERIFY(start && title && category && status && save);
    QCOMPARE(field<QLabel>("headerLabel")->text(), QStringLiteral("Milestone"));
    QTRY_VERIFY(title->hasFocus());
    QVERIFY(!title->hasSelectedText()); // a stray key does not replace the title
    QCOMPARE(start->text(), QStringLiteral("2018"));
    QCOMPARE(title->text(), before.title);
    QCOMPARE(category->currentText(), QStringLiteral("Ansiedlung"));
    QCOMPARE(status->currentText(), QStringLiteral("Approved"));
    QVERIFY(!save->isEnabled()); // nothing changed yet
    QVERIFY(!field<QLabel>("modifiedLabel")->isVisible());

    QTest::keyClick(title, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(title, QStringLiteral("Babymarkt zieht in den Citytower"));
    status->setCurrentIndex(status->findData(int(MilestoneStatus::Draft)));
    start->setText(QStringLiteral("März 2019")); // umlauts cannot be typed with keyClicks
    QVERIFY(field<QLabel>("modifiedLabel")->isVisible());
    QVERIFY(save->isEnabled());
    QCOMPARE(m_stack->count(), 0);
    QTest::keySequence(title, QKeySequence::Save);

    const QString edited = QStringLiteral("Babymarkt zieht in den Citytower");
    QCOMPARE(rowOf(before.title), -1);
    const int row = rowOf(edited);
    QVERIFY(row >= 0);
    QCOMPARE(shown()->rowCount(), 21);
    QCOMPARE(shown()->index(row, MilestoneListModel::StatusColumn).data().toString(),
             QStringLiteral("Draft"));
    QCOMPARE(shown()->index(row, MilestoneListModel::DateColumn).data().toString(),
             QStringLiteral("March 2019"));
    QCOMPARE(stored(before.meta.id).title, edited);
    QCOMPARE(stored(before.meta.id).start, PartialDate::fromYearMonth(2019, 3));
    QCOMPARE(m_view->scene().items()[size_t(m_view->scene().indexOfId(before.meta.id))].milestone.title,
             edited);
    QCOMPARE(action("undoAction")->text(), QStringLiteral("&Undo Edit “Babymarkt kommt”"));

    action("undoAction")->trigger();
    const Milestone restored = stored(before.meta.id);
    QCOMPARE(restored.title, before.title);
    QCOMPARE(restored.status, MilestoneStatus::Approved);
    QCOMPARE(restored.start, PartialDate::fromYear(2018));
    QVERIFY(rowOf(before.title) >= 0);
    QCOMPARE(rowOf(edited), -1);
    QCOMPARE(shown()->index(rowOf(before.title), MilestoneListModel::StatusColumn).data().toString(),
             QStringLiteral("Approved"));
    action("redoAction")->trigger();
    QCOMPARE(stored(before.meta.id).title, edited);
    QCOMPARE(m_stack->count(), 1);
}

void TestTimelinePage::doubleClickOpensEditor()
{
    const int row = rowOf(zafiraTitle);
    const QModelIndex index = shown()->index(row, MilestoneListModel::TitleColumn);
    QTest::mouseClick(m_table->viewport(), Qt::LeftButton, Qt::NoModifier,
                      m_table->visualRect(index).center());
    QVERIFY(!m_page->isEditorOpen());
    QTest::mouseDClick(m_table->viewport(), Qt::LeftButton, Qt::NoModifier,
                       m_table->visualRect(index).center());
    QVERIFY(m_page->isEditorOpen());
    QCOMPARE(field<QLineEdit>("titleEdit")->text(), zafiraTitle);
    QCOMPARE(m_stack->count(), 0);
}

void TestTimelinePage::leavingAMilestoneSavesItAndAProblemKeepsIt()
{
    QSignalSpy messages(m_page, &WorkArea::statusMessage);
    const Milestone babymarkt = storedByTitle(QStringLiteral("Babymarkt kommt"));
    const Milestone dhl = storedByTitle(dhlTitle);
    clickRow(rowOf(babymarkt.title));
    QTest::keyClick(m_table, Qt::Key_Return);
    QVERIFY(m_page->isEditorOpen());
    auto *title = field<QLineEdit>("titleEdit");
    QTest::keyClicks(title, QStringLiteral(" nach Wattenscheid"));
    QCOMPARE(m_stack->count(), 0);

    // Choosing another milestone saves the one left, as one undo step, and says so.
    clickRow(rowOf(dhlTitle));
    QTRY_COMPARE(title->text(), dhlTitle);
    QCOMPARE(stored(babymarkt.meta.id).title, QStringLiteral("Babymarkt kommt nach Wattenscheid"));
    QCOMPARE(m_stack->count(), 1);
    QCOMPARE(messages.last().first().toString(),
             QStringLiteral("Saved the milestone “Babymarkt kommt nach Wattenscheid”."));
    QCOMPARE(currentTitle(), dhlTitle);

    // A form that cannot be saved keeps its milestone chosen, with the problem shown and named.
    title->clear();
    clickRow(rowOf(zafiraTitle));
    QTest::qWait(20);
    QCOMPARE(m_stack->count(), 1);
    QCOMPARE(currentTitle(), dhlTitle);
    QCOMPARE(m_page->milestoneEditor()->original().meta.id, dhl.meta.id);
    QVERIFY(field<QLabel>("titleErrorLabel")->isVisible());
    QVERIFY2(messages.last().first().toString().startsWith(QStringLiteral("The milestone was not saved")),
             qPrintable(messages.last().first().toString()));
    QVERIFY(Dialogs::takeMessages().isEmpty()); // no dialog in the way

    // Discard puts the stored milestone back; then the other one can be chosen.
    QTest::mouseClick(field<QPushButton>("discardButton"), Qt::LeftButton);
    QCOMPARE(title->text(), dhlTitle);
    QVERIFY(!m_page->milestoneEditor()->isModified());
    clickRow(rowOf(zafiraTitle));
    QCOMPARE(title->text(), zafiraTitle);
    QCOMPARE(m_stack->count(), 1);

    // Closing the file settles the form as the other areas do: typing is saved.
    QTest::keyClicks(title, QStringLiteral("!"));
    QVERIFY(m_page->commitPendingEdits());
    QCOMPARE(storedByTitle(zafiraTitle + QStringLiteral("!")).title, zafiraTitle + QStringLiteral("!"));
    QCOMPARE(m_stack->count(), 2);
    // One that cannot be saved is not called settled (the window then asks before discarding it).
    title->clear();
    QVERIFY(!m_page->commitPendingEdits());
    m_page->discardEdits();
    QCOMPARE(title->text(), zafiraTitle + QStringLiteral("!"));
}

void TestTimelinePage::theFormFollowsUndoAndDrags()
{
    const Milestone dhl = storedByTitle(dhlTitle);
    clickRow(rowOf(dhlTitle));
    QTest::mouseClick(button("editButton"), Qt::LeftButton);
    auto *title = field<QLineEdit>("titleEdit");
    auto *start = field<QLineEdit>("startEdit");
    QTest::keyClicks(title, QStringLiteral(" nach Bochum"));
    QTest::mouseClick(field<QPushButton>("saveButton"), Qt::LeftButton);
    QCOMPARE(stored(dhl.meta.id).title, QStringLiteral("DHL kommt nach Bochum"));

    // An undo shows the milestone as it is stored again.
    action("undoAction")->trigger();
    QCOMPARE(title->text(), dhlTitle);
    QVERIFY(!m_page->milestoneEditor()->isModified());
    action("redoAction")->trigger();
    QCOMPARE(title->text(), QStringLiteral("DHL kommt nach Bochum"));

    // Dragging the card of the milestone whose form holds typing saves the typing first, then moves:
    // neither is lost to the other.
    QTest::keyClicks(title, QStringLiteral(" (Lager)"));
    const int dx = int(std::lround(m_view->scene().pixelsPerDay() * 365 * 2));
    QVERIFY(drag(QStringLiteral("DHL kommt nach Bochum"), dx));
    const Milestone moved = stored(dhl.meta.id);
    QCOMPARE(moved.title, QStringLiteral("DHL kommt nach Bochum (Lager)"));
    QCOMPARE(moved.start, PartialDate::fromYear(dhl.start.year() + 2));
    QCOMPARE(start->text(), moved.start.toDisplayString()); // the form shows the move
    QVERIFY(!m_page->milestoneEditor()->isModified());
    QCOMPARE(m_stack->count(), 3);
    QVERIFY(Dialogs::takeMessages().isEmpty());
}

void TestTimelinePage::dragMovesByWholeYears()
{
    const Milestone dhl = storedByTitle(dhlTitle);
    QCOMPARE(dhl.start, PartialDate::fromYear(2016));
    const double pixelsPerDay = m_view->scene().pixelsPerDay();
    const int dx = int(std::lround(pixelsPerDay * 365 * 1.6));
    QVERIFY(dx > 4 * QApplication::startDragDistance());
    // 1.6 years after 1 January 2016 is August 2017, nearer to 2018 than to 2017: a year snaps to 2018.
    const QDate landing = QDate(2016, 1, 1).addDays(std::llround(dx / pixelsPerDay));
    QCOMPARE(landing.year(), 2017);
    QCOMPARE(PartialDate::snapped(landing, PartialDate::Precision::Year), PartialDate::fromYear(2018));
    QSignalSpy moved(m_view, &TimelineView::moveRequested);

    QVERIFY(drag(dhlTitle, dx));
    QCOMPARE(moved.size(), 1);
    const Milestone after = stored(dhl.meta.id);
    QCOMPARE(after.start, PartialDate::fromYear(2018));
    QCOMPARE(after.start.precision(), PartialDate::Precision::Year);
    QVERIFY(!after.end.isValid());
    QCOMPARE(after.title, dhl.title);
    QCOMPARE(after.categoryId, dhl.categoryId);
    QCOMPARE(after.status, dhl.status);
    QCOMPARE(m_stack->count(), 1);
    QCOMPARE(m_stack->undoText(), QStringLiteral("Move “DHL kommt”"));
    QCOMPARE(action("undoAction")->text(), QStringLiteral("&Undo Move “DHL kommt”"));
    QCOMPARE(shown()->index(rowOf(dhlTitle), MilestoneListModel::DateColumn).data().toString(),
             QStringLiteral("2018"));
    const int sceneIndex = m_view->scene().indexOfId(dhl.meta.id);
    QCOMPARE(m_view->scene().items()[size_t(sceneIndex)].startDay, QDate(2018, 1, 1).toJulianDay());
    QCOMPARE(m_window->statusBar()->currentMessage(), QStringLiteral("Moved “DHL kommt” to 2018."));
    QCOMPARE(currentTitle(), dhlTitle); // pressing a card selects it

    action("undoAction")->trigger();
    QCOMPARE(stored(dhl.meta.id).start, PartialDate::fromYear(2016));
    QCOMPARE(m_view->scene().items()[size_t(m_view->scene().indexOfId(dhl.meta.id))].startDay,
             QDate(2016, 1, 1).toJulianDay());
    action("redoAction")->trigger();
    QCOMPARE(stored(dhl.meta.id).start, PartialDate::fromYear(2018));
}

void TestTimelinePage::dragKeepsPrecision_data()
{
    QTest::addColumn<QString>("title");
    QTest::addColumn<double>("days"); // how far to drag, in days
    QTest::addColumn<QString>("start");
    QTest::addColumn<QString>("end");

    // A day moves by days (checked against the drag below), a range keeps its length in years.
    QTest::newRow("day") << zafiraTitle << 40.0 << QString() << QString();
    QTest::newRow("range") << QStringLiteral("Bochum Strategie") << 365 * 1.6 << QStringLiteral("2018")
                           << QStringLiteral("2022");
    // 1.4 years back from 2016 is August 2014, nearer to 2015.
    QTest::newRow("backwards") << QStringLiteral("Vonovia Zentrale entsteht in Bochum") << -365 * 1.4
                               << QStringLiteral("2015") << QString();
}

void TestTimelinePage::dragKeepsPrecision()
{
    QFETCH(QString, title);
    QFETCH(double, days);
    QFETCH(QString, start);
    QFETCH(QString, end);

    const Milestone before = storedByTitle(title);
    QVERIFY(before.meta.id != 0);
    const double pixelsPerDay = m_view->scene().pixelsPerDay();
    const int dx = int(std::lround(pixelsPerDay * days));
    QVERIFY(std::abs(dx) > QApplication::startDragDistance());
    QVERIFY(drag(title, dx));

    const Milestone after = stored(before.meta.id);
    QCOMPARE(after.start.precision(), before.start.precision());
    QCOMPARE(after.end.precision(), before.end.precision());
    if (start.isEmpty()) {
        const qint64 movedBy = before.start.firstDay().daysTo(after.start.firstDay());
        QVERIFY2(std::abs(movedBy - qint64(days)) <= 2, qPrintable(after.start.toIsoString()));
    } else {
        QCOMPARE(after.start.toIsoString(), start);
        QCOMPARE(after.end.toIsoString(), end);
    }
    QCOMPARE(m_stack->count(), 1);
    QCOMPARE(m_stack->undoText(), QStringLiteral("Move “%1”").arg(title));
    m_stack->undo();
    QCOMPARE(stored(before.meta.id).start, before.start);
    QCOMPARE(stored(before.meta.id).end, before.end);
}

void TestTimelinePage::dragThatSnapsBackChangesNothing()
{
    const Milestone dhl = storedByTitle(dhlTitle);
    QSignalSpy moved(m_view, &TimelineView::moveRequested);
    // A third of a year is still nearest to 1 January 2016.
    QVERIFY(drag(dhlTitle, int(std::lround(m_view->scene().pixelsPerDay() * 120))));
    // A click without moving.
    QVERIFY(drag(dhlTitle, 0));
    QCOMPARE(moved.size(), 0);
    QCOMPARE(m_stack->count(), 0);
    QCOMPARE(stored(dhl.meta.id).start, PartialDate::fromYear(2016));
    QCOMPARE(stored(dhl.meta.id).meta.revision, dhl.meta.revision);
    QCOMPARE(currentTitle(), dhlTitle);
}

void TestTimelinePage::escapeCancelsDrag()
{
    const Milestone dhl = storedByTitle(dhlTitle);
    const int row = rowOf(dhlTitle);
    m_page->selectMilestone(dhl.meta.id);
    const QPoint from = m_view->viewportRectOfRow(row).center();
    QCOMPARE(m_view->rowAt(from), row);
    const int dx = int(std::lround(m_view->scene().pixelsPerDay() * 365 * 2));
    m_view->setFocus();
    QTest::mousePress(m_view->viewport(), Qt::LeftButton, Qt::NoModifier, from);
    QTest::mouseMove(m_view->viewport(), from + QPoint(dx / 2, 0));
    QTest::mouseMove(m_view->viewport(), from + QPoint(dx, 0));
    QTest::keyClick(m_view, Qt::Key_Escape);
    QTest::mouseRelease(m_view->viewport(), Qt::LeftButton, Qt::NoModifier, from + QPoint(dx, 0));
    QCOMPARE(m_stack->count(), 0);
    QCOMPARE(stored(dhl.meta.id).start, PartialDate::fromYear(2016));
}

void TestTimelinePage::keyboardNavigation()
{
    m_view->setFocus();
    QVERIFY(m_view->hasFocus());
    QTest::keyClick(m_view, Qt::Key_Home);
    QCOMPARE(currentTitle(), zafiraTitle);
    QCOMPARE(m_page->selectedMilestones().size(), 1);
    QCOMPARE(m_page->selectedMilestones().first().title, zafiraTitle);
    // Chronological; on the same date in the order they were entered.
    QTest::keyClick(m_view, Qt::Key_Right);
    QCOMPARE(currentTitle(), QStringLiteral("Opel-Werk wird abgerissen, die Fläche aufbereitet"));
    QTest::keyClick(m_view, Qt::Key_Right);
    QCOMPARE(currentTitle(), QStringLiteral("Die „Marke Bochum“ wird eingeführt"));
    QTest::keyClick(m_view, Qt::Key_Left);
    QCOMPARE(currentTitle(), QStringLiteral("Opel-Werk wird abgerissen, die Fläche aufbereitet"));
    QTest::keyClick(m_view, Qt::Key_Left);
    QTest::keyClick(m_view, Qt::Key_Left); // stays on the first
    QCOMPARE(currentTitle(), zafiraTitle);
    QTest::keyClick(m_view, Qt::Key_End);
    QCOMPARE(currentTitle(), QStringLiteral("Haus des Wissens ist beschlossen"));
    QTest::keyClick(m_view, Qt::Key_Right);
    QCOMPARE(currentTitle(), QStringLiteral("Haus des Wissens ist beschlossen"));
    QCOMPARE(m_table->selectionModel()->selectedRows().size(), 1);
    // The view keeps the current milestone in sight.
    const QRect card = m_view->viewportRectOfRow(m_table->selectionModel()->currentIndex().row());
    QVERIFY(m_view->viewport()->rect().intersects(card));

    // From a row chosen in the list, on through the year 2016: the era starts in 2016 but ends later.
    clickRow(rowOf(dhlTitle));
    m_view->setFocus();
    QTest::keyClick(m_view, Qt::Key_Right);
    QCOMPARE(currentTitle(), QStringLiteral("Vonovia Zentrale entsteht in Bochum"));
    QTest::keyClick(m_view, Qt::Key_Right);
    QCOMPARE(currentTitle(), QStringLiteral("Bochum Strategie"));
    QTest::keyClick(m_view, Qt::Key_Right);
    QCOMPARE(currentTitle(), QStringLiteral("Bochum Strategie startet"));

    // Sorting the list by title changes its order, not the order of the timeline.
    QHeaderView *header = m_table->horizontalHeader();
    QTest::mouseClick(
        header->viewport(), Qt::LeftButton, Qt::NoModifier,
        QPoint(header->sectionViewportPosition(MilestoneListModel::TitleColumn) + 20, header->height() / 2));
    QCOMPARE(header->sortIndicatorSection(), int(MilestoneListModel::TitleColumn));
    QCOMPARE(m_table->model()->index(0, MilestoneListModel::TitleColumn).data().toString(),
             QStringLiteral("Arbeitslosigkeit unter 9%"));
    QCOMPARE(currentTitle(), QStringLiteral("Bochum Strategie startet"));
    m_view->setFocus();
    QTest::keyClick(m_view, Qt::Key_Left);
    QCOMPARE(currentTitle(), QStringLiteral("Bochum Strategie"));
    QTest::keyClick(m_view, Qt::Key_Right);
    QCOMPARE(currentTitle(), QStringLiteral("Bochum Strategie startet"));

    // Return edits the current milestone; Esc goes back to the graphic.
    QTest::keyClick(m_view, Qt::Key_Return);
    QVERIFY(m_page->isEditorOpen());
    QCOMPARE(field<QLineEdit>("titleEdit")->text(), QStringLiteral("Bochum Strategie startet"));
    QTRY_VERIFY(field<QLineEdit>("titleEdit")->hasFocus());
    QTest::keyClick(field<QLineEdit>("titleEdit"), Qt::Key_Escape);
    QVERIFY(!m_page->isEditorOpen());
    QVERIFY(m_view->hasFocus());
    QCOMPARE(m_stack->count(), 0);
}

void TestTimelinePage::zoom()
{
    const auto near = [](double actual, double expected) {
        return std::abs(actual - expected) <= 1e-9 * std::abs(expected);
    };
    const TimelineScene &scene = m_view->scene();
    const double fit = scene.fitPixelsPerDay(m_view->viewport()->width());
    QVERIFY2(near(scene.pixelsPerDay(), fit), qPrintable(QString::number(scene.pixelsPerDay())));
    // Fit all shows the whole story: from before the first milestone to after the last.
    QVERIFY(scene.dayForX(0) < QDate(2014, 12, 5).toJulianDay());
    QVERIFY(scene.dayForX(m_view->viewport()->width()) > QDate(2020, 12, 31).toJulianDay());

    m_view->setFocus();
    QTest::keyClick(m_view, Qt::Key_Plus);
    QVERIFY(near(scene.pixelsPerDay(), fit * 1.5));
    QTest::keyClick(m_view, Qt::Key_Minus);
    QVERIFY(near(scene.pixelsPerDay(), fit));
    for (int i = 0; i < 6; ++i)
        QTest::keyClick(m_view, Qt::Key_Minus);
    QVERIFY2(near(scene.pixelsPerDay(), fit / 4), qPrintable(QString::number(scene.pixelsPerDay() / fit)));
    QTest::mouseClick(button("fitButton"), Qt::LeftButton);
    QVERIFY(near(scene.pixelsPerDay(), fit));
    QCOMPARE(m_view->horizontalScrollBar()->value(), 0);
    QTest::mouseClick(button("zoomInButton"), Qt::LeftButton);
    QTest::mouseClick(button("zoomInButton"), Qt::LeftButton);
    QVERIFY(near(scene.pixelsPerDay(), fit * 2.25));
    QTest::mouseClick(button("zoomOutButton"), Qt::LeftButton);
    QVERIFY(near(scene.pixelsPerDay(), fit * 1.5));
    QTest::keyClick(m_view, Qt::Key_0);
    QVERIFY(near(scene.pixelsPerDay(), fit));

    // Ctrl+wheel zooms around the mouse: the day under it stays under it.
    const QPoint at(int(m_view->viewport()->width() * 0.7), m_view->viewport()->height() / 2);
    const double dayBefore = scene.dayForX(at.x() + m_view->horizontalScrollBar()->value());
    QWheelEvent zoomWheel(at, m_view->viewport()->mapToGlobal(at), QPoint(), QPoint(0, 120), Qt::NoButton,
                          Qt::ControlModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(m_view->viewport(), &zoomWheel);
    QVERIFY(near(scene.pixelsPerDay(), fit * std::pow(1.0015, 120)));
    const double dayAfter = scene.dayForX(at.x() + m_view->horizontalScrollBar()->value());
    QVERIFY2(std::abs(dayAfter - dayBefore) * scene.pixelsPerDay() <= 1.0,
             qPrintable(QString::number(dayAfter - dayBefore)));

    // The wheel alone pans through time.
    const int scrolled = m_view->horizontalScrollBar()->value();
    const double zoomed = scene.pixelsPerDay();
    QWheelEvent panWheel(at, m_view->viewport()->mapToGlobal(at), QPoint(), QPoint(0, -60), Qt::NoButton,
                         Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(m_view->viewport(), &panWheel);
    QCOMPARE(m_view->horizontalScrollBar()->value(), scrolled + 60);
    QCOMPARE(scene.pixelsPerDay(), zoomed);
}

void TestTimelinePage::textFilter()
{
    auto *filter = child<QLineEdit>("filterEdit");
    auto *count = child<QLabel>("countLabel");
    QVERIFY(filter && count);
    QCOMPARE(count->text(), QStringLiteral("21 milestones"));
    clickRow(rowOf(dhlTitle));
    QTest::keyClicks(filter, QStringLiteral("kommt"));
    QCOMPARE(currentTitle(), dhlTitle); // still selected: it matches
    QStringList expected = {dhlTitle,
                            QStringLiteral("Viktoria Karree kommt"),
                            QStringLiteral("Bosch Etas Escrypt kommt"),
                            QStringLiteral("Babymarkt kommt"),
                            QStringLiteral("Max-Planck-Institut für Cybersecurity kommt"),
                            QStringLiteral("Rethink Robotics kommt")};
    expected.sort();
    QCOMPARE(listTitles(), expected);
    QCOMPARE(m_table->model()->rowCount(), 6);
    QCOMPARE(viewTitles(), expected);
    QCOMPARE(count->text(), QStringLiteral("6 of 21 milestones shown"));

    QTest::keyClick(filter, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(filter, QStringLiteral("Medienlandschaft")); // in a description only
    QCOMPARE(listTitles(), QStringList{zafiraTitle});
    QCOMPARE(viewTitles(), QStringList{zafiraTitle});

    QTest::keyClick(filter, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(filter, Qt::Key_Backspace);
    QCOMPARE(m_table->model()->rowCount(), 21);
    QCOMPARE(int(m_view->scene().items().size()), 21);
    QCOMPARE(count->text(), QStringLiteral("21 milestones"));
}

void TestTimelinePage::statusFilter()
{
    Milestone dhl = storedByTitle(dhlTitle);
    dhl.status = MilestoneStatus::Draft;
    QVERIFY(m_window->store()->milestones().update(dhl).ok());
    auto *combo = child<QComboBox>("statusFilterCombo");
    QVERIFY(combo);
    QCOMPARE(combo->count(), 4);
    QCOMPARE(combo->currentText(), QStringLiteral("All statuses"));

    QTest::keyClick(combo, Qt::Key_Down);
    QCOMPARE(combo->currentText(), QStringLiteral("Draft"));
    QCOMPARE(listTitles(), QStringList{dhlTitle});
    QCOMPARE(viewTitles(), QStringList{dhlTitle});
    QTest::keyClick(combo, Qt::Key_Down);
    QCOMPARE(combo->currentText(), QStringLiteral("Approved"));
    QCOMPARE(m_table->model()->rowCount(), 20);
    QCOMPARE(int(m_view->scene().items().size()), 20);
    QVERIFY(!viewTitles().contains(dhlTitle));
    QTest::keyClick(combo, Qt::Key_Down);
    QCOMPARE(combo->currentText(), QStringLiteral("Planned"));
    QCOMPARE(m_table->model()->rowCount(), 0);
    QTest::keyClick(combo, Qt::Key_Up);
    QCOMPARE(combo->currentText(), QStringLiteral("Approved"));

    // Together with the text filter.
    QTest::keyClicks(child<QLineEdit>("filterEdit"), QStringLiteral("kommt"));
    QCOMPARE(m_table->model()->rowCount(), 5);
    QCOMPARE(int(m_view->scene().items().size()), 5);
    QTest::keyClick(combo, Qt::Key_Up);
    QCOMPARE(viewTitles(), QStringList{dhlTitle});

    QTest::keyClick(combo, Qt::Key_Home);
    QCOMPARE(combo->currentText(), QStringLiteral("All statuses"));
    QCOMPARE(m_table->model()->rowCount(), 6);
}

void TestTimelinePage::categoryFilter()
{
    CategoryListModel *categories = m_page->categoryModel();
    QVERIFY(categories);
    QCOMPARE(categories->index(3, 0).data().toString(), QStringLiteral("Ansiedlung"));
    const QStringList ansiedlung = {dhlTitle,
                                    QStringLiteral("Vonovia Zentrale entsteht in Bochum"),
                                    QStringLiteral("Bosch Etas Escrypt kommt"),
                                    QStringLiteral("Babymarkt kommt"),
                                    QStringLiteral("Max-Planck-Institut für Cybersecurity kommt"),
                                    QStringLiteral("Worldfactory Startup Center wird gefördert"),
                                    QStringLiteral("VW Infotainment baut aus"),
                                    QStringLiteral("Rethink Robotics kommt")};

    clickCategoryCheckBox(3);
    QCOMPARE(categories->index(3, 0).data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Unchecked);
    QCOMPARE(m_table->model()->rowCount(), 13);
    QCOMPARE(int(m_view->scene().items().size()), 13);
    for (const QString &title : ansiedlung) {
        QVERIFY2(!listTitles().contains(title), qPrintable(title));
        QVERIFY2(!viewTitles().contains(title), qPrintable(title));
    }
    QCOMPARE(child<QLabel>("countLabel")->text(), QStringLiteral("13 of 21 milestones shown"));
    QTest::keyClicks(child<QLineEdit>("filterEdit"), QStringLiteral("kommt"));
    QCOMPARE(viewTitles(), QStringList{QStringLiteral("Viktoria Karree kommt")});
    child<QLineEdit>("filterEdit")->clear();
    clickCategoryCheckBox(3);
    QCOMPARE(categories->index(3, 0).data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Checked);
    QCOMPARE(int(m_view->scene().items().size()), 21);

    // "No category" hides the uncategorised milestones.
    Milestone loose;
    loose.start = PartialDate::fromYear(2021);
    loose.title = QStringLiteral("Ohne Kategorie");
    QVERIFY(m_window->store()->milestones().insert(loose).ok());
    QCOMPARE(int(m_view->scene().items().size()), 22);
    QCOMPARE(categories->index(7, 0).data().toString(), QStringLiteral("No category"));
    clickCategoryCheckBox(7);
    QCOMPARE(m_table->model()->rowCount(), 21);
    QVERIFY(!viewTitles().contains(QStringLiteral("Ohne Kategorie")));
    QCOMPARE(int(m_view->scene().items().size()), 21);
    clickCategoryCheckBox(7);
    QVERIFY(viewTitles().contains(QStringLiteral("Ohne Kategorie")));
}

void TestTimelinePage::categories()
{
    CategoryListModel *categories = m_page->categoryModel();
    auto *list = child<QListView>("categoryList");
    QVERIFY(categories && list);
    QCOMPARE(categories->rowCount(), 8);
    QVERIFY(button("addCategoryButton")->isEnabled());
    QVERIFY(!button("editCategoryButton")->isEnabled());
    QVERIFY(!button("removeCategoryButton")->isEnabled());
    const auto clickCategory = [&](int row) {
        const QRect rect = list->visualRect(categories->index(row, 0));
        QTest::mouseClick(list->viewport(), Qt::LeftButton, Qt::NoModifier,
                          QPoint(rect.right() - 10, rect.center().y())); // away from the check box
    };

    bool seen = false;
    onNextDialog([&](QDialog *dialog) {
        seen = true;
        QCOMPARE(dialog->windowTitle(), QStringLiteral("New Category"));
        auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("nameEdit"));
        auto *colour = dialog->findChild<QLineEdit *>(QStringLiteral("colourEdit"));
        auto *error = dialog->findChild<QLabel *>(QStringLiteral("errorLabel"));
        auto *save = dialog->findChild<QPushButton *>(QStringLiteral("saveButton"));
        QVERIFY(name && colour && error && save);
        QVERIFY(!save->isEnabled());
        QVERIFY(error->isVisible());
        QTest::keyClicks(name, QStringLiteral("Kultur"));
        QVERIFY(save->isEnabled());
        colour->clear();
        QTest::keyClicks(colour, QStringLiteral("blue"));
        QVERIFY(!save->isEnabled());
        QVERIFY2(error->text().contains(QStringLiteral("#1f77b4")), qPrintable(error->text()));
        colour->clear();
        QTest::keyClicks(colour, QStringLiteral("#123456"));
        QVERIFY(save->isEnabled());
        QVERIFY(!error->isVisible());
        QTest::mouseClick(save, Qt::LeftButton);
    });
    QTest::mouseClick(button("addCategoryButton"), Qt::LeftButton);
    QVERIFY(seen);
    QCOMPARE(categories->rowCount(), 9);
    QCOMPARE(categories->index(7, 0).data().toString(), QStringLiteral("Kultur"));
    QCOMPARE(categories->index(7, 0).data(Qt::DecorationRole).value<QColor>(), QColor(0x12, 0x34, 0x56));
    QCOMPARE(categories->index(8, 0).data().toString(), QStringLiteral("No category"));
    const RecordId kultur = categories->idAt(7);
    QCOMPARE(action("undoAction")->text(), QStringLiteral("&Undo Add category “Kultur”"));

    // Up one place: an undoable change of the order.
    clickCategory(7);
    QCOMPARE(list->currentIndex().row(), 7);
    QVERIFY(button("moveCategoryUpButton")->isEnabled());
    QVERIFY(!button("moveCategoryDownButton")->isEnabled());
    QTest::mouseClick(button("moveCategoryUpButton"), Qt::LeftButton);
    QCOMPARE(categories->order().indexOf(kultur), 6);
    QCOMPARE(categories->index(6, 0).data().toString(), QStringLiteral("Kultur"));
    QCOMPARE(categories->index(7, 0).data().toString(), QStringLiteral("Programme"));
    QCOMPARE(list->currentIndex().row(), 6); // the selection moves with it
    QVERIFY(button("moveCategoryDownButton")->isEnabled());
    QCOMPARE(action("undoAction")->text(), QStringLiteral("&Undo Reorder categories"));
    action("undoAction")->trigger();
    QCOMPARE(categories->order().indexOf(kultur), 7);
    // The buttons follow what is current in the list, also after the list was read again.
    const auto buttonStates = [&] {
        return QStringList{QString::number(button("editCategoryButton")->isEnabled()),
                           QString::number(button("removeCategoryButton")->isEnabled()),
                           QString::number(button("moveCategoryUpButton")->isEnabled()),
                           QString::number(button("moveCategoryDownButton")->isEnabled())}
            .join(QLatin1Char(' '));
    };
    const QModelIndex current = list->currentIndex();
    const bool real = current.isValid() && categories->idAt(current.row()) != 0;
    const QString expectedStates =
        QStringList{QString::number(real), QString::number(real), QString::number(real && current.row() > 0),
                    QString::number(real && current.row() < 7)}
            .join(QLatin1Char(' '));
    QCOMPARE(buttonStates(), expectedStates);
    action("redoAction")->trigger();
    QCOMPARE(categories->order().indexOf(kultur), 6);

    // Rename.
    clickCategory(6);
    seen = false;
    onNextDialog([&](QDialog *dialog) {
        seen = true;
        QCOMPARE(dialog->windowTitle(), QStringLiteral("Edit Category"));
        auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("nameEdit"));
        QCOMPARE(name->text(), QStringLiteral("Kultur"));
        QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("colourEdit"))->text(),
                 QStringLiteral("#123456"));
        QTest::keyClicks(name, QStringLiteral(" und Sport"));
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("saveButton")), Qt::LeftButton);
    });
    QTest::mouseClick(button("editCategoryButton"), Qt::LeftButton);
    QVERIFY(seen);
    QCOMPARE(categories->index(6, 0).data().toString(), QStringLiteral("Kultur und Sport"));
    QCOMPARE(action("undoAction")->text(), QStringLiteral("&Undo Edit category “Kultur”"));
    action("undoAction")->trigger();
    QCOMPARE(categories->index(6, 0).data().toString(), QStringLiteral("Kultur"));

    // Remove, and back.
    clickCategory(6);
    QVERIFY(button("removeCategoryButton")->isEnabled());
    QTest::mouseClick(button("removeCategoryButton"), Qt::LeftButton);
    QCOMPARE(categories->rowCount(), 8);
    QCOMPARE(categories->rowOf(kultur), -1);
    QCOMPARE(action("undoAction")->text(), QStringLiteral("&Undo Delete category “Kultur”"));
    action("undoAction")->trigger();
    QCOMPARE(categories->rowOf(kultur), 6);
    QCOMPARE(categories->index(6, 0).data().toString(), QStringLiteral("Kultur"));

    // "No category" is not a category to edit or move.
    clickCategory(8);
    QCOMPARE(list->currentIndex().row(), 8);
    QVERIFY(!button("editCategoryButton")->isEnabled());
    QVERIFY(!button("removeCategoryButton")->isEnabled());
    QVERIFY(!button("moveCategoryUpButton")->isEnabled());
    QVERIFY(!button("moveCategoryDownButton")->isEnabled());
}

void TestTimelinePage::removeCategoryWithMilestones()
{
    CategoryListModel *categories = m_page->categoryModel();
    auto *list = child<QListView>("categoryList");
    list->setCurrentIndex(categories->index(3, 0));
    QCOMPARE(categories->index(3, 0).data().toString(), QStringLiteral("Ansiedlung"));
    QTest::mouseClick(button("removeCategoryButton"), Qt::LeftButton);
    QCOMPARE(categories->rowCount(), 7);
    // Its milestones stay, without a category, in the neutral colour.
    QCOMPARE(shown()->rowCount(), 21);
    const int row = rowOf(dhlTitle);
    QCOMPARE(shown()->index(row, MilestoneListModel::CategoryColumn).data().toString(), QString());
    const TimelineItem &item =
        m_view->scene().items()[size_t(m_view->scene().indexOfId(storedByTitle(dhlTitle).meta.id))];
    QCOMPARE(item.colour, QColor(0x9c, 0xa3, 0xaf));
    QCOMPARE(item.categoryName, QString());

    // Unticking "No category" hides them now.
    QCOMPARE(categories->index(6, 0).data().toString(), QStringLiteral("No category"));
    clickCategoryCheckBox(6);
    QCOMPARE(m_table->model()->rowCount(), 13);
    clickCategoryCheckBox(6);

    action("undoAction")->trigger();
    QCOMPARE(categories->rowCount(), 8);
    QCOMPARE(shown()->index(rowOf(dhlTitle), MilestoneListModel::CategoryColumn).data().toString(),
             QStringLiteral("Ansiedlung"));
}

void TestTimelinePage::editAfterRemovingCategoryUndoes()
{
    CategoryListModel *categories = m_page->categoryModel();
    child<QListView>("categoryList")->setCurrentIndex(categories->index(3, 0));
    QTest::mouseClick(button("removeCategoryButton"), Qt::LeftButton);
    QCOMPARE(categories->rowCount(), 7);

    const Milestone dhl = storedByTitle(dhlTitle);
    QCOMPARE(dhl.categoryId, RecordId(0));
    clickRow(rowOf(dhlTitle));
    QTest::mouseClick(button("editButton"), Qt::LeftButton);
    QCOMPARE(field<QComboBox>("categoryCombo")->currentText(), QStringLiteral("No category"));
    QTest::keyClicks(field<QLineEdit>("titleEdit"), QStringLiteral(" nach Bochum"));
    QTest::mouseClick(field<QPushButton>("saveButton"), Qt::LeftButton);
    QCOMPARE(stored(dhl.meta.id).title, QStringLiteral("DHL kommt nach Bochum"));
    QCOMPARE(m_stack->count(), 2);

    // Undo the edit, then the removal: both steps work, and DHL is back in its category.
    action("undoAction")->trigger();
    const QStringList messages = Dialogs::takeMessages();
    QVERIFY2(messages.isEmpty(), qPrintable(messages.join(QLatin1Char('\n'))));
    QCOMPARE(stored(dhl.meta.id).title, dhlTitle);
    action("undoAction")->trigger();
    QCOMPARE(categories->rowCount(), 8);
    QCOMPARE(stored(dhl.meta.id).categoryId, categories->idAt(3));
}

void TestTimelinePage::deleteTwoFromTheList()
{
    const Milestone dhl = storedByTitle(dhlTitle);
    const Milestone babymarkt = storedByTitle(QStringLiteral("Babymarkt kommt"));
    QVERIFY(!button("deleteButton")->isEnabled());
    clickRow(rowOf(dhlTitle));
    clickRow(rowOf(babymarkt.title), Qt::ControlModifier);
    QCOMPARE(m_table->selectionModel()->selectedRows().size(), 2);
    QCOMPARE(m_page->selectedMilestones().size(), 2);
    QVERIFY(button("deleteButton")->isEnabled());
    QVERIFY(!button("editButton")->isEnabled());

    m_table->setFocus();
    QVERIFY(m_table->hasFocus());
    QTest::keyClick(m_table, Qt::Key_Delete);
    QCOMPARE(m_table->model()->rowCount(), 19);
    QCOMPARE(int(m_view->scene().items().size()), 19);
    QVERIFY(!viewTitles().contains(dhlTitle));
    QVERIFY(!viewTitles().contains(babymarkt.title));
    QCOMPARE(*m_window->store()->milestones().count(), 19);
    QCOMPARE(m_stack->count(), 1);
    QCOMPARE(action("undoAction")->text(), QStringLiteral("&Undo Delete 2 milestones"));
    QCOMPARE(m_window->statusBar()->currentMessage(),
             QStringLiteral("Deleted 2 milestones. Undo brings them back."));

    action("undoAction")->trigger();
    QCOMPARE(m_table->model()->rowCount(), 21);
    QCOMPARE(int(m_view->scene().items().size()), 21);
    QCOMPARE(stored(dhl.meta.id).title, dhlTitle);
    QCOMPARE(stored(babymarkt.meta.id).title, babymarkt.title);
    action("redoAction")->trigger();
    QCOMPARE(m_table->model()->rowCount(), 19);
}

void TestTimelinePage::deleteFromTheView()
{
    Store *store = m_window->store();
    const Milestone dhl = storedByTitle(dhlTitle);
    const RecordId releaseId = store->releases().all()->first().meta.id;
    const QList<RecordId> releaseLinks = *store->releases().milestonesShown(releaseId);
    QVERIFY(releaseLinks.contains(dhl.meta.id));

    QVERIFY(drag(dhlTitle, 0)); // a click on its card selects it
    QCOMPARE(currentTitle(), dhlTitle);
    m_view->setFocus();
    QTest::keyClick(m_view, Qt::Key_Delete);
    QCOMPARE(int(m_view->scene().items().size()), 20);
    QCOMPARE(rowOf(dhlTitle), -1);
    QCOMPARE(action("undoAction")->text(), QStringLiteral("&Undo Delete “DHL kommt”"));
    QVERIFY(!store->releases().milestonesShown(releaseId)->contains(dhl.meta.id));

    action("undoAction")->trigger();
    QCOMPARE(int(m_view->scene().items().size()), 21);
    QCOMPARE(stored(dhl.meta.id).title, dhlTitle);
    QCOMPARE(*store->releases().milestonesShown(releaseId), releaseLinks);
}

void TestTimelinePage::exports()
{
    QSignalSpy status(m_page, &TimelinePage::statusMessage);
    const QString png = m_dir->filePath(QStringLiteral("Zeitstrahl.png"));
    QVERIFY(m_page->exportImage(png));
    const QImage image(png);
    QVERIFY(!image.isNull());
    QCOMPARE(image.size(), m_view->viewport()->size() * m_view->devicePixelRatio());
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 7) {
        for (int x = 0; x < image.width(); x += 7)
            colours.insert(image.pixel(x, y));
    }
    QVERIFY2(colours.size() > 10, "the image is (nearly) blank");
    QCOMPARE(status.size(), 1);
    QVERIFY(status.first().at(0).toString().contains(QStringLiteral("Zeitstrahl.png")));

    const QString svg = m_dir->filePath(QStringLiteral("Zeitstrahl.svg"));
    QVERIFY(m_page->exportImage(svg));
    QFile svgFile(svg);
    QVERIFY(svgFile.open(QIODevice::ReadOnly));
    const QByteArray svgText = svgFile.readAll();
    QVERIFY(svgText.contains("<svg"));
    QVERIFY(svgText.contains("</svg>"));
    QVERIFY(svgText.contains("<title>Timeline</title>"));

    // The data exports write what is shown: here, after a filter, six milestones.
    const QString json = m_dir->filePath(QStringLiteral("Zeitstrahl.json"));
    QVERIFY(m_page->exportData(json, false));
    QFile jsonFile(json);
    QVERIFY(jsonFile.open(QIODevice::ReadOnly));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(jsonFile.readAll(), &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QVERIFY(document.object().value(QLatin1String("events")).isArray());
    QCOMPARE(document.object().value(QLatin1String("events")).toArray().size(), 21);
    QCOMPARE(document.object().value(QLatin1String("eras")).toArray().size(), 1);

    QTest::keyClicks(child<QLineEdit>("filterEdit"), QStringLiteral("kommt"));
    Milestone dhl = storedByTitle(dhlTitle);
    dhl.status = MilestoneStatus::Draft;
    QVERIFY(m_window->store()->milestones().update(dhl).ok());
    const auto eventsIn = [](const QString &path) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return -1;
        return int(
            QJsonDocument::fromJson(file.readAll()).object().value(QLatin1String("events")).toArray().size());
    };
    const QString filtered = m_dir->filePath(QStringLiteral("kommt.json"));
    QVERIFY(m_page->exportData(filtered, false));
    QCOMPARE(eventsIn(filtered), 5); // the draft is left out
    QVERIFY(m_page->exportData(filtered, true));
    QCOMPARE(eventsIn(filtered), 6);

    const QString csv = m_dir->filePath(QStringLiteral("Zeitstrahl.csv"));
    QVERIFY(m_page->exportData(csv, true));
    QFile csvFile(csv);
    QVERIFY(csvFile.open(QIODevice::ReadOnly));
    const QByteArray csvText = csvFile.readAll();
    QVERIFY(csvText.startsWith("\xEF\xBB\xBF"));
    QList<QByteArray> lines = csvText.split('\n');
    if (lines.last().trimmed().isEmpty())
        lines.removeLast();
    QCOMPARE(lines.size(), 7);
    QVERIFY(lines.first().contains("start"));
    QVERIFY(lines.first().contains("title"));
    QVERIFY(csvText.contains("DHL kommt"));
    QVERIFY(!csvText.contains("Vonovia"));
    QCOMPARE(status.size(), 6);
}

void TestTimelinePage::exportFailures()
{
    const QString folder = m_dir->filePath(QStringLiteral("no/such/folder"));
    for (const QString &name : {QStringLiteral("Zeitstrahl.png"), QStringLiteral("Zeitstrahl.svg")}) {
        QVERIFY(!m_page->exportImage(QDir(folder).filePath(name)));
        const QStringList messages = Dialogs::takeMessages();
        QCOMPARE(messages.size(), 1);
        QVERIFY2(messages.first().contains(name), qPrintable(messages.first()));
    }
    for (const QString &name : {QStringLiteral("Zeitstrahl.json"), QStringLiteral("Zeitstrahl.csv")}) {
        QVERIFY(!m_page->exportData(QDir(folder).filePath(name), false));
        const QStringList messages = Dialogs::takeMessages();
        QCOMPARE(messages.size(), 1);
        QVERIFY2(messages.first().contains(name), qPrintable(messages.first()));
    }
    QVERIFY(!QFileInfo::exists(folder));
}

QTEST_MAIN(TestTimelinePage)
#include "tst_timelinepage.moc"
