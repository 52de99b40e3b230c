// The Contacts area on the Bochum demo material plus a few generated contacts, driven like a user would:
// typing into the search field and the detail form, clicking rows and buttons, the filters, deleting,
// undo through the QUndoStack, the organisation form (a modal dialog answered from a timer), and unsaved
// edits that must survive choosing another contact. Also grabs the page to PNG for a look.

#include "cli/application.h"
#include "dialoganswer.h"
#include "exchange/contactimport.h"
#include "exchange/demodatabase.h"
#include "formats/vcard.h"
#include "models/contactchannelmodel.h"
#include "models/contacttablemodel.h"
#include "storage/store.h"
#include "ui/contacteditor.h"
#include "ui/contactspage.h"
#include "ui/dialogs.h"
#include "undo/storecommand.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QTranslator>
#include <QUndoStack>

#include <functional>

using namespace pressdesk;

namespace {

struct Person
{
    const char *honorific;
    const char *given;
    const char *family;
    const char *role;
    const char *organisation; // name of a demo organisation, or ""
    const char *topics;
    bool available;
    const char *email;
};

// Next to the six demo contacts: names that a search for "mull" must and must not find.
const Person extraPeople[] = {
    {"Frau", "Anna", "Müller", "Referentin", "Stadt Bochum", "Kultur", true, "anna.mueller@example.org"},
    {"Herr", "Jörg", "Müller-Lüdenscheidt", "Pressesprecher", "Bochum Wirtschaftsentwicklung GmbH",
     "Ansiedlung", false, "j.mueller@example.org"},
    {"Herr", "Peter", "Möller", "Redakteur", "", "Kultur", true, "moeller@example.org"},
    {"Frau", "Sabine", "Miller", "Leiterin", "", "Sport", false, "miller@example.org"},
    {"", "Kai", "Mullach", "", "", "", false, ""}, // "mull" finds him too: a prefix, not a Müller
};

// typeInto() takes ASCII only; a press officer types umlauts.
void typeInto(QWidget *widget, const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() < 128)
            QTest::keyClick(widget, c.toLatin1());
        else
            QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
    }
}

} // namespace

class TestContactsPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void grabDemo();
    void grabThousands();
    void modelsPassTheTester();
    void addContactThroughTheForm();
    void searchAsYouType_data();
    void searchAsYouType();
    void filters();
    void channelsStartInternalAndPublicNeedsConsent();
    void listShowsWhoIsPublicWithoutConsent();
    void anEmptyListSaysWhy();
    void theFormFollowsTheFilteredList();
    void theListHasTheRoomUntilAContactIsShownAndLayoutIsKept();
    void aWideListWidensEveryColumn();
    void channelColumnsShowTheirWholeText();
    void countLabel();
    void editWithUndo();
    void anAddressBookEntryIsShownWholeAndItsAddressEdited();
    void everyAddressIsEditedAddedAndRemoved();
    void appleLabelsAreShownInGerman();
    void unsavedEditsAreSavedWhenLeaving();
    void invalidEditsKeepTheContact();
    void validationShownAtTheField();
    void deleteAndUndo();
    void speakerOfQuotesIsNotDeleted();
    void organisationFormSavesWebsiteAndBoilerplate();
    void newOrganisationFromTheForm();
    void importAndExportSignals();
    void germanDates();
    void grabGerman();

private:
    void onNextDialog(std::function<void(QDialog *)> interact);
    template<typename T>
    T *child(const char *name) const
    {
        T *found = m_page->findChild<T *>(QLatin1String(name));
        if (!found)
            qWarning("no child %s", name);
        return found;
    }
    QToolButton *button(const char *name) const { return child<QToolButton>(name); }
    QStringList shownNames() const;
    int rowOf(const QString &familyName) const;
    bool clickRow(const QString &familyName, Qt::KeyboardModifiers modifiers = Qt::NoModifier);
    Contact stored(const QString &familyName) const;
    Contact stored(RecordId id) const;
    int storedCount() const;
    RecordId organisationId(const QString &name) const;
    void grabTo(const QString &fileName);

    QString m_grabDir;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<QUndoStack> m_stack;
    ContactsPage *m_page = nullptr;
    QTableView *m_table = nullptr;
    ContactTableModel *m_model = nullptr;
};

void TestContactsPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    setUpApplication(*qApp);
    Dialogs::setScripted(true);
    m_grabDir = QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("grabs"));
    QVERIFY(QDir().mkpath(m_grabDir));
}

void TestContactsPage::init()
{
    Dialogs::setScripted(true);
    QSettings().clear(); // splitter and column widths of an earlier test are not this one's
    Result<std::unique_ptr<Store>> store = Store::openInMemory();
    QVERIFY2(store.ok(), qPrintable(store.errorMessage()));
    m_store = std::move(*store);
    const Result<void> populated = DemoDatabase::populate(*m_store);
    QVERIFY2(populated.ok(), qPrintable(populated.errorMessage()));
    for (const Person &person : extraPeople) {
        Contact contact;
        contact.honorific = QString::fromUtf8(person.honorific);
        contact.givenName = QString::fromUtf8(person.given);
        contact.familyName = QString::fromUtf8(person.family);
        contact.role = QString::fromUtf8(person.role);
        contact.organisationId = organisationId(QString::fromUtf8(person.organisation));
        contact.pressTopics = QString::fromUtf8(person.topics).split(QLatin1Char(','), Qt::SkipEmptyParts);
        contact.availableForPress = person.available;
        if (*person.email)
            contact.channels = {{0, ChannelKind::Email, QString::fromUtf8(person.email), QString(), true}};
        const Result<Contact> inserted = m_store->contacts().insert(contact);
        QVERIFY2(inserted.ok(), qPrintable(inserted.errorMessage()));
    }
    QCOMPARE(storedCount(), 11);

    m_stack = std::make_unique<QUndoStack>();
    m_page = new ContactsPage(m_stack.get());
    m_page->resize(1400, 800);
    m_page->show();
    m_page->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_page));
    m_page->setStore(m_store.get());
    m_table = m_page->contactTable();
    m_model = m_page->contactModel();
    QVERIFY(m_table && m_model);
    QCOMPARE(m_table->model(), static_cast<QAbstractItemModel *>(m_model)); // no proxy over the lazy model
    QCOMPARE(m_model->rowCount(), 11);
}

void TestContactsPage::cleanup()
{
    const QList<QTimer *> pending = findChildren<QTimer *>(QStringLiteral("dialogAnswer"));
    for (QTimer *timer : pending)
        delete timer;
    delete m_page;
    m_page = nullptr;
    m_stack.reset();
    m_store.reset();
    QLocale::setDefault(QLocale::c());
    const QStringList unexpected = Dialogs::takeMessages();
    QVERIFY2(unexpected.isEmpty(), qPrintable(unexpected.join(QLatin1Char('\n'))));
}

void TestContactsPage::onNextDialog(std::function<void(QDialog *)> interact)
{
    testsupport::answerNextDialog(this, std::move(interact));
}

QStringList TestContactsPage::shownNames() const
{
    QStringList names;
    for (int row = 0; row < m_model->rowCount(); ++row)
        names.append(m_model->index(row, ContactTableModel::NameColumn).data().toString());
    return names;
}

int TestContactsPage::rowOf(const QString &familyName) const
{
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->summaryAt(row).familyName == familyName)
            return row;
    }
    return -1;
}

bool TestContactsPage::clickRow(const QString &familyName, Qt::KeyboardModifiers modifiers)
{
    const int row = rowOf(familyName);
    if (row < 0)
        return false;
    const QModelIndex index = m_model->index(row, ContactTableModel::NameColumn);
    m_table->scrollTo(index);
    QTest::mouseClick(m_table->viewport(), Qt::LeftButton, modifiers, m_table->visualRect(index).center());
    return true;
}

Contact TestContactsPage::stored(const QString &familyName) const
{
    for (const Contact &contact : *m_store->contacts().all()) {
        if (contact.familyName == familyName)
            return contact;
    }
    return {};
}

Contact TestContactsPage::stored(RecordId id) const
{
    Result<Contact> found = m_store->contacts().find(id);
    return found ? *found : Contact();
}

int TestContactsPage::storedCount() const
{
    Result<QList<Contact>> all = m_store->contacts().all();
    return all ? int(all->size()) : -1;
}

RecordId TestContactsPage::organisationId(const QString &name) const
{
    if (name.isEmpty())
        return 0;
    for (const Organisation &organisation : *m_store->organisations().all()) {
        if (organisation.name == name)
            return organisation.meta.id;
    }
    return 0;
}

void TestContactsPage::grabTo(const QString &fileName)
{
    const QString path = QDir(m_grabDir).filePath(fileName);
    QFile::remove(path);
    QTest::qWait(50); // let pending layout requests run, as the event loop would before painting
    QVERIFY(m_page->grab().save(path));
    qInfo("Page grab: %s", qPrintable(path));
}

void TestContactsPage::grabDemo()
{
    QVERIFY(clickRow(QStringLiteral("Sommerfeld")));
    QCOMPARE(m_page->editor()->contactId(), stored(QStringLiteral("Sommerfeld")).meta.id);
    grabTo(QStringLiteral("contactspage-demo.png"));
}

void TestContactsPage::grabThousands()
{
    // A few thousand generated contacts with German names, several organisations and topics.
    const QStringList given{"Anna",  "Jörg",       "Ümit",  "Sören", "Claudia",     "Hans-Peter",
                            "Özlem", "Maximilian", "Grete", "Lukas", "Marie-Luise", "Björn"};
    const QStringList family{"Müller", "Schmidt",       "Schneider", "Fischer",  "Weiß",
                             "Krüger", "Groß-Böckmann", "Yılmaz",    "Hoffmann", "Schäfer",
                             "Köhler", "Strauß",        "Bäcker",    "Öztürk"};
    const QStringList roles{"Pressesprecherin", "Referent Öffentlichkeitsarbeit", "Redakteurin",
                            "Geschäftsführer",  "Leiterin Kommunikation",         ""};
    const QStringList topics{"Stadtentwicklung",    "Kultur", "Sport", "Verkehr", "Bildung", "Haushalt",
                             "Wirtschaftsförderung"};
    QList<RecordId> organisations;
    for (const Organisation &organisation : *m_store->organisations().all())
        organisations.append(organisation.meta.id);
    const Result<void> generated = m_store->transaction([&]() -> Result<void> {
        for (int n = 0; n < 3000; ++n) {
            Contact contact;
            contact.honorific = n % 2 ? QStringLiteral("Frau") : QStringLiteral("Herr");
            contact.givenName = given.at(n % given.size());
            contact.familyName = family.at((n / given.size() + n) % family.size());
            contact.role = roles.at(n % roles.size());
            contact.organisationId = n % 4 ? organisations.at(n % organisations.size()) : 0;
            contact.pressTopics = {topics.at(n % topics.size()), topics.at((n / 7) % topics.size())};
            contact.availableForPress = n % 3 == 0;
            if (n % 5)
                contact.consentOn = QDate(2019, 1, 1).addDays(n % 1500);
            contact.channels = {
                {0, ChannelKind::Email, QStringLiteral("person%1@example.org").arg(n), QString(), true},
                {0, ChannelKind::Phone, QStringLiteral("0234 %1").arg(100000 + n), QStringLiteral("Büro"),
                 n % 2 == 0}};
            if (Result<Contact> inserted = m_store->contacts().insert(contact); !inserted)
                return inserted.error();
        }
        return {};
    });
    QVERIFY2(generated.ok(), qPrintable(generated.errorMessage()));
    QTRY_COMPARE(m_model->totalCount(), 3011);
    QVERIFY(m_model->rowCount() < 3011); // lazy: only the first pages
    m_page->selectContact(stored(QStringLiteral("Sommerfeld")).meta.id);
    grabTo(QStringLiteral("contactspage-thousands.png"));
    typeInto(m_page->searchField(), QStringLiteral("krüg"));
    QVERIFY(m_model->totalCount() > 100);
    for (const QString &name : shownNames())
        QVERIFY2(name.contains(QStringLiteral("Krüger")), qPrintable(name));
    grabTo(QStringLiteral("contactspage-thousands-search.png"));
}

void TestContactsPage::modelsPassTheTester()
{
    ContactChannelModel channels;
    QAbstractItemModelTester tester(&channels, QAbstractItemModelTester::FailureReportingMode::QtTest);
    channels.setChannels(stored(QStringLiteral("Sommerfeld")).channels);
    QCOMPARE(channels.rowCount(), 3);
    const int row = channels.addChannel({0, ChannelKind::Fax, QStringLiteral("0234 1"), QString(), true});
    QVERIFY(channels.setData(channels.index(row, ContactChannelModel::PublicColumn), Qt::Unchecked,
                             Qt::CheckStateRole));
    QVERIFY(channels.setData(channels.index(row, ContactChannelModel::KindColumn), int(ChannelKind::Web)));
    QVERIFY(!channels.setData(channels.index(row, ContactChannelModel::KindColumn), 99));
    QCOMPARE(channels.channels().at(row).kind, ChannelKind::Web);
    QCOMPARE(channels.channels().at(row).isPublic, false);
    channels.removeChannel(0);
    QCOMPARE(channels.rowCount(), 3);

    QAbstractItemModelTester tableTester(m_model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    typeInto(m_page->searchField(), QStringLiteral("mül"));
    m_page->searchField()->clear();
}

void TestContactsPage::addContactThroughTheForm()
{
    QTest::mouseClick(button("newContactButton"), Qt::LeftButton);
    ContactEditor *editor = m_page->editor();
    QVERIFY(editor->isVisible());
    QVERIFY(editor->isNewContact());
    auto *save = child<QPushButton>("saveButton");
    QVERIFY(!save->isEnabled());

    typeInto(child<QComboBox>("honorificCombo")->lineEdit(), QStringLiteral("Dr."));
    typeInto(child<QLineEdit>("givenNameEdit"), QStringLiteral("Lena"));
    typeInto(child<QLineEdit>("familyNameEdit"), QStringLiteral("Zimmermann"));
    typeInto(child<QLineEdit>("roleEdit"), QStringLiteral("Kulturdezernentin"));
    auto *organisation = child<QComboBox>("organisationCombo");
    organisation->setCurrentIndex(organisation->findText(QStringLiteral("Stadt Bochum")));
    QTest::mouseClick(button("addChannelButton"), Qt::LeftButton, Qt::NoModifier, QPoint(5, 5));
    QTRY_VERIFY(qobject_cast<QLineEdit *>(QApplication::focusWidget()));
    typeInto(QApplication::focusWidget(), QStringLiteral("lena.zimmermann@example.org"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return); // commits the cell (queued)
    QTRY_VERIFY(!child<QLabel>("channelsErrorLabel")->isVisible());
    typeInto(child<QLineEdit>("topicsEdit"), QStringLiteral("Kultur, Museen"));
    QTest::mouseClick(child<QCheckBox>("availableCheck"), Qt::LeftButton);
    QVERIFY(save->isEnabled());
    QTest::mouseClick(save, Qt::LeftButton);

    QCOMPARE(storedCount(), 12);
    QCOMPARE(m_stack->count(), 1);
    const Contact added = stored(QStringLiteral("Zimmermann"));
    QCOMPARE(added.honorific, QStringLiteral("Dr."));
    QCOMPARE(added.givenName, QStringLiteral("Lena"));
    QCOMPARE(added.role, QStringLiteral("Kulturdezernentin"));
    QCOMPARE(added.organisationId, organisationId(QStringLiteral("Stadt Bochum")));
    QCOMPARE(added.pressTopics, (QStringList{QStringLiteral("Kultur"), QStringLiteral("Museen")}));
    QVERIFY(added.availableForPress);
    QCOMPARE(added.channels.size(), 1);
    QCOMPARE(added.channels.first().kind, ChannelKind::Email);
    QCOMPARE(added.channels.first().value, QStringLiteral("lena.zimmermann@example.org"));
    QVERIFY(!added.channels.first().isPublic); // a channel typed in starts internal

    // In the table, chosen, and the form now shows the stored contact.
    QVERIFY(shownNames().contains(QStringLiteral("Dr. Lena Zimmermann")));
    QCOMPARE(m_page->selectedContactIds(), QList<RecordId>{added.meta.id});
    QCOMPARE(editor->contactId(), added.meta.id);
    QVERIFY(!editor->isModified());

    m_stack->undo();
    QCOMPARE(storedCount(), 11);
    QVERIFY(!shownNames().contains(QStringLiteral("Dr. Lena Zimmermann")));
    QVERIFY(!editor->isVisible());
}

void TestContactsPage::searchAsYouType_data()
{
    QTest::addColumn<QString>("typed");
    QTest::newRow("mull") << QStringLiteral("mull");
    QTest::newRow("müll") << QStringLiteral("müll");
    QTest::newRow("muell") << QStringLiteral("muell");
    QTest::newRow("MÜLLER") << QStringLiteral("MÜLLER");
}

void TestContactsPage::searchAsYouType()
{
    QFETCH(QString, typed);
    QLineEdit *search = m_page->searchField();
    QSignalSpy resets(m_model, &QAbstractItemModel::modelReset);
    typeInto(search, typed);
    QCOMPARE(resets.size(), typed.size()); // one search per keystroke, no button to press
    QStringList names = shownNames();
    names.removeAll(QStringLiteral("Kai Mullach")); // "mull" is a prefix of Mullach as well
    QCOMPARE(names, (QStringList{QStringLiteral("Frau Anna Müller"),
                                 QStringLiteral("Herr Jörg Müller-Lüdenscheidt")}));
    search->clear();
    QCOMPARE(m_model->rowCount(), 11);
}

void TestContactsPage::filters()
{
    auto *organisation = child<QComboBox>("organisationFilterCombo");
    auto *topic = child<QComboBox>("topicFilterCombo");
    auto *available = child<QCheckBox>("availableFilterCheck");
    auto *consent = child<QCheckBox>("consentFilterCheck");
    QCOMPARE(organisation->itemText(0), QStringLiteral("All organisations"));
    QCOMPARE(topic->itemText(0), QStringLiteral("All topics"));
    QVERIFY(topic->findText(QStringLiteral("Kultur")) > 0);
    QVERIFY(topic->findText(QStringLiteral("Stadtentwicklung")) > 0);

    organisation->setCurrentIndex(organisation->findText(QStringLiteral("Stadt Bochum")));
    QCOMPARE(m_model->rowCount(), 4); // Eiskirch, Sommerfeld, Weißenberg, Anna Müller
    for (int row = 0; row < m_model->rowCount(); ++row)
        QCOMPARE(m_model->summaryAt(row).organisationName, QStringLiteral("Stadt Bochum"));

    QTest::mouseClick(available, Qt::LeftButton);
    for (int row = 0; row < m_model->rowCount(); ++row)
        QVERIFY(m_model->summaryAt(row).availableForPress);
    QVERIFY(rowOf(QStringLiteral("Eiskirch")) < 0);
    QVERIFY(rowOf(QStringLiteral("Sommerfeld")) >= 0);

    QTest::mouseClick(consent, Qt::LeftButton);
    QCOMPARE(shownNames(), QStringList{QStringLiteral("Frau Julia Sommerfeld")});

    // Filters and search combine.
    organisation->setCurrentIndex(0);
    QTest::mouseClick(consent, Qt::LeftButton);
    topic->setCurrentIndex(topic->findText(QStringLiteral("Kultur")));
    QCOMPARE(shownNames(),
             (QStringList{QStringLiteral("Herr Peter Möller"), QStringLiteral("Frau Anna Müller")}));
    typeInto(m_page->searchField(), QStringLiteral("möl"));
    QCOMPARE(shownNames(), QStringList{QStringLiteral("Herr Peter Möller")});
    m_page->searchField()->clear();
    QTest::mouseClick(available, Qt::LeftButton);
    topic->setCurrentIndex(0);
    QCOMPARE(m_model->rowCount(), 11);
}

void TestContactsPage::channelsStartInternalAndPublicNeedsConsent()
{
    QVERIFY(clickRow(QStringLiteral("Möller"))); // an extra person: no consent recorded
    QVERIFY(!stored(QStringLiteral("Möller")).consentOn.isValid());
    auto *channels = child<QTableView>("channelTable");
    QAbstractItemModel *model = channels->model();
    const int before = model->rowCount();
    QTest::mouseClick(button("addChannelButton"), Qt::LeftButton, Qt::NoModifier, QPoint(5, 5));
    QTRY_VERIFY(qobject_cast<QLineEdit *>(QApplication::focusWidget()));
    typeInto(QApplication::focusWidget(), QStringLiteral("0234 555 7788"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    QTRY_COMPARE(model->rowCount(), before + 1);
    const QModelIndex publicCell = model->index(before, ContactChannelModel::PublicColumn);
    QCOMPARE(publicCell.data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));

    // Ticking it asks why, once; "Keep Internal" (the safe default of a closed dialog) leaves it.
    auto tick = [&] {
        channels->setCurrentIndex(publicCell);
        channels->setFocus();
        QTest::keyClick(channels, Qt::Key_Space);
    };
    tick();
    QStringList asked = Dialogs::takeMessages();
    QCOMPARE(asked.size(), 1);
    QVERIFY2(asked.first().contains(QStringLiteral("No consent is recorded for Peter Möller")),
             qPrintable(asked.first()));
    QVERIFY(asked.first().contains(QStringLiteral("GDPR")));
    QCOMPARE(publicCell.data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
    Dialogs::queueChoice(0); // Make Public
    tick();
    QCOMPARE(Dialogs::takeMessages().size(), 1);
    QCOMPARE(publicCell.data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
    tick(); // internal again: no question
    tick(); // and public again: asked once for this contact, not every time
    QVERIFY(Dialogs::takeMessages().isEmpty());
    QCOMPARE(publicCell.data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
    QTest::mouseClick(child<QPushButton>("saveButton"), Qt::LeftButton);
    QVERIFY(stored(QStringLiteral("Möller")).channels.last().isPublic);

    // With a consent date recorded nobody is asked.
    QVERIFY(clickRow(QStringLiteral("Sommerfeld")));
    QVERIFY(stored(QStringLiteral("Sommerfeld")).consentOn.isValid());
    QTest::mouseClick(button("addChannelButton"), Qt::LeftButton, Qt::NoModifier, QPoint(5, 5));
    QTRY_VERIFY(qobject_cast<QLineEdit *>(QApplication::focusWidget()));
    typeInto(QApplication::focusWidget(), QStringLiteral("0234 555 1002"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    const QModelIndex sommerfeldCell = model->index(model->rowCount() - 1, ContactChannelModel::PublicColumn);
    QTRY_COMPARE(sommerfeldCell.siblingAtColumn(ContactChannelModel::ValueColumn).data().toString(),
                 QStringLiteral("0234 555 1002"));
    channels->setCurrentIndex(sommerfeldCell);
    QTest::keyClick(channels, Qt::Key_Space);
    QVERIFY(Dialogs::takeMessages().isEmpty());
    QCOMPARE(sommerfeldCell.data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
    QTest::mouseClick(child<QPushButton>("revertButton"), Qt::LeftButton);
}

void TestContactsPage::listShowsWhoIsPublicWithoutConsent()
{
    // Worked out from the stored contacts, not from the filter's own query.
    QStringList expected;
    for (const Contact &contact : *m_store->contacts().all()) {
        const bool anyPublic = std::any_of(contact.channels.cbegin(), contact.channels.cend(),
                                           [](const ContactChannel &channel) { return channel.isPublic; });
        if (anyPublic && !contact.consentOn.isValid())
            expected.append(contact.familyName);
    }
    QVERIFY(!expected.isEmpty());
    QVERIFY(expected.size() < storedCount());
    auto *check = child<QCheckBox>("publicWithoutConsentCheck");
    auto *consent = child<QCheckBox>("consentFilterCheck");
    QTest::mouseClick(check, Qt::LeftButton);
    QStringList shown;
    for (int row = 0; row < m_model->rowCount(); ++row)
        shown.append(m_model->summaryAt(row).familyName);
    expected.sort();
    shown.sort();
    QCOMPARE(shown, expected);
    // "Consent given" is its opposite: ticking it clears this one.
    QTest::mouseClick(consent, Qt::LeftButton);
    QVERIFY(!check->isChecked());
    QVERIFY(m_model->rowCount() > 0);
    QTest::mouseClick(consent, Qt::LeftButton);
    QCOMPARE(m_model->rowCount(), storedCount());
}

void TestContactsPage::anEmptyListSaysWhy()
{
    auto *hint = m_table->viewport()->findChild<QLabel *>();
    QVERIFY(hint);
    QVERIFY(!hint->isVisible());
    typeInto(m_page->searchField(), QStringLiteral("xyzzy"));
    QCOMPARE(m_model->rowCount(), 0);
    QTRY_VERIFY(hint->isVisible());
    QCOMPARE(hint->text(), QStringLiteral("No hits for “xyzzy”"));
    m_page->searchField()->clear();
    QVERIFY(!hint->isVisible());
    // Filters that leave nobody say so too.
    auto *organisation = child<QComboBox>("organisationFilterCombo");
    organisation->setCurrentIndex(organisation->findText(QStringLiteral("Stadt Bochum")));
    auto *topic = child<QComboBox>("topicFilterCombo");
    topic->setCurrentIndex(topic->findText(QStringLiteral("Kultur")));
    QTest::mouseClick(child<QCheckBox>("consentFilterCheck"), Qt::LeftButton);
    QCOMPARE(m_model->rowCount(), 0);
    QVERIFY(hint->isVisible());
    QCOMPARE(hint->text(), QStringLiteral("No contact matches the filters."));
}

void TestContactsPage::theFormFollowsTheFilteredList()
{
    QVERIFY(clickRow(QStringLiteral("Möller")));
    const RecordId moeller = stored(QStringLiteral("Möller")).meta.id;
    QCOMPARE(m_page->editor()->contactId(), moeller);
    QVERIFY(button("deleteButton")->isEnabled());
    typeInto(m_page->searchField(), QStringLiteral("sommerfeld"));
    QCOMPARE(shownNames(), QStringList{QStringLiteral("Frau Julia Sommerfeld")});
    // Möller is no longer in the list: the form does not keep him open to be deleted unseen.
    QVERIFY(m_page->editor()->contactId() != moeller);
    QVERIFY(!m_page->editor()->isVisible());
    QVERIFY(!button("deleteButton")->isEnabled());
    // But typing is never dropped: a changed form stays open when the filter hides its contact.
    m_page->searchField()->clear();
    QVERIFY(clickRow(QStringLiteral("Möller")));
    typeInto(child<QLineEdit>("roleEdit"), QStringLiteral(" (Leitung)"));
    QVERIFY(m_page->editor()->isModified());
    typeInto(m_page->searchField(), QStringLiteral("sommerfeld"));
    QCOMPARE(m_page->editor()->contactId(), moeller);
    QVERIFY(m_page->editor()->isModified());
    QTest::mouseClick(child<QPushButton>("revertButton"), Qt::LeftButton);
}

void TestContactsPage::theListHasTheRoomUntilAContactIsShownAndLayoutIsKept()
{
    // Nothing shown: no empty form beside the list, which takes the width.
    auto *form = child<QWidget>("detailStack");
    QVERIFY(!form->isVisible());
    QVERIFY(m_table->width() > m_page->width() * 8 / 10);
    QVERIFY(clickRow(QStringLiteral("Sommerfeld")));
    QVERIFY(form->isVisible());
    QVERIFY(m_page->editor()->isVisible());
    QTRY_VERIFY(m_table->width() < m_page->width() * 6 / 10);

    // The user drags the splitter and widens a column: a new page (the next start) keeps both.
    auto *splitter = child<QSplitter>("mainSplitter");
    QSplitterHandle *handle = splitter->handle(1);
    const int before = splitter->sizes().first();
    const QPoint grip = handle->rect().center();
    QTest::mousePress(handle, Qt::LeftButton, Qt::NoModifier, grip);
    QTest::mouseMove(handle, grip + QPoint(-80, 0));
    QTest::mouseRelease(handle, Qt::LeftButton, Qt::NoModifier, grip + QPoint(-80, 0));
    const QList<int> dragged = splitter->sizes();
    QVERIFY2(dragged.first() < before - 40,
             qPrintable(QStringLiteral("%1 → %2").arg(before).arg(dragged.first())));
    // A column widened with the mouse: its right edge dragged 60 px.
    QHeaderView *header = m_table->horizontalHeader();
    const int roleBefore = header->sectionSize(ContactTableModel::RoleColumn);
    const QPoint edge(header->sectionViewportPosition(ContactTableModel::RoleColumn) + roleBefore - 1,
                      header->height() / 2);
    QTest::mousePress(header->viewport(), Qt::LeftButton, Qt::NoModifier, edge);
    QTest::mouseMove(header->viewport(), edge + QPoint(30, 0));
    QTest::mouseMove(header->viewport(), edge + QPoint(60, 0));
    QTest::mouseRelease(header->viewport(), Qt::LeftButton, Qt::NoModifier, edge + QPoint(60, 0));
    const int roleWidened = header->sectionSize(ContactTableModel::RoleColumn);
    QVERIFY2(roleWidened > roleBefore + 40,
             qPrintable(QStringLiteral("%1 → %2").arg(roleBefore).arg(roleWidened)));

    auto *again = new ContactsPage(m_stack.get());
    again->resize(m_page->size());
    again->show();
    again->setStore(m_store.get());
    again->selectContact(stored(QStringLiteral("Sommerfeld")).meta.id);
    QTRY_VERIFY(again->editor()->isVisible());
    QTRY_COMPARE(again->findChild<QSplitter *>(QStringLiteral("mainSplitter"))->sizes(), dragged);
    QCOMPARE(again->contactTable()->horizontalHeader()->sectionSize(ContactTableModel::RoleColumn),
             roleWidened);
    delete again;
}

void TestContactsPage::aWideListWidensEveryColumn()
{
    // Until the user arranges the columns, a wider table shows more of each (role, organisation and
    // topics were cut while the last column took all the room).
    QHeaderView *header = m_table->horizontalHeader();
    QVERIFY(!child<QWidget>("detailStack")->isVisible());
    const auto widths = [header] {
        QList<int> sizes;
        for (int column = 0; column < header->count(); ++column)
            sizes.append(header->sectionSize(column));
        return sizes;
    };
    m_page->resize(m_page->minimumSizeHint().width(), m_page->height());
    QTRY_VERIFY(header->width() < m_page->minimumSizeHint().width());
    const int narrowWidth = header->width();
    const QList<int> narrow = widths();
    m_page->resize(m_page->minimumSizeHint().width() + 700, m_page->height());
    QTRY_VERIFY(header->width() > narrowWidth + 600);
    const QList<int> wide = widths();
    int total = 0;
    for (int column = 0; column < header->count(); ++column) {
        QVERIFY2(wide[column] > narrow[column] * 5 / 4,
                 qPrintable(
                     QStringLiteral("column %1: %2 → %3").arg(column).arg(narrow[column]).arg(wide[column])));
        total += wide[column];
    }
    QCOMPARE(total, header->width()); // together they end at the edge, no gap, no scrollbar
    // The last column grows in proportion, not by all the room there is.
    QVERIFY(wide.last() < wide.first());
}

void TestContactsPage::channelColumnsShowTheirWholeText()
{
    // The mayor's e-mail is labelled "Büro des Oberbürgermeisters"; it was cut to "Büro des …" with room
    // to spare.
    m_page->resize(1800, m_page->height());
    m_page->selectContact(stored(QStringLiteral("Eiskirch")).meta.id);
    auto *channels = m_page->editor()->findChild<QTableView *>(QStringLiteral("channelTable"));
    QVERIFY(channels && channels->isVisible());
    QTRY_VERIFY(channels->width() > 700); // the form has its room once the splitter has laid it out
    QAbstractItemModel *model = channels->model();
    QVERIFY(model->rowCount() > 0);
    const auto shownWhole = [&](int row, int column) {
        const QModelIndex index = model->index(row, column);
        return channels->visualRect(index).width() >
               channels->fontMetrics().horizontalAdvance(index.data().toString());
    };
    bool labelSeen = false;
    for (int row = 0; row < model->rowCount(); ++row) {
        for (int column : {int(ContactChannelModel::KindColumn), int(ContactChannelModel::ValueColumn),
                           int(ContactChannelModel::LabelColumn)}) {
            labelSeen |= column == ContactChannelModel::LabelColumn &&
                         model->index(row, column).data().toString().size() > 20;
            QVERIFY2(shownWhole(row, column), qPrintable(model->index(row, column).data().toString()));
        }
    }
    QVERIFY(labelSeen);

    // With less room the address is shown whole before the label.
    m_page->resize(m_page->minimumSizeHint().width() + 40, m_page->height());
    QTRY_VERIFY(channels->width() < 560);
    for (int row = 0; row < model->rowCount(); ++row)
        QVERIFY2(shownWhole(row, ContactChannelModel::ValueColumn),
                 qPrintable(model->index(row, ContactChannelModel::ValueColumn).data().toString()));
}

void TestContactsPage::countLabel()
{
    // The English plural ("contacts") comes from pressdesk_en once the translations are regenerated;
    // until then the source text's "contact(s)" shows.
    auto *label = child<QLabel>("countLabel");
    const auto shows = [label](const QString &pattern) {
        return QRegularExpression(QStringLiteral("^") + pattern + QStringLiteral(" contact(s|\\(s\\))$"))
            .match(label->text())
            .hasMatch();
    };
    QVERIFY2(shows(QStringLiteral("11")), qPrintable(label->text()));
    typeInto(m_page->searchField(), QStringLiteral("möl"));
    QVERIFY2(shows(QStringLiteral("1 of 11")), qPrintable(label->text()));
    typeInto(m_page->searchField(), QStringLiteral("xyz"));
    QVERIFY2(shows(QStringLiteral("0 of 11")), qPrintable(label->text()));
    m_page->searchField()->clear();
    Contact another;
    another.familyName = QStringLiteral("Adler");
    QVERIFY(m_store->contacts().insert(another).ok());
    QTRY_VERIFY2(shows(QStringLiteral("12")), qPrintable(label->text()));
}

void TestContactsPage::editWithUndo()
{
    const Contact before = stored(QStringLiteral("Sommerfeld"));
    QVERIFY(clickRow(QStringLiteral("Sommerfeld")));
    ContactEditor *editor = m_page->editor();
    QCOMPARE(editor->contactId(), before.meta.id);
    auto *role = child<QLineEdit>("roleEdit");
    QCOMPARE(role->text(), QStringLiteral("Pressesprecherin"));
    role->selectAll();
    typeInto(role, QStringLiteral("Leiterin der Pressestelle"));
    auto *note = child<QPlainTextEdit>("internalNoteEdit");
    typeInto(note, QStringLiteral("Vertretung: Herr Brandt"));
    QVERIFY(editor->isModified());
    QTest::mouseClick(child<QPushButton>("saveButton"), Qt::LeftButton);

    QCOMPARE(m_stack->count(), 1);
    QCOMPARE(m_stack->undoText(), QStringLiteral("Edit contact “Frau Julia Sommerfeld”"));
    Contact after = stored(before.meta.id);
    QCOMPARE(after.role, QStringLiteral("Leiterin der Pressestelle"));
    QCOMPARE(after.internalNote, QStringLiteral("Vertretung: Herr Brandt"));
    QCOMPARE(after.channels, before.channels);
    QVERIFY(!editor->isModified());
    QCOMPARE(m_page->selectedContactIds(), QList<RecordId>{before.meta.id});

    m_stack->undo();
    QCOMPARE(stored(before.meta.id).role, QStringLiteral("Pressesprecherin"));
    // The form follows the undo.
    QCOMPARE(role->text(), QStringLiteral("Pressesprecherin"));
    QCOMPARE(note->toPlainText(), QString());
    QVERIFY(!editor->isModified());
    m_stack->redo();
    QCOMPARE(role->text(), QStringLiteral("Leiterin der Pressestelle"));
}

// Issue #15: what an address book gave (name parts, department, address, photo) is in the form, and
// editing the address keeps everything else, the properties PressDesk does not show included.
void TestContactsPage::anAddressBookEntryIsShownWholeAndItsAddressEdited()
{
    QFile file(QStringLiteral(PRESSDESK_TEST_FIXTURES "/addressbooks/apple-3.0.vcf"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const Result<VCardContent> content = VCard::read(&file);
    QVERIFY(content);
    const Result<ContactImportPlan> plan = ContactImporter::plan(*m_store, content->contacts);
    QVERIFY(plan);
    QVERIFY(ContactImporter::apply(*m_store, *plan));
    m_page->setStore(m_store.get());
    const Contact before = stored(QStringLiteral("Groß-Hölzl"));
    QVERIFY(!before.keptProperties.isEmpty());
    QVERIFY(clickRow(QStringLiteral("Groß-Hölzl")));
    QCOMPARE(child<QLineEdit>("nicknameEdit")->text(), QStringLiteral("Mara"));
    QCOMPARE(child<QLineEdit>("departmentEdit")->text(), QStringLiteral("Presse- und Informationsamt"));
    QCOMPARE(child<QLineEdit>("streetEdit")->text(), QStringLiteral("Hattinger Straße 312"));
    QCOMPARE(child<QLineEdit>("postcodeEdit")->text(), QStringLiteral("44795"));
    QCOMPARE(child<QLineEdit>("cityEdit")->text(), QStringLiteral("Bochum"));
    QCOMPARE(child<QLineEdit>("countryEdit")->text(), QStringLiteral("Deutschland"));
    QCOMPARE(child<QComboBox>("addressKindCombo")->currentData().toString(), QStringLiteral("home"));
    QVERIFY(!child<QCheckBox>("addressPublicCheck")->isChecked()); // imported: internal
    QVERIFY(child<QLabel>("photoLabel")->isVisible());
    QVERIFY(!child<QLabel>("photoLabel")->pixmap().isNull());
    QCOMPARE(child<QLineEdit>("displayNameEdit")->placeholderText(),
             QStringLiteral("Dr. Mareike Groß-Hölzl"));

    auto *postcode = child<QLineEdit>("postcodeEdit");
    postcode->selectAll();
    typeInto(postcode, QStringLiteral("44797"));
    // A home address made public without a recorded consent: asked first, as for a channel.
    QTest::mouseClick(child<QCheckBox>("addressPublicCheck"), Qt::LeftButton);
    QStringList asked = Dialogs::takeMessages();
    QCOMPARE(asked.size(), 1);
    QVERIFY2(asked.first().contains(QStringLiteral("postal address")), qPrintable(asked.first()));
    QVERIFY(!child<QCheckBox>("addressPublicCheck")->isChecked()); // "Keep Internal"
    Dialogs::queueChoice(0);                                       // Make Public
    QTest::mouseClick(child<QCheckBox>("addressPublicCheck"), Qt::LeftButton);
    QCOMPARE(Dialogs::takeMessages().size(), 1);
    QVERIFY(child<QCheckBox>("addressPublicCheck")->isChecked());
    QTest::mouseClick(child<QPushButton>("saveButton"), Qt::LeftButton);
    const Contact after = stored(before.meta.id);
    QCOMPARE(after.addresses.size(), 1);
    QCOMPARE(after.addresses.first().postcode, QStringLiteral("44797"));
    QVERIFY(after.addresses.first().isPublic);
    QCOMPARE(after.addresses.first().street, before.addresses.first().street);
    QCOMPARE(after.keptProperties, before.keptProperties);
    QCOMPARE(after.photo, before.photo);
    QCOMPARE(after.uid, before.uid);
    QCOMPARE(after.channels, before.channels);
    // The search finds the contact by the new postcode.
    QCOMPARE(m_store->contacts().searchIds(QStringLiteral("44797"), 0).value(),
             QList<RecordId>{before.meta.id});
}

// Issue #15: a contact with several addresses shows each of them in the form; one is edited, another
// added and marked preferred, one removed, and only that changes.
void TestContactsPage::everyAddressIsEditedAddedAndRemoved()
{
    QFile file(QStringLiteral(PRESSDESK_TEST_FIXTURES "/addressbooks/evolution-3.0.vcf"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const Result<VCardContent> content = VCard::read(&file);
    QVERIFY(content);
    QVERIFY(ContactImporter::apply(*m_store, *ContactImporter::plan(*m_store, content->contacts)));
    m_page->setStore(m_store.get());
    const Contact before = stored(QString::fromUtf8("Weiß"));
    QCOMPARE(before.addresses.size(), 2);
    // The list shows the name as the address book wrote it, never shortened (issue #15, point 2).
    QCOMPARE(
        m_model->index(rowOf(QStringLiteral("McAllister")), ContactTableModel::NameColumn).data().toString(),
        QStringLiteral("Fiona McAllister (NBS)"));
    QCOMPARE(
        m_model->index(rowOf(QString::fromUtf8("Weiß")), ContactTableModel::NameColumn).data().toString(),
        QString::fromUtf8("Prof. Dr. Hartmut Weiß MdB"));
    QVERIFY(clickRow(QString::fromUtf8("Weiß")));
    auto *selector = child<QComboBox>("addressCombo");
    QVERIFY(selector->isVisible());
    QCOMPARE(selector->count(), 2);
    QVERIFY2(selector->itemText(1).contains(QString::fromUtf8("Alte Hattinger Straße 19")),
             qPrintable(selector->itemText(1)));
    QCOMPARE(child<QLineEdit>("cityEdit")->text(), QStringLiteral("Berlin"));

    // The second address: shown and edited.
    selector->setCurrentIndex(1);
    auto *city = child<QLineEdit>("cityEdit");
    QCOMPARE(city->text(), QStringLiteral("Bochum"));
    QCOMPARE(child<QComboBox>("addressKindCombo")->currentData().toString(), QStringLiteral("home"));
    city->selectAll();
    typeInto(city, QStringLiteral("Bochum-Linden"));

    // A third one, added and preferred; it starts as an internal work address.
    QTest::mouseClick(child<QToolButton>("addAddressButton"), Qt::LeftButton);
    QCOMPARE(selector->count(), 3);
    QCOMPARE(selector->currentIndex(), 2);
    QCOMPARE(child<QLineEdit>("streetEdit")->text(), QString());
    QCOMPARE(child<QComboBox>("addressKindCombo")->currentData().toString(), QStringLiteral("work"));
    QVERIFY(!child<QCheckBox>("addressPublicCheck")->isChecked());
    typeInto(child<QLineEdit>("streetEdit"), QStringLiteral("Kortumstrasse 88"));
    typeInto(child<QLineEdit>("postcodeEdit"), QStringLiteral("44787"));
    typeInto(child<QLineEdit>("cityEdit"), QStringLiteral("Bochum"));
    QTest::mouseClick(child<QCheckBox>("addressPreferredCheck"), Qt::LeftButton);

    // The first (Berlin) goes.
    selector->setCurrentIndex(0);
    QCOMPARE(child<QLineEdit>("cityEdit")->text(), QStringLiteral("Berlin"));
    QTest::mouseClick(child<QToolButton>("removeAddressButton"), Qt::LeftButton);
    QCOMPARE(selector->count(), 2);

    QTest::mouseClick(child<QPushButton>("saveButton"), Qt::LeftButton);
    const Contact after = stored(before.meta.id);
    QCOMPARE(after.addresses.size(), 2);
    QCOMPARE(after.addresses.at(0).street, QString::fromUtf8("Alte Hattinger Straße 19"));
    QCOMPARE(after.addresses.at(0).city, QStringLiteral("Bochum-Linden"));
    QVERIFY(!after.addresses.at(0).preferred);
    QCOMPARE(after.addresses.at(1).street, QStringLiteral("Kortumstrasse 88"));
    QCOMPARE(after.addresses.at(1).kind, QStringLiteral("work"));
    QVERIFY(after.addresses.at(1).preferred);
    QVERIFY(!after.addresses.at(1).isPublic);
    QCOMPARE(after.channels, before.channels);
    // One undo step brings Berlin back.
    m_stack->undo();
    QCOMPARE(stored(before.meta.id).addresses, before.addresses);
}

// Apple writes its own label words ("_$!<Other>!$_"); a German officer reads them in German, and they stay
// Apple's words underneath, so that an export gives them back.
void TestContactsPage::appleLabelsAreShownInGerman()
{
    QFile file(QStringLiteral(PRESSDESK_TEST_FIXTURES "/addressbooks/apple-3.0.vcf"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    const Result<VCardContent> content = VCard::read(&file);
    QVERIFY(content);
    QVERIFY(ContactImporter::apply(*m_store, *ContactImporter::plan(*m_store, content->contacts)));
    QTranslator german;
    const QString qm = qEnvironmentVariable("PRESSDESK_DE_QM", QStringLiteral(":/i18n/pressdesk_de.qm"));
    QVERIFY2(german.load(qm), qPrintable(qm));
    QCoreApplication::installTranslator(&german);
    m_page->setStore(m_store.get());
    QVERIFY(clickRow(QString::fromUtf8("Groß-Hölzl")));
    QAbstractItemModel *channels = child<QTableView>("channelTable")->model();
    int row = -1;
    for (int i = 0; i < channels->rowCount(); ++i) {
        if (channels->index(i, ContactChannelModel::ValueColumn).data().toString() ==
            QStringLiteral("mareike.gross-hoelzl@bochum.example"))
            row = i;
    }
    const QModelIndex label = channels->index(row, ContactChannelModel::LabelColumn);
    const QString shown = label.data(Qt::DisplayRole).toString();
    const QString underneath = label.data(Qt::EditRole).toString();
    QCoreApplication::removeTranslator(&german);
    QVERIFY(row >= 0);
    QCOMPARE(shown, QStringLiteral("Sonstige"));
    QCOMPARE(underneath, QStringLiteral("Other"));
}

void TestContactsPage::unsavedEditsAreSavedWhenLeaving()
{
    const RecordId sommerfeld = stored(QStringLiteral("Sommerfeld")).meta.id;
    QVERIFY(clickRow(QStringLiteral("Sommerfeld")));
    auto *role = child<QLineEdit>("roleEdit");
    role->selectAll();
    typeInto(role, QStringLiteral("Sprecherin des Oberbürgermeisters"));
    QVERIFY(clickRow(QStringLiteral("Brandt")));
    QTRY_COMPARE(m_page->editor()->contactId(), stored(QStringLiteral("Brandt")).meta.id);
    QCOMPARE(stored(sommerfeld).role, QStringLiteral("Sprecherin des Oberbürgermeisters"));
    QCOMPARE(m_stack->count(), 1);
    QCOMPARE(role->text(), QStringLiteral("Leiter Kommunikation"));
    QCOMPARE(m_page->selectedContactIds(), QList<RecordId>{stored(QStringLiteral("Brandt")).meta.id});

    // A new contact typed but not saved is added when the user picks another row.
    QTest::mouseClick(button("newContactButton"), Qt::LeftButton);
    typeInto(child<QLineEdit>("familyNameEdit"), QStringLiteral("Neumann"));
    QVERIFY(clickRow(QStringLiteral("Eiskirch")));
    QTRY_COMPARE(m_page->editor()->contactId(), stored(QStringLiteral("Eiskirch")).meta.id);
    QCOMPARE(stored(QStringLiteral("Neumann")).familyName, QStringLiteral("Neumann"));
    QCOMPARE(m_stack->count(), 2);

    // Searching does not lose edits either: the form keeps them while the table changes.
    role->selectAll();
    typeInto(role, QStringLiteral("OB"));
    typeInto(m_page->searchField(), QStringLiteral("brandt"));
    QCOMPARE(role->text(), QStringLiteral("OB"));
    QVERIFY(m_page->editor()->isModified());
}

void TestContactsPage::invalidEditsKeepTheContact()
{
    const Contact sommerfeld = stored(QStringLiteral("Sommerfeld"));
    QVERIFY(clickRow(QStringLiteral("Sommerfeld")));
    child<QLineEdit>("givenNameEdit")->clear();
    child<QLineEdit>("familyNameEdit")->clear();
    QVERIFY(m_page->editor()->isModified());
    QVERIFY(!m_page->editor()->isValid());
    QVERIFY(clickRow(QStringLiteral("Brandt")));
    QTest::qWait(20);
    QCOMPARE(m_page->editor()->contactId(), sommerfeld.meta.id);
    QCOMPARE(m_page->selectedContactIds(), QList<RecordId>{sommerfeld.meta.id});
    QCOMPARE(stored(sommerfeld.meta.id).familyName, QStringLiteral("Sommerfeld"));
    QCOMPARE(m_stack->count(), 0);
    auto *nameError = child<QLabel>("nameErrorLabel");
    QVERIFY(nameError->isVisible());
    QCOMPARE(nameError->text(), QStringLiteral("A contact needs a name."));

    // Discarding the edits lets the user go on.
    QTest::mouseClick(child<QPushButton>("revertButton"), Qt::LeftButton);
    QCOMPARE(child<QLineEdit>("familyNameEdit")->text(), QStringLiteral("Sommerfeld"));
    QVERIFY(clickRow(QStringLiteral("Brandt")));
    QTRY_COMPARE(m_page->editor()->contactId(), stored(QStringLiteral("Brandt")).meta.id);
}

void TestContactsPage::validationShownAtTheField()
{
    QVERIFY(clickRow(QStringLiteral("Brandt")));
    auto *save = child<QPushButton>("saveButton");
    auto *channelsError = child<QLabel>("channelsErrorLabel");
    QVERIFY(!channelsError->isVisible());
    QTest::mouseClick(button("addChannelButton"), Qt::LeftButton, Qt::NoModifier, QPoint(5, 5));
    QTRY_VERIFY(qobject_cast<QLineEdit *>(QApplication::focusWidget()));
    // Brandt has an e-mail address already, so the next channel is a phone number.
    typeInto(QApplication::focusWidget(), QStringLiteral("call me"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return); // commits the cell (queued)
    QTRY_COMPARE(channelsError->text(), QStringLiteral("“call me” is not a phone number."));
    QVERIFY(channelsError->isVisible());
    QVERIFY(!save->isEnabled());

    auto *consent = child<QDateEdit>("consentDateEdit");
    consent->setDate(QDate::currentDate().addDays(3));
    QVERIFY(child<QLabel>("consentErrorLabel")->isVisible());
    QTest::mouseClick(child<QToolButton>("clearConsentButton"), Qt::LeftButton);
    QVERIFY(!child<QLabel>("consentErrorLabel")->isVisible());
    QCOMPARE(consent->text(), QStringLiteral("no consent recorded"));
    QCOMPARE(Dialogs::takeMessages(), QStringList()); // at the field, not in a dialog
    QTest::mouseClick(child<QPushButton>("revertButton"), Qt::LeftButton);
    QVERIFY(!channelsError->isVisible());
}

void TestContactsPage::deleteAndUndo()
{
    const Contact brandt = stored(QStringLiteral("Brandt"));
    QVERIFY(clickRow(QStringLiteral("Brandt")));
    QVERIFY(clickRow(QStringLiteral("Yılmaz"), Qt::ControlModifier));
    QCOMPARE(m_page->selectedContactIds().size(), 2);
    QTest::mouseClick(button("deleteButton"), Qt::LeftButton);
    QCOMPARE(storedCount(), 9);
    QCOMPARE(rowOf(QStringLiteral("Brandt")), -1);
    QCOMPARE(rowOf(QStringLiteral("Yılmaz")), -1);
    QCOMPARE(m_stack->count(), 1);

    m_stack->undo();
    QCOMPARE(storedCount(), 11);
    QVERIFY(rowOf(QStringLiteral("Brandt")) >= 0);
    QCOMPARE(stored(brandt.meta.id).channels, brandt.channels);
    m_page->selectContact(brandt.meta.id);
    QCOMPARE(m_page->selectedContactIds(), QList<RecordId>{brandt.meta.id});

    // The Delete key in the table does the same.
    m_table->setFocus();
    QTest::keyClick(m_table, Qt::Key_Delete);
    QCOMPARE(storedCount(), 10);
}

void TestContactsPage::speakerOfQuotesIsNotDeleted()
{
    const Contact eiskirch = stored(QStringLiteral("Eiskirch"));
    QVERIFY(clickRow(QStringLiteral("Eiskirch")));
    QTest::mouseClick(button("deleteButton"), Qt::LeftButton);
    const QStringList messages = Dialogs::takeMessages();
    QCOMPARE(messages.size(), 1);
    QVERIFY2(messages.first().contains(QStringLiteral("Eiskirch")) &&
                 messages.first().contains(QStringLiteral("2 quote")),
             qPrintable(messages.first()));
    QCOMPARE(storedCount(), 11);
    QCOMPARE(m_stack->count(), 0);
    QVERIFY(rowOf(QStringLiteral("Eiskirch")) >= 0);
    QCOMPARE(m_page->editor()->contactId(), eiskirch.meta.id);
}

void TestContactsPage::organisationFormSavesWebsiteAndBoilerplate()
{
    const RecordId stadt = organisationId(QStringLiteral("Stadt Bochum"));
    QVERIFY(clickRow(QStringLiteral("Sommerfeld")));
    bool answered = false;
    onNextDialog([&](QDialog *dialog) {
        answered = true;
        QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("nameEdit"))->text(),
                 QStringLiteral("Stadt Bochum"));
        QVERIFY(
            dialog->findChild<QLabel *>(QStringLiteral("usageLabel"))->text().contains(QStringLiteral("4")));
        auto *website = dialog->findChild<QLineEdit *>(QStringLiteral("websiteEdit"));
        website->selectAll();
        typeInto(website, QStringLiteral("not a web address"));
        auto *save = dialog->findChild<QPushButton *>(QStringLiteral("saveButton"));
        QVERIFY(!save->isEnabled());
        QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("websiteErrorLabel"))->isVisible());
        website->selectAll();
        typeInto(website, QStringLiteral("https://www.bochum.de"));
        auto *boilerplate = dialog->findChild<QPlainTextEdit *>(QStringLiteral("boilerplateEdit"));
        boilerplate->selectAll();
        typeInto(boilerplate, QStringLiteral("Über die Stadt Bochum: "));
        QTest::keyClick(boilerplate, Qt::Key_Return, Qt::ShiftModifier);
        typeInto(boilerplate, QStringLiteral("Zweiter Absatz."));
        // Issue #15: the organisation's own postal address, typed in German order; internal until ticked.
        typeInto(dialog->findChild<QLineEdit *>(QStringLiteral("streetEdit")),
                 QStringLiteral("Willy-Brandt-Platz 2-6"));
        typeInto(dialog->findChild<QLineEdit *>(QStringLiteral("poBoxEdit")),
                 QStringLiteral("Postfach 10 22 69"));
        typeInto(dialog->findChild<QLineEdit *>(QStringLiteral("postcodeEdit")), QStringLiteral("44777"));
        typeInto(dialog->findChild<QLineEdit *>(QStringLiteral("cityEdit")), QStringLiteral("Bochum"));
        QTest::mouseClick(dialog->findChild<QCheckBox *>(QStringLiteral("addressPublicCheck")),
                          Qt::LeftButton);
        QVERIFY(save->isEnabled());
        QVERIFY(dialog->grab().save(QDir(m_grabDir).filePath(QStringLiteral("organisationeditor.png"))));
        QTest::mouseClick(save, Qt::LeftButton);
    });
    QTest::mouseClick(button("organisationButton"), Qt::LeftButton);
    QVERIFY(answered);
    const Organisation saved = *m_store->organisations().find(stadt);
    QCOMPARE(saved.website, QStringLiteral("https://www.bochum.de"));
    QCOMPARE(saved.boilerplate, QStringLiteral("Über die Stadt Bochum: \nZweiter Absatz."));
    QCOMPARE(saved.addresses.size(), 1);
    QCOMPARE(saved.addresses.first().lines(),
             (QStringList{QStringLiteral("Willy-Brandt-Platz 2-6"), QStringLiteral("Postfach 10 22 69"),
                          QStringLiteral("44777 Bochum")}));
    QCOMPARE(saved.addresses.first().kind, QStringLiteral("work"));
    QVERIFY(saved.addresses.first().isPublic);
    QCOMPARE(m_stack->count(), 1);
    m_stack->undo();
    QVERIFY(m_store->organisations().find(stadt)->addresses.isEmpty());
    QCOMPARE(m_store->organisations().find(stadt)->website,
             QStringLiteral("https://www.example.org/stadt-bochum"));
}

void TestContactsPage::newOrganisationFromTheForm()
{
    QVERIFY(clickRow(QStringLiteral("Möller")));
    onNextDialog([](QDialog *dialog) {
        typeInto(dialog->findChild<QLineEdit *>(QStringLiteral("nameEdit")), QStringLiteral("WAZ Bochum"));
        typeInto(dialog->findChild<QComboBox *>(QStringLiteral("kindCombo"))->lineEdit(),
                 QStringLiteral("Zeitung"));
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("saveButton")), Qt::LeftButton);
    });
    QTest::mouseClick(child<QToolButton>("createOrganisationButton"), Qt::LeftButton); // the form's "New…"
    const RecordId waz = organisationId(QStringLiteral("WAZ Bochum"));
    QVERIFY(waz != 0);
    QCOMPARE(m_page->editor()->organisationId(), waz);
    QVERIFY(m_page->editor()->isModified()); // assigned, saved with the contact
    QVERIFY(child<QComboBox>("organisationFilterCombo")->findText(QStringLiteral("WAZ Bochum")) > 0);
    QTest::mouseClick(child<QPushButton>("saveButton"), Qt::LeftButton);
    QCOMPARE(stored(QStringLiteral("Möller")).organisationId, waz);
    QCOMPARE(m_stack->count(), 2);
}

void TestContactsPage::importAndExportSignals()
{
    QSignalSpy imports(m_page, &ContactsPage::importRequested);
    QSignalSpy exports(m_page, &ContactsPage::exportRequested);
    QTest::mouseClick(button("importButton"), Qt::LeftButton);
    QCOMPARE(imports.size(), 1);
    QVERIFY(clickRow(QStringLiteral("Brandt")));
    QVERIFY(clickRow(QStringLiteral("Sommerfeld"), Qt::ControlModifier));
    QTest::mouseClick(button("exportButton"), Qt::LeftButton);
    QCOMPARE(exports.size(), 1);
    QList<qint64> ids = exports.first().at(0).value<QList<qint64>>();
    std::sort(ids.begin(), ids.end());
    QList<qint64> expected{stored(QStringLiteral("Brandt")).meta.id,
                           stored(QStringLiteral("Sommerfeld")).meta.id};
    std::sort(expected.begin(), expected.end());
    QCOMPARE(ids, expected);
}

void TestContactsPage::germanDates()
{
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    ContactsPage page(m_stack.get());
    page.resize(1400, 800);
    page.show();
    page.setStore(m_store.get());
    page.selectContact(stored(QStringLiteral("Sommerfeld")).meta.id);
    auto *consent = page.findChild<QDateEdit *>(QStringLiteral("consentDateEdit"));
    QCOMPARE(consent->text(), QStringLiteral("15.01.2020"));
    QCOMPARE(page.findChild<QLabel *>(QStringLiteral("countLabel"))->text().contains(QStringLiteral("11")),
             true);
}

void TestContactsPage::grabGerman()
{
    // The German page as a German press officer sees it (longer words than English). The translation is
    // the application's own; PRESSDESK_DE_QM may point at a freshly built one while strings are new.
    QTranslator german;
    const QString file = qEnvironmentVariable("PRESSDESK_DE_QM", QStringLiteral(":/i18n/pressdesk_de.qm"));
    QVERIFY2(german.load(file), qPrintable(file));
    QCoreApplication::installTranslator(&german);
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    {
        ContactsPage page(m_stack.get());
        page.resize(1400, 800);
        page.show();
        page.setStore(m_store.get());
        page.selectContact(stored(QStringLiteral("Sommerfeld")).meta.id);
        QCOMPARE(page.findChild<QDateEdit *>(QStringLiteral("consentDateEdit"))->text(),
                 QStringLiteral("15.01.2020"));
        QTest::qWait(50);
        const QString path = QDir(m_grabDir).filePath(QStringLiteral("contactspage-german.png"));
        QFile::remove(path);
        QVERIFY(page.grab().save(path));
        qInfo("Page grab: %s", qPrintable(path));
    }
    QCoreApplication::removeTranslator(&german);
}

QTEST_MAIN(TestContactsPage)
#include "tst_contactspage.moc"
