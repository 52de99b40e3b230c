// Contact import, driven like a user would: a German Excel file (semicolon, Windows-1252) through the
// column mapping (changed by the user and remembered for the next file with that header) to the preview,
// where duplicates are skipped or merged; the import is one undo step. A vCard file goes straight to the
// preview. Broken files are explained in the dialog and never touch the store; Cancel writes nothing.

#include "cli/application.h"
#include "exchange/demodatabase.h"
#include "models/contactimportmodel.h"
#include "storage/store.h"
#include "ui/contactimportdialog.h"
#include "ui/dialogs.h"

#include "testsupport.h"

#include <QAbstractItemDelegate>
#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QProgressDialog>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSqlQuery>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>
#include <QUuid>

using namespace pressdesk;

namespace {

using Action = ContactImportItem::Action;

// A contact list as German Excel saves it ("CSV (Trennzeichen-getrennt)"): semicolons, Windows-1252,
// CRLF. "Berichtsgebiet" is a column no guess knows. Line 6–7 holds a quoted line break; lines 8–10
// cannot be imported (no name, a bad e-mail address, one field too many).
QByteArray excelCsv()
{
    const QString text = QStringLiteral(
        "Anrede;Vorname;Nachname;Firma;Position;E-Mail-Adresse;Telefon gesch\u00e4ftlich;Mobiltelefon;"
        "Berichtsgebiet;Bemerkung\r\n"
        "Frau;Lena;\u00d6zdemir;WAZ Bochum;Redakteurin Lokales;l.oezdemir@waz.example;0234 555 4001;;"
        "Lokalpolitik, Stadtentwicklung;\r\n"
        "Frau;Julia;Sommerfeld;Stadt Bochum;Pressesprecherin;presse@example.org;0234 555 1099;;Kultur;\r\n"
        "Herr;Markus;Brandt;Bochum Wirtschaftsentwicklung GmbH;Leiter Kommunikation;m.brandt@example.org;;"
        "0171 555 2001;;\r\n"
        "Herr;J\u00f6rg;Wei\u00dfenberg;Stadt Bochum;Referent;j.weissenberg@example.org;;0172 555 1042;"
        "Verkehr;\r\n"
        "Herr;Sven;Gro\u00dfmann;Radio Bochum;Chef vom "
        "Dienst;s.grossmann@radio.example;;;Sport;\"Erreichbar\r\n"
        "ab 9 Uhr\"\r\n"
        ";;;Ruhr Nachrichten;;redaktion@rn.example;;;;\r\n"
        "Frau;Anna;Sch\u00e4fer;Ruhr Nachrichten;Volont\u00e4rin;anna.schaefer(at)rn.example;;;;\r\n"
        "Frau;Katrin;L\u00fcbke;;Freie Journalistin;k.luebke@example.net;;;;;;\r\n");
    QByteArray bytes = text.toLatin1();
    // A Windows-1252 en dash (0x96), as Excel writes "–": not Latin-1, and not UTF-8 either.
    bytes.replace("Redakteurin Lokales", "Redakteurin \x96 Lokales");
    return bytes;
}

QByteArray vcardFile()
{
    return QByteArray("BEGIN:VCARD\r\n"
                      "VERSION:3.0\r\n"
                      "N:Kaiser;Tim;;;\r\n"
                      "FN:Tim Kaiser\r\n"
                      "ORG:Ruhr Nachrichten;Lokalredaktion\r\n"
                      "TITLE:Redakteur\r\n"
                      "EMAIL;TYPE=INTERNET,WORK:t.kaiser@rn.example\r\n"
                      "NOTE:Schreibt \xc3\xbc"
                      "ber Stadtentwicklung\\, Verkehr und die \r\n"
                      " Innenstadt.\r\n"
                      "END:VCARD\r\n"
                      "BEGIN:VCARD\r\n"
                      "VERSION:3.0\r\n"
                      "N:Brandt;Markus;;;\r\n"
                      "EMAIL:m.brandt@example.org\r\n"
                      "TEL;TYPE=CELL:0171 555 2001\r\n"
                      "END:VCARD\r\n"
                      "BEGIN:VCARD\r\n"
                      "VERSION:3.0\r\n"
                      "N:Vogel;Petra;;;\r\n"
                      "EMAIL:p.vogel@example.org\r\n");
}

// "(s)" plural forms read as English whether or not the English translation is built in.
QString plain(QString text)
{
    static const QRegularExpression one(QStringLiteral("\\b1 (\\w+)\\(s\\)"));
    text.replace(one, QStringLiteral("1 \\1"));
    return text.replace(QStringLiteral("(s)"), QStringLiteral("s"));
}

// Everything a user sees of the store's contacts; organisations by name.
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
            channels.append(toStorageString(c.kind) + QLatin1Char(':') + c.value +
                            (c.isPublic ? QStringLiteral("!") : QString()));
        lines.append(QStringList{
            QString::number(contact.meta.id), contact.honorific, contact.givenName, contact.familyName,
            contact.role, organisationNames.value(contact.organisationId),
            contact.pressTopics.join(QLatin1Char(',')), contact.internalNote, channels.join(QLatin1Char(','))}
                         .join(QLatin1Char('|')));
    }
    return lines;
}

std::optional<Contact> contactNamed(Store &store, const QString &familyName)
{
    for (const Contact &contact : *store.contacts().all()) {
        if (contact.familyName == familyName)
            return contact;
    }
    return std::nullopt;
}

QStringList channelValues(const Contact &contact)
{
    QStringList values;
    for (const ContactChannel &channel : contact.channels)
        values.append(channel.value);
    return values;
}

QString grabsFolder()
{
    const QString grabs = QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("grabs"));
    QDir().mkpath(grabs);
    return grabs;
}

} // namespace

class TestContactImportDialog : public QObject
{
    Q_OBJECT

private:
    template<typename T>
    T *child(const char *name) const
    {
        T *widget = m_dialog->findChild<T *>(QLatin1String(name));
        if (!widget)
            qFatal("no widget %s", name);
        return widget;
    }

    QAbstractItemModel *preview() const { return child<QTableView>("previewTable")->model(); }
    QAbstractItemModel *problems() const { return child<QTableView>("problemsTable")->model(); }
    QString cell(int row, int column) const { return preview()->index(row, column).data().toString(); }
    QComboBox *fieldCombo(int column) const
    {
        return child<QComboBox>(qPrintable(QStringLiteral("fieldCombo%1").arg(column)));
    }
    int rowOf(const QString &familyName) const
    {
        for (int row = 0; row < preview()->rowCount(); ++row) {
            if (cell(row, ContactImportModel::NameColumn).endsWith(familyName))
                return row;
        }
        return -1;
    }
    QString writeFile(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_files.filePath(name);
        if (!testsupport::writeBytes(path, bytes))
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }
    void newDialog() { m_dialog = std::make_unique<ContactImportDialog>(*m_store, &m_stack); }

    // Picks an action in a row through the combo box the view edits the Action column with.
    void chooseAction(int row, Action action)
    {
        QTableView *table = child<QTableView>("previewTable");
        const QModelIndex index = preview()->index(row, ContactImportModel::ActionColumn);
        QAbstractItemDelegate *delegate = table->itemDelegateForIndex(index);
        QWidget *editor = delegate->createEditor(table->viewport(), QStyleOptionViewItem(), index);
        auto *combo = qobject_cast<QComboBox *>(editor);
        QVERIFY(combo);
        delegate->setEditorData(editor, index);
        const int choice = combo->findData(int(action));
        QVERIFY(choice >= 0);
        combo->setCurrentIndex(choice);
        delegate->setModelData(editor, preview(), index);
        delete editor;
    }

    std::unique_ptr<Store> m_store;
    QUndoStack m_stack;
    QTemporaryDir m_files;
    std::unique_ptr<ContactImportDialog> m_dialog;

private Q_SLOTS:
    void initTestCase()
    {
        setUpApplication(*QCoreApplication::instance());
        QVERIFY(m_files.isValid());
    }

    void init()
    {
        QTest::failOnWarning(QRegularExpression(QStringLiteral("QModelIndex|QAbstractItemModel")));
        // Settings of this test only: a fresh organisation name, so no remembered mapping leaks in.
        QCoreApplication::setOrganizationName(QStringLiteral("PressDeskTest-") +
                                              QUuid::createUuid().toString(QUuid::Id128));
        Dialogs::setScripted(true);
        m_stack.clear();
        auto opened = Store::openInMemory();
        QVERIFY(opened);
        m_store = std::move(*opened);
        QVERIFY(DemoDatabase::populate(*m_store));
        newDialog();
    }

    void cleanup()
    {
        ContactImportDialog::setProgressThreshold(0);
        m_dialog.reset();
        m_store.reset();
        QSettings().clear();
        const QStringList unexpected = Dialogs::takeMessages();
        QVERIFY2(unexpected.isEmpty(), qPrintable(unexpected.join(QLatin1Char('\n'))));
    }

    void startsWithTheChoiceOfFile()
    {
        QCOMPARE(m_dialog->windowTitle(), QStringLiteral("Import Contacts"));
        QCOMPARE(m_dialog->currentPage(), ContactImportDialog::Page::Start);
        QVERIFY(!child<QPushButton>("importButton")->isEnabled());
        QVERIFY(!child<QPushButton>("nextButton")->isVisibleTo(m_dialog.get()));
        QVERIFY(m_dialog->message().isEmpty());
    }

    void excelCsvMappingPreviewImportUndo()
    {
        const QStringList before = describeStore(*m_store);
        const QString path = writeFile(QStringLiteral("Pressekontakte.csv"), excelCsv());
        QVERIFY(m_dialog->loadFile(path));
        QCOMPARE(m_dialog->currentPage(), ContactImportDialog::Page::Mapping);
        const QString detected = child<QLabel>("detectedLabel")->text();
        QVERIFY2(detected.contains(QStringLiteral("semicolon-separated, Windows-1252")),
                 qPrintable(detected));
        QVERIFY2(plain(detected).contains(QStringLiteral("8 records; 1 record cannot be read.")),
                 qPrintable(detected));
        QCOMPARE(child<QComboBox>("separatorCombo")->currentData().value<QChar>(), QLatin1Char(';'));
        QCOMPARE(child<QComboBox>("encodingCombo")->currentData().toInt(),
                 int(CsvTable::Encoding::Windows1252));

        // The columns, their first values (umlauts decoded) and the guessed mapping.
        QTableWidget *columns = child<QTableWidget>("mappingTable");
        QCOMPARE(columns->rowCount(), 10);
        QCOMPARE(columns->item(2, 0)->text(), QStringLiteral("Nachname"));
        QVERIFY(columns->item(2, 1)->text().startsWith(QStringLiteral("Özdemir · Sommerfeld · Brandt")));
        QVERIFY(columns->item(4, 1)->text().startsWith(QStringLiteral("Redakteurin – Lokales")));
        QCOMPARE(fieldCombo(1)->currentText(), QStringLiteral("Given name"));
        QCOMPARE(fieldCombo(2)->currentText(), QStringLiteral("Family name"));
        QCOMPARE(fieldCombo(5)->currentText(), QStringLiteral("E-mail"));
        QCOMPARE(fieldCombo(8)->currentText(), QStringLiteral("(ignore)")); // Berichtsgebiet
        QCOMPARE(fieldCombo(9)->currentText(), QStringLiteral("Internal note"));
        QVERIFY(child<QPushButton>("nextButton")->isEnabled());

        // The user says "Berichtsgebiet" holds the press topics.
        fieldCombo(8)->setCurrentIndex(fieldCombo(8)->findText(QStringLiteral("Press topics")));
        QCOMPARE(m_dialog->mapping().value(ContactCsv::Field::Topics, -1), 8);
        // A field goes into one column only.
        fieldCombo(0)->setCurrentIndex(fieldCombo(0)->findText(QStringLiteral("Given name")));
        QCOMPARE(fieldCombo(1)->currentText(), QStringLiteral("(ignore)"));
        fieldCombo(1)->setCurrentIndex(fieldCombo(1)->findText(QStringLiteral("Given name")));
        QCOMPARE(fieldCombo(0)->currentText(), QStringLiteral("(ignore)"));
        fieldCombo(0)->setCurrentIndex(fieldCombo(0)->findText(QStringLiteral("Honorific")));

        QTest::mouseClick(child<QPushButton>("nextButton"), Qt::LeftButton);
        QCOMPARE(m_dialog->currentPage(), ContactImportDialog::Page::Preview);
        QAbstractItemModelTester tester(preview(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(preview()->rowCount(), 7);
        QCOMPARE(
            plain(child<QLabel>("summaryLabel")->text()),
            QStringLiteral("4 new contacts, 3 duplicates, 1 problem — 4 to add, 3 to merge, 0 to skip."));
        const int oezdemir = rowOf(QStringLiteral("Özdemir"));
        const int sommerfeld = rowOf(QStringLiteral("Sommerfeld"));
        const int brandt = rowOf(QStringLiteral("Brandt"));
        const int weissenberg = rowOf(QStringLiteral("Weißenberg"));
        QVERIFY(oezdemir >= 0 && sommerfeld >= 0 && brandt >= 0 && weissenberg >= 0);
        QCOMPARE(cell(oezdemir, ContactImportModel::ActionColumn), QStringLiteral("Add"));
        QCOMPARE(cell(oezdemir, ContactImportModel::LineColumn), QStringLiteral("2"));
        QCOMPARE(cell(sommerfeld, ContactImportModel::ActionColumn),
                 QStringLiteral("Merge into “Frau Julia Sommerfeld”"));
        QVERIFY2(
            cell(sommerfeld, ContactImportModel::ReasonColumn).startsWith(QStringLiteral("same e-mail as")),
            qPrintable(cell(sommerfeld, ContactImportModel::ReasonColumn)));
        QCOMPARE(cell(rowOf(QStringLiteral("Großmann")), ContactImportModel::LineColumn),
                 QStringLiteral("6"));
        // Issue #15: the nameless row with an e-mail address is named after its newsroom, the odd e-mail
        // address is kept as text; both are listed as worth a look.
        QCOMPARE(cell(rowOf(QStringLiteral("Ruhr Nachrichten")), ContactImportModel::LineColumn),
                 QStringLiteral("8"));
        QCOMPARE(cell(rowOf(QStringLiteral("Schäfer")), ContactImportModel::LineColumn), QStringLiteral("9"));

        // The records that cannot be imported, with their lines, then the lines worth a look.
        QVERIFY(child<QTableView>("problemsTable")->isVisibleTo(m_dialog.get()));
        QCOMPARE(problems()->rowCount(), 3);
        QCOMPARE(problems()->index(0, 0).data().toString(), QStringLiteral("10"));
        QVERIFY(problems()->index(0, 1).data().toString().contains(QStringLiteral("fields")));
        QCOMPARE(problems()->index(1, 0).data().toString(), QStringLiteral("8"));
        QCOMPARE(problems()->index(2, 0).data().toString(), QStringLiteral("9"));
        QVERIFY(problems()->index(2, 1).data().toString().contains(
            QStringLiteral("anna.schaefer(at)rn.example")));
        QCOMPARE(plain(child<QLabel>("problemsLabel")->text()),
                 QStringLiteral("1 record cannot be imported and will be left out; the lines after them were "
                                "read, but are worth a look:"));

        // Skip every duplicate, then merge two of them again: Sommerfeld through the row's combo box,
        // Weißenberg through the model. Brandt stays skipped.
        QComboBox *allDuplicates = child<QComboBox>("duplicatesCombo");
        const int skipAll = allDuplicates->findData(int(Action::Skip));
        allDuplicates->setCurrentIndex(skipAll);
        Q_EMIT allDuplicates->activated(skipAll);
        QCOMPARE(allDuplicates->currentIndex(), 0);
        QCOMPARE(cell(brandt, ContactImportModel::ActionColumn), QStringLiteral("Skip"));
        QCOMPARE(cell(oezdemir, ContactImportModel::ActionColumn), QStringLiteral("Add"));
        chooseAction(sommerfeld, Action::Merge);
        QVERIFY(preview()->setData(preview()->index(weissenberg, 0), int(Action::Merge)));
        QVERIFY(!preview()->setData(preview()->index(oezdemir, 0), int(Action::Merge))); // no duplicate
        QCOMPARE(plain(child<QPushButton>("importButton")->text()), QStringLiteral("Import 6 contacts"));
        QCOMPARE(describeStore(*m_store), before); // nothing written yet

        QTest::mouseClick(child<QPushButton>("importButton"), Qt::LeftButton);
        QCOMPARE(m_dialog->result(), int(QDialog::Accepted));
        QCOMPARE(m_dialog->importedCounts().added, 4);
        QCOMPARE(m_dialog->importedCounts().merged, 2);
        QCOMPARE(m_dialog->importedCounts().skipped, 1);
        QCOMPARE(m_dialog->importedCounts().errors, 1);
        QCOMPARE(m_stack.count(), 1);

        const std::optional<Contact> lena = contactNamed(*m_store, QStringLiteral("Özdemir"));
        QVERIFY(lena);
        QCOMPARE(lena->role, QStringLiteral("Redakteurin – Lokales"));
        QCOMPARE(lena->pressTopics,
                 QStringList({QStringLiteral("Lokalpolitik"), QStringLiteral("Stadtentwicklung")}));
        QCOMPARE(m_store->organisations().find(lena->organisationId)->name, QStringLiteral("WAZ Bochum"));
        QCOMPARE(contactNamed(*m_store, QStringLiteral("Großmann"))->internalNote,
                 QStringLiteral("Erreichbar\nab 9 Uhr"));
        const Contact julia = *contactNamed(*m_store, QStringLiteral("Sommerfeld"));
        QVERIFY(channelValues(julia).contains(QStringLiteral("0234 555 1099")));
        QVERIFY(julia.pressTopics.contains(QStringLiteral("Kultur")));
        QVERIFY(channelValues(*contactNamed(*m_store, QStringLiteral("Weißenberg")))
                    .contains(QStringLiteral("0172 555 1042")));
        QVERIFY(!channelValues(*contactNamed(*m_store, QStringLiteral("Brandt")))
                     .contains(QStringLiteral("0171 555 2001")));
        const QStringList after = describeStore(*m_store);

        // One undo takes the whole import back, merged contacts included; redo brings it again.
        m_stack.undo();
        QCOMPARE(describeStore(*m_store), before);
        m_stack.redo();
        QCOMPARE(describeStore(*m_store), after);

        // Next time a file with this header comes, the user's mapping is there.
        newDialog();
        QVERIFY(m_dialog->loadFile(path));
        QCOMPARE(fieldCombo(8)->currentText(), QStringLiteral("Press topics"));
        QCOMPARE(fieldCombo(0)->currentText(), QStringLiteral("Honorific"));
        QCOMPARE(m_dialog->mapping().value(ContactCsv::Field::GivenName, -1), 1);
    }

    // A file without a known header but with the same columns as the last one gets the last mapping.
    // Issue #15 point 8: an address book's CSV is recognised by its header and shown by name; every column
    // says what it is read as, and the file imports without any manual mapping. The user can still map the
    // columns by hand.
    void addressBookCsvIsRecognisedByName()
    {
        const QString path = QStringLiteral(PRESSDESK_TEST_FIXTURES "/addressbooks/google-contacts.csv");
        QVERIFY(m_dialog->loadFile(path));
        QCOMPARE(m_dialog->currentPage(), ContactImportDialog::Page::Mapping);
        QCOMPARE(m_dialog->recognisedFormat(), QStringLiteral("Google Contacts"));
        auto *recognised = child<QLabel>("recognisedLabel");
        QVERIFY(recognised->isVisibleTo(m_dialog.get()));
        QVERIFY2(recognised->text().startsWith(QStringLiteral("Recognised: Google Contacts.")),
                 qPrintable(recognised->text()));
        QVERIFY(!child<QLabel>("mappingHintLabel")->isVisibleTo(m_dialog.get()));
        QVERIFY(child<QCheckBox>("groupsAsTopicsCheck")->isVisibleTo(m_dialog.get()));
        QTableWidget *columns = child<QTableWidget>("mappingTable");
        QCOMPARE(columns->rowCount(), 36);
        QCOMPARE(columns->item(12, 0)->text(), QStringLiteral("Organization Department"));
        QCOMPARE(columns->item(12, 2)->text(), QStringLiteral("Department"));
        QCOMPARE(columns->item(17, 2)->text(), QStringLiteral("E-mail: type or label"));
        QCOMPARE(columns->item(28, 2)->text(), QStringLiteral("City"));
        QCOMPARE(columns->item(9, 2)->text(), QStringLiteral("kept in the internal note")); // File As
        QVERIFY(m_dialog->findChild<QComboBox *>(QStringLiteral("fieldCombo0")) == nullptr);
        QVERIFY(child<QPushButton>("nextButton")->isEnabled());

        // Groups are the user's choice: without them, no press topics.
        child<QCheckBox>("groupsAsTopicsCheck")->setChecked(false);
        QTest::mouseClick(child<QPushButton>("nextButton"), Qt::LeftButton);
        QCOMPARE(m_dialog->currentPage(), ContactImportDialog::Page::Preview);
        QCOMPARE(preview()->rowCount(), 4);
        QCOMPARE(problems()->rowCount(), 0);
        QTest::mouseClick(child<QPushButton>("importButton"), Qt::LeftButton);
        QCOMPARE(m_dialog->importedCounts().added, 4);
        const std::optional<Contact> lena = contactNamed(*m_store, QString::fromUtf8("Schröder"));
        QVERIFY(lena);
        QCOMPARE(lena->department, QStringLiteral("Lokalredaktion Bochum"));
        QCOMPARE(lena->role, QStringLiteral("Chefin vom Dienst"));
        QVERIFY(lena->pressTopics.isEmpty());
        QCOMPARE(lena->addresses.size(), 1);
        QCOMPARE(lena->addresses.first().city, QStringLiteral("Bochum"));
        QCOMPARE(lena->channels.size(), 6);

        // By hand: the combo boxes come, guessed from the header names.
        newDialog();
        QVERIFY(m_dialog->loadFile(path));
        child<QCheckBox>("manualMappingCheck")->setChecked(true);
        QCOMPARE(m_dialog->recognisedFormat(), QString());
        QVERIFY(child<QLabel>("mappingHintLabel")->isVisibleTo(m_dialog.get()));
        QCOMPARE(fieldCombo(0)->currentText(), QStringLiteral("Given name"));
        child<QCheckBox>("manualMappingCheck")->setChecked(false);
        QCOMPARE(m_dialog->recognisedFormat(), QStringLiteral("Google Contacts"));
    }

    void lastMappingForUnknownHeaders()
    {
        const QString first = writeFile(QStringLiteral("a.csv"), "Spalte1,Spalte2\nLena,Özdemir\n");
        QVERIFY(m_dialog->loadFile(first));
        QCOMPARE(fieldCombo(0)->currentText(), QStringLiteral("(ignore)"));
        QVERIFY(!child<QPushButton>("nextButton")->isEnabled());
        QVERIFY(m_dialog->message().contains(QStringLiteral("name")));
        fieldCombo(0)->setCurrentIndex(fieldCombo(0)->findText(QStringLiteral("Given name")));
        fieldCombo(1)->setCurrentIndex(fieldCombo(1)->findText(QStringLiteral("Family name")));
        QVERIFY(m_dialog->message().isEmpty());
        QVERIFY(m_dialog->showPreview());
        QCOMPARE(cell(0, ContactImportModel::NameColumn), QStringLiteral("Lena Özdemir"));

        newDialog();
        const QString second = writeFile(QStringLiteral("b.csv"), "A,B\nTim,Kaiser\n");
        QVERIFY(m_dialog->loadFile(second));
        QCOMPARE(fieldCombo(0)->currentText(), QStringLiteral("Given name"));
        QCOMPARE(fieldCombo(1)->currentText(), QStringLiteral("Family name"));
        QCOMPARE(m_stack.count(), 0);
    }

    void separatorAndEncodingCanBeChanged()
    {
        QVERIFY(m_dialog->loadFile(writeFile(QStringLiteral("Pressekontakte.csv"), excelCsv())));
        QComboBox *separator = child<QComboBox>("separatorCombo");
        QComboBox *encoding = child<QComboBox>("encodingCombo");
        QTableWidget *columns = child<QTableWidget>("mappingTable");

        // Read as UTF-8, the umlauts are gone; back to Windows-1252, they are there again.
        const int utf8 = encoding->findData(int(CsvTable::Encoding::Utf8));
        encoding->setCurrentIndex(utf8);
        Q_EMIT encoding->activated(utf8);
        QVERIFY(!columns->item(2, 1)->text().contains(QStringLiteral("Özdemir")));
        const int windows = encoding->findData(int(CsvTable::Encoding::Windows1252));
        encoding->setCurrentIndex(windows);
        Q_EMIT encoding->activated(windows);
        QVERIFY(columns->item(2, 1)->text().contains(QStringLiteral("Özdemir")));

        // Split at commas, the file is one column without a name: no way on.
        const int comma = separator->findData(QChar(QLatin1Char(',')));
        separator->setCurrentIndex(comma);
        Q_EMIT separator->activated(comma);
        QCOMPARE(columns->rowCount(), 1);
        QVERIFY(!child<QPushButton>("nextButton")->isEnabled());
        QVERIFY(!m_dialog->showPreview());
        QCOMPARE(m_dialog->currentPage(), ContactImportDialog::Page::Mapping);
        const int semicolon = separator->findData(QChar(QLatin1Char(';')));
        separator->setCurrentIndex(semicolon);
        Q_EMIT separator->activated(semicolon);
        QCOMPARE(columns->rowCount(), 10);
        QCOMPARE(fieldCombo(2)->currentText(), QStringLiteral("Family name"));
        QVERIFY(child<QPushButton>("nextButton")->isEnabled());
    }

    void cancelWritesNothing()
    {
        const QStringList before = describeStore(*m_store);
        QVERIFY(m_dialog->loadFile(writeFile(QStringLiteral("Pressekontakte.csv"), excelCsv())));
        QVERIFY(m_dialog->showPreview());
        QTest::mouseClick(child<QPushButton>("cancelButton"), Qt::LeftButton);
        QCOMPARE(m_dialog->result(), int(QDialog::Rejected));
        QCOMPARE(describeStore(*m_store), before);
        QCOMPARE(m_stack.count(), 0);
    }

    void cancellingABigImportHalfWayWritesNothing()
    {
        // A big import shows its progress; Cancel, pressed once every record is written, rolls all of it
        // back (the search index too) and leaves the dialog on the preview, ready to import after all.
        ContactImportDialog::setProgressThreshold(50);
        QByteArray csv = "Vorname;Nachname;Firma;E-Mail\r\n";
        for (int i = 0; i < 120; ++i)
            csv += QStringLiteral("Lena;Fortschritt %1;Stadtwerke Bochum;l%1@progress.example\r\n")
                       .arg(i)
                       .toUtf8();
        csv += "Julia;Sommerfeld;Stadt Bochum;julia.neu@example.org\r\n"; // a demo contact: merged
        QVERIFY(m_dialog->loadFile(writeFile(QStringLiteral("Viele.csv"), csv)));
        QVERIFY(m_dialog->showPreview());
        const QStringList before = describeStore(*m_store);
        const auto searchRows = [this]() {
            QSqlQuery query(m_store->database().connection());
            return query.exec(QStringLiteral("SELECT count(*) FROM contact_search")) && query.next()
                       ? query.value(0).toInt()
                       : -1;
        };
        const int searchRowsBefore = searchRows();

        int valueAtCancel = -1;
        QString label;
        QTimer watcher;
        watcher.setInterval(0);
        connect(&watcher, &QTimer::timeout, this, [&]() {
            auto *progress = m_dialog->findChild<QProgressDialog *>(QStringLiteral("importProgress"));
            if (!progress || !progress->isVisible() || valueAtCancel >= 0)
                return;
            label = progress->labelText();
            // Half of the way is the records written; the other half indexes them for the search.
            if (progress->value() >= progress->maximum() / 2) {
                valueAtCancel = progress->value();
                auto *cancel = progress->findChild<QPushButton *>();
                QVERIFY(cancel);
                QTest::mouseClick(cancel, Qt::LeftButton);
            }
        });
        watcher.start();
        QVERIFY(!m_dialog->importContacts());
        watcher.stop();
        QVERIFY2(valueAtCancel >= 500 && valueAtCancel < 1000, qPrintable(QString::number(valueAtCancel)));
        QCOMPARE(plain(label), QStringLiteral("Importing 121 contacts…"));
        QCOMPARE(m_dialog->message(), QStringLiteral("The import was cancelled; nothing was imported."));
        QCOMPARE(m_dialog->currentPage(), ContactImportDialog::Page::Preview);
        QVERIFY(!m_dialog->findChild<QProgressDialog *>(QStringLiteral("importProgress")));
        QCOMPARE(describeStore(*m_store), before);
        QCOMPARE(searchRows(), searchRowsBefore);
        QCOMPARE(m_stack.count(), 0);

        // Imported after all, without cancelling.
        QVERIFY(m_dialog->importContacts());
        ContactImportDialog::setProgressThreshold(0);
        QCOMPARE(m_stack.count(), 1);
        QCOMPARE(m_dialog->importedCounts().added, 120);
        QCOMPARE(m_dialog->importedCounts().merged, 1);
        QCOMPARE(searchRows(), searchRowsBefore + 120);
        QCOMPARE(m_store->contacts().searchIds(QStringLiteral("fortschritt"), 0)->size(), 120);
    }

    void vcardGoesStraightToThePreview()
    {
        const QStringList before = describeStore(*m_store);
        Dialogs::queueFileName(writeFile(QStringLiteral("Kontakte.vcf"), vcardFile()));
        QTest::mouseClick(child<QPushButton>("chooseFileButton"), Qt::LeftButton);
        QCOMPARE(m_dialog->currentPage(), ContactImportDialog::Page::Preview);
        QVERIFY(!child<QPushButton>("backButton")->isVisibleTo(m_dialog.get()));
        QCOMPARE(preview()->rowCount(), 2);
        QCOMPARE(cell(0, ContactImportModel::NameColumn), QStringLiteral("Tim Kaiser"));
        QCOMPARE(cell(0, ContactImportModel::OrganisationColumn),
                 QStringLiteral("Ruhr Nachrichten, Lokalredaktion"));
        QCOMPARE(cell(1, ContactImportModel::ActionColumn),
                 QStringLiteral("Merge into “Herr Markus Brandt”"));
        // The last card has no END: listed with the line it starts on.
        QCOMPARE(problems()->rowCount(), 1);
        QCOMPARE(problems()->index(0, 0).data().toString(), QStringLiteral("17"));
        QCOMPARE(describeStore(*m_store), before);

        QVERIFY(m_dialog->importContacts());
        QCOMPARE(m_stack.count(), 1);
        const std::optional<Contact> kaiser = contactNamed(*m_store, QStringLiteral("Kaiser"));
        QVERIFY(kaiser);
        QCOMPARE(kaiser->internalNote,
                 QStringLiteral("Schreibt über Stadtentwicklung, Verkehr und die Innenstadt."));
        QVERIFY(channelValues(*contactNamed(*m_store, QStringLiteral("Brandt")))
                    .contains(QStringLiteral("0171 555 2001")));
        QVERIFY(!contactNamed(*m_store, QStringLiteral("Vogel")));
        m_stack.undo();
        QCOMPARE(describeStore(*m_store), before);
    }

    // Lines that were read but not cleanly are listed in the preview too, after the records left out:
    // a stray Windows-1252 byte in a UTF-8 file, a column left out for its repeated name, an unknown
    // vCard version. Nothing is dropped unnoticed, and all of them are still imported.
    void warningsAreListedInThePreview()
    {
        QVERIFY(m_dialog->loadFile(writeFile(QStringLiteral("Mischmasch.csv"),
                                             "Vorname;Nachname;E-Mail;E-Mail\n"
                                             "J\xc3\xbcrgen;Wei\xc3\x9f;j.weiss@example.org;x@example.org\n"
                                             "Ren\xe9;Kr\xc3\xbcger;r.krueger@example.org;\n")));
        QVERIFY(m_dialog->showPreview());
        QCOMPARE(preview()->rowCount(), 2);
        QCOMPARE(cell(0, ContactImportModel::NameColumn), QStringLiteral("Jürgen Weiß"));
        QStringList lines;
        for (int row = 0; row < problems()->rowCount(); ++row)
            lines.append(problems()->index(row, 0).data().toString() + QLatin1Char(' ') +
                         problems()->index(row, 1).data().toString());
        QCOMPARE(lines.size(), 2);
        QVERIFY2(lines.join(QLatin1Char('\n')).contains(QStringLiteral("E-Mail")),
                 qPrintable(lines.join('|')));
        QVERIFY2(lines.last().startsWith(QStringLiteral("3 ")), qPrintable(lines.join('|')));
        QVERIFY(child<QTableView>("problemsTable")->isVisibleTo(m_dialog.get()));
        QVERIFY2(child<QLabel>("problemsLabel")->text().contains(QStringLiteral("worth a look")),
                 qPrintable(child<QLabel>("problemsLabel")->text()));

        newDialog();
        QVERIFY(m_dialog->loadFile(writeFile(QStringLiteral("Alt.vcf"), "BEGIN:VCARD\r\nVERSION:5.0\r\n"
                                                                        "FN:Tim Kaiser\r\nN:Kaiser;Tim;;;\r\n"
                                                                        "END:VCARD\r\n")));
        QCOMPARE(preview()->rowCount(), 1);
        QCOMPARE(problems()->rowCount(), 1);
        QCOMPARE(problems()->index(0, 0).data().toString(), QStringLiteral("2"));
    }

    void badFilesAreExplained_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("expected");
        QTest::newRow("empty csv") << "leer.csv" << QByteArray() << "The file is empty.";
        QTest::newRow("blank vcf") << "leer.vcf" << QByteArray("\r\n  \r\n") << "The file is empty.";
        QTest::newRow("binary csv") << "bild.csv" << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0", 18)
                                    << "binary";
        QTest::newRow("binary vcf") << "bild.vcf" << QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0", 18)
                                    << "";
        QTest::newRow("no vcard") << "notiz.vcf" << QByteArray("Nur eine Notiz.\r\n") << "";
        QTest::newRow("vcard without END")
            << "offen.vcf" << QByteArray("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Tim Kaiser\r\n") << "line 1";
        QTest::newRow("ragged csv") << "schief.csv"
                                    << QByteArray("Vorname;Nachname\nLena;Özdemir;x\nTim;Kaiser;y;z\n")
                                    << "line 2";
        QTest::newRow("missing") << "" << QByteArray() << "does not exist";
    }

    void badFilesAreExplained()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, bytes);
        QFETCH(QString, expected);
        const QStringList before = describeStore(*m_store);
        const QString path =
            name.isEmpty() ? m_files.filePath(QStringLiteral("fehlt.csv")) : writeFile(name, bytes);
        const bool loaded = m_dialog->loadFile(path);
        // A ragged CSV still shows its columns; the problems come with the preview.
        if (loaded) {
            QCOMPARE(m_dialog->currentPage(), ContactImportDialog::Page::Mapping);
            QVERIFY(!m_dialog->showPreview());
        }
        const QString message = m_dialog->message();
        QVERIFY2(!message.isEmpty(), qPrintable(name));
        QVERIFY2(message.contains(expected), qPrintable(message));
        QVERIFY(!child<QPushButton>("importButton")->isEnabled());
        QVERIFY(!m_dialog->importContacts());
        QCOMPARE(describeStore(*m_store), before);
        QCOMPARE(m_stack.count(), 0);

        // A good file afterwards works as usual.
        QVERIFY(m_dialog->loadFile(writeFile(QStringLiteral("Kontakte.vcf"), vcardFile())));
        QVERIFY(m_dialog->message().isEmpty());
        QVERIFY(child<QPushButton>("importButton")->isEnabled());
    }

    // Grabs stay in the build folder (ignored by git) for a look after the run.
    void grabs()
    {
        m_dialog->resize(980, 660);
        QVERIFY(m_dialog->loadFile(writeFile(QStringLiteral("Pressekontakte.csv"), excelCsv())));
        m_dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
        QVERIFY(
            m_dialog->grab().save(QDir(grabsFolder()).filePath(QStringLiteral("contactimport-mapping.png"))));
        QVERIFY(m_dialog->showPreview());
        QTest::qWait(50); // the layout follows the new button texts
        QVERIFY(
            m_dialog->grab().save(QDir(grabsFolder()).filePath(QStringLiteral("contactimport-preview.png"))));
        QVERIFY(m_dialog->loadFile(QStringLiteral(PRESSDESK_TEST_FIXTURES "/addressbooks/outlook-de.csv")));
        QTest::qWait(50);
        QVERIFY(m_dialog->grab().save(
            QDir(grabsFolder()).filePath(QStringLiteral("contactimport-addressbook.png"))));
        QVERIFY(!m_dialog->loadFile(writeFile(QStringLiteral("bild.csv"), QByteArray("\x89PNG\0\0\0", 8))));
        QVERIFY(
            m_dialog->grab().save(QDir(grabsFolder()).filePath(QStringLiteral("contactimport-error.png"))));
        m_dialog->hide();
    }
};

QTEST_MAIN(TestContactImportDialog)
#include "tst_contactimportdialog.moc"
