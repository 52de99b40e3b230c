// Contact export as a press officer does it: the selected contacts or all of them, vCard or CSV (by the
// radio buttons and by the file's extension), public channels only unless asked; the written file is
// read back. An unwritable path is explained and leaves nothing behind.

#include "cli/application.h"
#include "exchange/demodatabase.h"
#include "formats/contactcsv.h"
#include "formats/csvreader.h"
#include "formats/vcard.h"
#include "storage/store.h"
#include "ui/contactexportdialog.h"
#include "ui/dialogs.h"

#include "testsupport.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QPushButton>
#include <QRadioButton>
#include <QTemporaryDir>
#include <QTest>

using namespace pressdesk;

namespace {

QList<ParsedContact> readVCard(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const Result<VCardContent> content = VCard::read(&file);
    return content ? content->contacts : QList<ParsedContact>();
}

QStringList familyNames(const QList<ParsedContact> &contacts)
{
    QStringList names;
    for (const ParsedContact &parsed : contacts)
        names.append(parsed.contact.familyName);
    names.sort();
    return names;
}

QStringList channelValues(const QList<ParsedContact> &contacts)
{
    QStringList values;
    for (const ParsedContact &parsed : contacts) {
        for (const ContactChannel &channel : parsed.contact.channels)
            values.append(channel.value);
    }
    return values;
}

QString plain(QString text)
{
    static const QRegularExpression one(QStringLiteral("\\b1 (\\w+)\\(s\\)"));
    text.replace(one, QStringLiteral("1 \\1"));
    return text.replace(QStringLiteral("(s)"), QStringLiteral("s"));
}

} // namespace

class TestContactExportDialog : public QObject
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

    RecordId idOf(const QString &familyName)
    {
        for (const Contact &contact : *m_store->contacts().all()) {
            if (contact.familyName == familyName)
                return contact.meta.id;
        }
        qFatal("no contact %s", qPrintable(familyName));
    }

    void newDialog(const QList<RecordId> &selected)
    {
        m_dialog = std::make_unique<ContactExportDialog>(*m_store, selected);
    }

    std::unique_ptr<Store> m_store;
    QTemporaryDir m_files;
    std::unique_ptr<ContactExportDialog> m_dialog;
    int m_allCount = 0;

private Q_SLOTS:
    void initTestCase()
    {
        setUpApplication(*QCoreApplication::instance());
        QVERIFY(m_files.isValid());
    }

    void init()
    {
        Dialogs::setScripted(true);
        auto opened = Store::openInMemory();
        QVERIFY(opened);
        m_store = std::move(*opened);
        QVERIFY(DemoDatabase::populate(*m_store));
        m_allCount = int(m_store->contacts().all()->size());
        QVERIFY(m_allCount > 3);
    }

    void cleanup()
    {
        m_dialog.reset();
        m_store.reset();
        const QStringList unexpected = Dialogs::takeMessages();
        QVERIFY2(unexpected.isEmpty(), qPrintable(unexpected.join(QLatin1Char('\n'))));
    }

    void selectedNeedsASelection()
    {
        newDialog({});
        QCOMPARE(m_dialog->windowTitle(), QStringLiteral("Export Contacts"));
        QVERIFY(child<QRadioButton>("allRadio")->isChecked());
        QVERIFY(!child<QRadioButton>("selectedRadio")->isEnabled());
        QVERIFY(child<QRadioButton>("vcardRadio")->isChecked());
        QVERIFY(!child<QCheckBox>("internalCheck")->isChecked());
        QVERIFY(!child<QComboBox>("separatorCombo")->isEnabled());
        child<QRadioButton>("csvRadio")->setChecked(true);
        QVERIFY(child<QComboBox>("separatorCombo")->isEnabled());

        newDialog({idOf(QStringLiteral("Sommerfeld")), idOf(QStringLiteral("Brandt"))});
        QVERIFY(child<QRadioButton>("selectedRadio")->isEnabled());
        QVERIFY(child<QRadioButton>("selectedRadio")->isChecked());
        QCOMPARE(plain(child<QRadioButton>("selectedRadio")->text()),
                 QStringLiteral("Only the &selected contacts (2)"));
    }

    void selectedAsVCardPublicOnly()
    {
        newDialog({idOf(QStringLiteral("Sommerfeld")), idOf(QStringLiteral("Brandt"))});
        const QString path = m_files.filePath(QStringLiteral("auswahl.vcf"));
        Dialogs::queueFileName(path);
        QTest::mouseClick(child<QPushButton>("exportButton"), Qt::LeftButton);
        QCOMPARE(m_dialog->result(), int(QDialog::Accepted));
        const QStringList messages = Dialogs::takeMessages();
        QCOMPARE(messages.size(), 1);
        QCOMPARE(plain(messages.first()),
                 QStringLiteral("Exported 2 contacts to %1.").arg(QDir::toNativeSeparators(path)));
        QCOMPARE(m_dialog->exportedCount(), 2);

        const QList<ParsedContact> contacts = readVCard(path);
        QCOMPARE(familyNames(contacts),
                 QStringList({QStringLiteral("Brandt"), QStringLiteral("Sommerfeld")}));
        const QStringList channels = channelValues(contacts);
        QVERIFY(channels.contains(QStringLiteral("presse@example.org")));
        QVERIFY(!channels.contains(QStringLiteral("0170 555 1001"))); // Sommerfeld's internal mobile
        QVERIFY(!testsupport::readBytes(path).contains("Einverst"));
    }

    void allAsCsvWithInternal()
    {
        newDialog({idOf(QStringLiteral("Sommerfeld"))});
        QVERIFY(child<QRadioButton>("allRadio")->isChecked()); // one selected row is no selection yet
        child<QCheckBox>("internalCheck")->setChecked(true);
        // The extension decides: .csv although vCard is chosen.
        const QString path = m_files.filePath(QStringLiteral("alle.csv"));
        QVERIFY(m_dialog->exportTo(path));
        QCOMPARE(m_dialog->format(), ContactExportDialog::Format::Csv);
        QCOMPARE(Dialogs::takeMessages().size(), 1);

        Result<CsvTable> table = CsvReader::readFile(path);
        QVERIFY2(table, qPrintable(table.errorMessage()));
        QCOMPARE(table->separator, QLatin1Char(';')); // German Excel's separator by default
        QCOMPARE(table->header(), ContactCsv::header(true));
        QCOMPARE(table->rows.size(), m_allCount + 1);
        const QString text = QString::fromUtf8(testsupport::readBytes(path));
        QVERIFY(text.contains(QStringLiteral("0170 555 1001")));
        QVERIFY(text.contains(QStringLiteral("Interviewanfragen laufen über die Pressestelle")));
    }

    void allAsCsvPublicOnly()
    {
        newDialog({});
        child<QRadioButton>("csvRadio")->setChecked(true);
        child<QComboBox>("separatorCombo")
            ->setCurrentIndex(child<QComboBox>("separatorCombo")->findData(QChar(QLatin1Char(','))));
        // No extension: the chosen format's is added.
        const QString path = m_files.filePath(QStringLiteral("oeffentlich"));
        QVERIFY(m_dialog->exportTo(path));
        QCOMPARE(m_dialog->exportedPath(), path + QStringLiteral(".csv"));
        QVERIFY(!QFile::exists(path));
        QCOMPARE(plain(Dialogs::takeMessages().value(0)),
                 QStringLiteral("Exported %1 contacts to %2.")
                     .arg(m_allCount)
                     .arg(QDir::toNativeSeparators(path + QStringLiteral(".csv"))));
        Result<CsvTable> table = CsvReader::readFile(path + QStringLiteral(".csv"));
        QVERIFY(table);
        QCOMPARE(table->separator, QLatin1Char(','));
        QCOMPARE(table->header(), ContactCsv::header(false));
        QCOMPARE(table->rows.size(), m_allCount + 1);
        const QString text = QString::fromUtf8(testsupport::readBytes(path + QStringLiteral(".csv")));
        QVERIFY(!text.contains(QStringLiteral("0170 555 1001")));
        QVERIFY(!text.contains(QStringLiteral("Interviewanfragen")));
        QVERIFY(text.contains(QStringLiteral("presse@example.org")));
    }

    // Issue #15: Outlook reads vCard 3.0 best; the user picks the version, 4.0 stays the default.
    void vcardVersionIsChosen()
    {
        newDialog({});
        QCOMPARE(child<QComboBox>("versionCombo")->currentData().toInt(), int(VCard::Version::V4));
        child<QRadioButton>("csvRadio")->setChecked(true);
        QVERIFY(!child<QComboBox>("versionCombo")->isEnabled());
        child<QRadioButton>("vcardRadio")->setChecked(true);
        QVERIFY(child<QComboBox>("versionCombo")->isEnabled());
        auto *version = child<QComboBox>("versionCombo");
        version->setCurrentIndex(version->findData(int(VCard::Version::V3)));
        const QString path = m_files.filePath(QStringLiteral("outlook.vcf"));
        Dialogs::queueFileName(path);
        QTest::mouseClick(child<QPushButton>("exportButton"), Qt::LeftButton);
        QCOMPARE(m_dialog->result(), int(QDialog::Accepted));
        Dialogs::takeMessages();
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QCOMPARE(bytes.count("VERSION:3.0\r\n"), qsizetype(m_dialog->exportedCount()));
        QVERIFY(!bytes.contains("VERSION:4.0"));
        QCOMPARE(readVCard(path).size(), m_dialog->exportedCount());
    }

    void vcardExtensionChoosesVCard()
    {
        newDialog({});
        child<QRadioButton>("csvRadio")->setChecked(true);
        const QString path = m_files.filePath(QStringLiteral("alle.vcf"));
        QVERIFY(m_dialog->exportTo(path));
        QCOMPARE(m_dialog->format(), ContactExportDialog::Format::VCard);
        QCOMPARE(readVCard(path).size(), m_allCount);
        Dialogs::takeMessages();
    }

    void unwritablePathIsExplained()
    {
        newDialog({});
        const QString path = m_files.filePath(QStringLiteral("fehlt/ordner/kontakte.vcf"));
        QVERIFY(!m_dialog->exportTo(path));
        QCOMPARE(m_dialog->result(), int(QDialog::Rejected));
        const QStringList messages = Dialogs::takeMessages();
        QCOMPARE(messages.size(), 1);
        QVERIFY2(messages.first().startsWith(QStringLiteral("The contacts could not be exported to %1: ")
                                                 .arg(QDir::toNativeSeparators(path))),
                 qPrintable(messages.first()));
        QVERIFY(!QFile::exists(path));

        // Cancelling the file dialog does nothing.
        Dialogs::queueFileName(QString());
        QTest::mouseClick(child<QPushButton>("exportButton"), Qt::LeftButton);
        QVERIFY(Dialogs::takeMessages().isEmpty());
        QCOMPARE(m_dialog->exportedCount(), 0);
    }

    void grab()
    {
        newDialog({idOf(QStringLiteral("Sommerfeld")), idOf(QStringLiteral("Brandt"))});
        m_dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
        const QString grabs = QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("grabs"));
        QVERIFY(QDir().mkpath(grabs));
        QVERIFY(m_dialog->grab().save(QDir(grabs).filePath(QStringLiteral("contactexport.png"))));
        child<QRadioButton>("csvRadio")->setChecked(true);
        child<QCheckBox>("internalCheck")->setChecked(true);
        QVERIFY(m_dialog->grab().save(QDir(grabs).filePath(QStringLiteral("contactexport-csv.png"))));
        m_dialog->hide();
    }
};

QTEST_MAIN(TestContactExportDialog)
#include "tst_contactexportdialog.moc"
