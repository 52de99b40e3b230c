// Edit → Settings driven like a user would: the office's settings saved into the file and read back, the
// personal ones into QSettings, a wrong colour refused with nothing saved, new releases starting from the
// office's defaults, and the language switched while the window is open without losing what was typed.

#include "cli/application.h"
#include "core/uilanguage.h"
#include "exchange/demodatabase.h"
#include "storage/milestonerepository.h"
#include "storage/store.h"
#include "ui/dialogs.h"
#include "ui/mainwindow.h"
#include "ui/milestoneeditor.h"
#include "ui/releaseeditor.h"
#include "ui/releasespage.h"
#include "ui/settingsdialog.h"
#include "ui/timelinepage.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFontComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace pressdesk;

class TestSettingsDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void officeSettingsGoIntoTheFileAndPersonalOnesIntoQSettings();
    void aWrongColourIsNamedAndNothingIsSaved();
    void withoutAFileOnlyPersonalChoicesCanBeMade();
    void aNewReleaseStartsWithTheOfficeDefaults();
    void theLanguageChangesInTheOpenWindowWithoutLosingTyping();

private:
    template<typename T>
    static T *child(QWidget *parent, const char *name)
    {
        T *found = parent->findChild<T *>(QLatin1String(name));
        if (!found)
            qWarning("no %s", name);
        return found;
    }
    std::unique_ptr<Store> openDemo();

    QTemporaryDir m_suiteDir;
    QString m_demoTemplate;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestSettingsDialog::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    setUpApplication(*qApp);
    // A settings file of its own: this test changes the language, which other tests running beside it
    // must not read.
    QCoreApplication::setApplicationName(QStringLiteral("PressDesk settings test"));
    Dialogs::setScripted(true);
    QVERIFY(m_suiteDir.isValid());
    m_demoTemplate = m_suiteDir.filePath(QStringLiteral("template.pressdesk"));
    const Result<void> created = DemoDatabase::create(m_demoTemplate);
    QVERIFY2(created.ok(), qPrintable(created.errorMessage()));
}

void TestSettingsDialog::init()
{
    QSettings().clear();
    UiLanguage::apply(UiLanguage::Choice::English);
    Dialogs::setScripted(true);
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestSettingsDialog::cleanup()
{
    QSettings().clear();
    UiLanguage::apply(UiLanguage::Choice::English);
    m_dir.reset();
    const QStringList unexpected = Dialogs::takeMessages();
    QVERIFY2(unexpected.isEmpty(), qPrintable(unexpected.join(QLatin1Char('\n'))));
}

std::unique_ptr<Store> TestSettingsDialog::openDemo()
{
    const QString path = m_dir->filePath(QStringLiteral("office.pressdesk"));
    if (!QFile::copy(m_demoTemplate, path))
        return {};
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    Result<std::unique_ptr<Store>> opened = Store::open(path, Database::OpenMode::OpenExisting);
    if (!opened)
        qWarning("%s", qPrintable(opened.errorMessage()));
    return opened ? std::move(*opened) : nullptr;
}

void TestSettingsDialog::officeSettingsGoIntoTheFileAndPersonalOnesIntoQSettings()
{
    std::unique_ptr<Store> store = openDemo();
    QVERIFY(store);
    const QString logoPath = m_dir->filePath(QStringLiteral("logo.svg"));
    {
        QFile logo(logoPath);
        QVERIFY(logo.open(QIODevice::WriteOnly));
        logo.write("<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 10 10'>"
                   "<rect width='10' height='10' fill='#c00'/></svg>");
    }
    QDir().mkpath(m_dir->filePath(QStringLiteral("exports")));

    RecordId firstContact = 0;
    RecordId boilerplate = 0;
    {
        SettingsDialog dialog(store.get());
        // The demo's house style is shown as stored.
        QCOMPARE(child<QLineEdit>(&dialog, "organisationEdit")->text(), QStringLiteral("Stadt Bochum"));
        QCOMPARE(child<QLineEdit>(&dialog, "accentEdit")->text(), QStringLiteral("#00508c"));
        QVERIFY(child<QLabel>(&dialog, "fontCheckLabel")->text().contains(QStringLiteral("Liberation Sans")));

        auto *organisation = child<QLineEdit>(&dialog, "organisationEdit");
        organisation->clear();
        QTest::keyClicks(organisation, QStringLiteral("Stadt Herne"));
        child<QLineEdit>(&dialog, "websiteEdit")->setText(QStringLiteral("www.herne.de"));
        Dialogs::queueFileName(logoPath);
        QTest::mouseClick(child<QPushButton>(&dialog, "chooseLogoButton"), Qt::LeftButton);
        QVERIFY(child<QPushButton>(&dialog, "removeLogoButton")->isEnabled());
        auto *accent = child<QLineEdit>(&dialog, "accentEdit");
        accent->clear();
        QTest::keyClicks(accent, QStringLiteral("#aa3300"));
        QTest::mouseClick(child<QRadioButton>(&dialog, "justifiedRadio"), Qt::LeftButton);
        auto *documentLanguage = child<QComboBox>(&dialog, "documentLanguageCombo");
        documentLanguage->setCurrentIndex(documentLanguage->findData(QStringLiteral("en")));

        QTest::keyClicks(child<QLineEdit>(&dialog, "placeEdit"), QStringLiteral("Herne"));
        auto *boilerplates = child<QComboBox>(&dialog, "boilerplateCombo");
        QVERIFY(boilerplates->count() > 1); // the demo's organisations with a boilerplate
        boilerplates->setCurrentIndex(1);
        boilerplate = boilerplates->currentData().toLongLong();
        auto *contacts = child<QComboBox>(&dialog, "contactCombo");
        QVERIFY(contacts->count() > 1);
        contacts->setCurrentIndex(1);
        firstContact = contacts->currentData().toLongLong();
        QTest::mouseClick(child<QPushButton>(&dialog, "addContactButton"), Qt::LeftButton);
        QTest::mouseClick(child<QPushButton>(&dialog, "addContactButton"), Qt::LeftButton); // once only
        QCOMPARE(child<QListWidget>(&dialog, "contactList")->count(), 1);
        QTest::mouseClick(child<QCheckBox>(&dialog, "pdfaCheck"), Qt::LeftButton);

        auto *language = child<QComboBox>(&dialog, "languageCombo");
        language->setCurrentIndex(language->findData(QStringLiteral("de")));
        child<QLineEdit>(&dialog, "exportFolderEdit")->setText(m_dir->filePath(QStringLiteral("exports")));
        QTest::mouseClick(child<QDialogButtonBox>(&dialog, "buttonBox")->button(QDialogButtonBox::Ok),
                          Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(dialog.languageChanged());
        QCOMPARE(dialog.language(), UiLanguage::Choice::German);
    }

    // The office's part is in the file: another process opening it reads the same.
    store.reset();
    Result<std::unique_ptr<Store>> reopened =
        Store::open(m_dir->filePath(QStringLiteral("office.pressdesk")), Database::OpenMode::OpenExisting);
    QVERIFY(reopened);
    Result<HouseStyle> style = (*reopened)->officeSettings().houseStyle();
    QVERIFY(style);
    QCOMPARE(style->organisation, QStringLiteral("Stadt Herne"));
    QCOMPARE(style->department, QStringLiteral("Presse- und Informationsamt")); // untouched, kept
    QCOMPARE(style->website, QStringLiteral("www.herne.de"));
    QVERIFY(style->logo.contains("#c00"));
    QCOMPARE(style->accentColour, QStringLiteral("#aa3300"));
    QVERIFY(style->justified);
    QCOMPARE(style->documentLanguage, QStringLiteral("en"));
    QVERIFY(style->senderLine().endsWith(QStringLiteral(" · www.herne.de")));
    Result<ReleaseDefaults> defaults = (*reopened)->officeSettings().releaseDefaults();
    QVERIFY(defaults);
    QCOMPARE(defaults->place, QStringLiteral("Herne"));
    QCOMPARE(defaults->boilerplateOrganisationId, boilerplate);
    QCOMPARE(defaults->contactIds, QList<RecordId>{firstContact});
    QVERIFY(defaults->exportPdfa);

    // The personal part is in QSettings, not in the file.
    QCOMPARE(UiLanguage::stored(), UiLanguage::Choice::German);
    QCOMPARE(Dialogs::exportFolder(), m_dir->filePath(QStringLiteral("exports")));

    // Opened again, the dialog shows what was saved.
    SettingsDialog again(reopened->get());
    QCOMPARE(child<QLineEdit>(&again, "organisationEdit")->text(), QStringLiteral("Stadt Herne"));
    QVERIFY(child<QRadioButton>(&again, "justifiedRadio")->isChecked());
    QVERIFY(child<QCheckBox>(&again, "pdfaCheck")->isChecked());
    QCOMPARE(child<QListWidget>(&again, "contactList")->count(), 1);
    QCOMPARE(child<QComboBox>(&again, "languageCombo")->currentData().toString(), QStringLiteral("de"));
    // Removing the logo is saved too.
    QTest::mouseClick(child<QPushButton>(&again, "removeLogoButton"), Qt::LeftButton);
    again.accept();
    QVERIFY((*reopened)->officeSettings().houseStyle()->logo.isEmpty());
    QVERIFY(!again.languageChanged());
}

void TestSettingsDialog::aWrongColourIsNamedAndNothingIsSaved()
{
    std::unique_ptr<Store> store = openDemo();
    QVERIFY(store);
    const HouseStyle before = *store->officeSettings().houseStyle();
    SettingsDialog dialog(store.get());
    child<QLineEdit>(&dialog, "organisationEdit")->setText(QStringLiteral("Stadt Herne"));
    child<QLineEdit>(&dialog, "accentEdit")->setText(QStringLiteral("dunkelblau"));
    dialog.show();
    dialog.accept();
    QVERIFY(dialog.isVisible()); // still open, nothing lost of what was typed
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    auto *problem = child<QLabel>(&dialog, "problemLabel");
    QVERIFY(problem->isVisible());
    QVERIFY2(problem->text().contains(QStringLiteral("dunkelblau")), qPrintable(problem->text()));
    QCOMPARE(child<QTabWidget>(&dialog, "tabs")->currentWidget()->objectName(),
             QStringLiteral("houseStyleTab"));
    QCOMPARE(*store->officeSettings().houseStyle(), before);
    QCOMPARE(child<QLineEdit>(&dialog, "organisationEdit")->text(), QStringLiteral("Stadt Herne"));

    // A logo that is no image is refused with its name.
    const QString notAnImage = m_dir->filePath(QStringLiteral("logo.png"));
    QFile file(notAnImage);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("not a picture");
    file.close();
    Dialogs::queueFileName(notAnImage);
    QTest::mouseClick(child<QPushButton>(&dialog, "chooseLogoButton"), Qt::LeftButton);
    QVERIFY2(problem->text().contains(QStringLiteral("logo.png")), qPrintable(problem->text()));
    QVERIFY(child<QPushButton>(&dialog, "removeLogoButton")->isEnabled()); // the demo's logo stays
}

void TestSettingsDialog::withoutAFileOnlyPersonalChoicesCanBeMade()
{
    SettingsDialog dialog(nullptr);
    auto *tabs = child<QTabWidget>(&dialog, "tabs");
    QCOMPARE(tabs->currentWidget()->objectName(), QStringLiteral("personalTab"));
    QVERIFY(!tabs->isTabEnabled(tabs->indexOf(child<QWidget>(&dialog, "houseStyleTab"))));
    auto *language = child<QComboBox>(&dialog, "languageCombo");
    language->setCurrentIndex(language->findData(QStringLiteral("en")));
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(UiLanguage::stored(), UiLanguage::Choice::English);
}

void TestSettingsDialog::aNewReleaseStartsWithTheOfficeDefaults()
{
    const QString path = m_dir->filePath(QStringLiteral("office.pressdesk"));
    QVERIFY(QFile::copy(m_demoTemplate, path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    MainWindow window;
    window.show();
    QVERIFY(window.openFile(path));
    Store *store = window.store();
    const QList<Contact> contacts = *store->contacts().all();
    QVERIFY(contacts.size() >= 2);
    ReleaseDefaults defaults;
    defaults.place = QStringLiteral("Wattenscheid");
    defaults.contactIds = {contacts.at(1).meta.id};
    QVERIFY(store->officeSettings().setReleaseDefaults(defaults, QString()));

    window.showArea(MainWindow::Area::Releases);
    window.releasesPage()->createItem();
    const PressRelease created = window.releasesPage()->findChild<ReleaseEditor *>()->release();
    QCOMPARE(created.place, QStringLiteral("Wattenscheid"));
    QCOMPARE(created.contactIds, defaults.contactIds);
    QCOMPARE(created.boilerplateOrganisationId, RecordId(0));
}

void TestSettingsDialog::theLanguageChangesInTheOpenWindowWithoutLosingTyping()
{
    const QString path = m_dir->filePath(QStringLiteral("office.pressdesk"));
    QVERIFY(QFile::copy(m_demoTemplate, path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    MainWindow window;
    window.show();
    QVERIFY(window.openFile(path));
    const int undoSteps = window.undoStack()->count();

    // A milestone being typed when the language changes.
    window.showArea(MainWindow::Area::Timeline);
    window.timelinePage()->createItem();
    auto *title =
        window.timelinePage()->milestoneEditor()->findChild<QLineEdit *>(QStringLiteral("titleEdit"));
    QVERIFY(title);
    QTest::keyClicks(title, QStringLiteral("Neues Stadtquartier"));

    // Through the menu, as a user would: Edit → Settings…, language Deutsch, OK.
    QAction *settings = window.findChild<QAction *>(QStringLiteral("settingsAction"));
    QVERIFY(settings);
    QVERIFY(!settings->shortcut().isEmpty());
    bool answered = false;
    QTimer::singleShot(0, this, [&answered] {
        auto *dialog = qobject_cast<SettingsDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        auto *language = dialog->findChild<QComboBox *>(QStringLiteral("languageCombo"));
        language->setCurrentIndex(language->findData(QStringLiteral("de")));
        QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok),
                          Qt::LeftButton);
        answered = true;
    });
    settings->trigger();
    QVERIFY(answered);

    // German labels in the open window: menus, areas, the pages' own buttons, and dates.
    QCOMPARE(window.menuBar()->actions().first()->text(), QStringLiteral("&Datei"));
    QStringList areaTitles;
    auto *navigation = window.findChild<QListWidget *>(QStringLiteral("navigationList"));
    for (int row = 0; row < navigation->count(); ++row)
        areaTitles << navigation->item(row)->text();
    QCOMPARE(areaTitles,
             (QStringList{QStringLiteral("Zeitleiste"), QStringLiteral("Zitate"), QStringLiteral("Kontakte"),
                          QStringLiteral("Pressemitteilungen"), QStringLiteral("Pressemappen")}));
    QCOMPARE(window.currentArea(), MainWindow::Area::Timeline); // the same area
    auto *newButton = window.timelinePage()->findChild<QAbstractButton *>(QStringLiteral("newButton"));
    QVERIFY(newButton);
    QCOMPARE(newButton->text().remove(QLatin1Char('&')), QStringLiteral("Neuer Meilenstein"));
    QCOMPARE(window.findChild<QAction *>(QStringLiteral("settingsAction"))->text(),
             QStringLiteral("Ein&stellungen …"));
    QCOMPARE(QLocale().toString(QDate(2020, 12, 7), QStringLiteral("MMMM")), QStringLiteral("Dezember"));

    // Nothing typed was lost: the milestone was saved as one undo step, and the undo history is kept.
    QCOMPARE(window.undoStack()->count(), undoSteps + 1);
    bool found = false;
    for (const Milestone &milestone : *window.store()->milestones().all())
        found = found || milestone.title == QStringLiteral("Neues Stadtquartier");
    QVERIFY(found);
    QVERIFY(window.undoStack()->canUndo());

    // And back to English.
    QVERIFY(window.setLanguage(UiLanguage::Choice::English));
    QCOMPARE(window.menuBar()->actions().first()->text(), QStringLiteral("&File"));
    QCOMPARE(navigation->item(0)->text(), QStringLiteral("Timeline"));
}

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
