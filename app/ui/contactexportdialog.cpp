#include "contactexportdialog.h"
#include "ui_contactexportdialog.h"

#include "backgroundwork.h"
#include "dialogs.h"
#include "formats/contactcsv.h"
#include "formats/exportfile.h"
#include "formats/vcard.h"
#include "statestyle.h"
#include "storage/store.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace pressdesk {

ContactExportDialog::ContactExportDialog(Store &store, const QList<RecordId> &selectedIds, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ContactExportDialog>())
    , m_store(store)
    , m_selectedIds(selectedIds)
{
    m_ui->setupUi(this);
    // 4.0 keeps the most (labels, kinds); Outlook reads 3.0 best.
    m_ui->versionCombo->addItem(tr("4.0 – Thunderbird, Apple, Google, Android"), int(VCard::Version::V4));
    m_ui->versionCombo->addItem(tr("3.0 – Outlook and older programs"), int(VCard::Version::V3));
    m_ui->separatorCombo->addItem(tr("Semicolon ( ; ) – German Excel"), QChar(QLatin1Char(';')));
    m_ui->separatorCombo->addItem(tr("Comma ( , )"), QChar(QLatin1Char(',')));
    if (m_selectedIds.isEmpty()) {
        m_ui->selectedRadio->setText(tr("Only the &selected contacts (none selected)"));
        m_ui->selectedRadio->setEnabled(false);
    } else {
        m_ui->selectedRadio->setText(
            tr("Only the &selected contacts (%n)", nullptr, int(m_selectedIds.size())));
        // Selecting contacts first and then choosing Export… usually means those.
        m_ui->selectedRadio->setChecked(m_selectedIds.size() > 1);
    }
    // Room for the longer of the two hints, so that ticking the box does not squeeze it.
    m_ui->internalHint->setMinimumHeight(2 * m_ui->internalHint->fontMetrics().lineSpacing() + 4);
    connect(m_ui->csvRadio, &QRadioButton::toggled, this, &ContactExportDialog::updateState);
    connect(m_ui->internalCheck, &QCheckBox::toggled, this, &ContactExportDialog::updateState);
    connect(m_ui->exportButton, &QPushButton::clicked, this, &ContactExportDialog::chooseFileAndExport);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &QDialog::reject);
    updateState();
}

ContactExportDialog::~ContactExportDialog() = default;

ContactExportDialog::Format ContactExportDialog::format() const
{
    return m_ui->csvRadio->isChecked() ? Format::Csv : Format::VCard;
}

void ContactExportDialog::updateState()
{
    const bool csv = format() == Format::Csv;
    m_ui->separatorLabel->setEnabled(csv);
    m_ui->separatorCombo->setEnabled(csv);
    m_ui->versionLabel->setEnabled(!csv);
    m_ui->versionCombo->setEnabled(!csv);
    const bool internal = m_ui->internalCheck->isChecked();
    StateStyle::setTone(m_ui->internalHint, internal ? Tone::Warning : Tone::Neutral);
    m_ui->internalHint->setText(
        internal
            ? tr("Internal numbers, addresses and the internal note leave the press office with this file. "
                 "Share it only inside the office.")
            : tr("Only the e-mail addresses, numbers and web addresses marked public are exported."));
}

void ContactExportDialog::chooseFileAndExport()
{
    const bool csv = format() == Format::Csv;
    const QString folder = Dialogs::exportFolder();
    const QString name = tr("Press contacts") + (csv ? QStringLiteral(".csv") : QStringLiteral(".vcf"));
    const QString path = Dialogs::saveFileName(this, tr("Export Contacts"), QDir(folder).filePath(name),
                                               csv ? tr("CSV files (*.csv);;vCard files (*.vcf)")
                                                   : tr("vCard files (*.vcf);;CSV files (*.csv)"));
    if (!path.isEmpty())
        exportTo(path);
}

bool ContactExportDialog::exportTo(const QString &requestedPath)
{
    QString path = requestedPath;
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("vcf") || suffix == QLatin1String("vcard"))
        m_ui->vcardRadio->setChecked(true);
    else if (suffix == QLatin1String("csv"))
        m_ui->csvRadio->setChecked(true);
    else
        path += format() == Format::Csv ? QStringLiteral(".csv") : QStringLiteral(".vcf");
    const QString shown = QDir::toNativeSeparators(path);
    const QString title = tr("Export Contacts");
    const auto fail = [&](const QString &reason) {
        Dialogs::showError(this, title,
                           tr("The contacts could not be exported to %1: %2").arg(shown, reason));
        return false;
    };

    QList<Contact> contacts;
    if (m_ui->selectedRadio->isChecked()) {
        for (const RecordId id : std::as_const(m_selectedIds)) {
            Result<Contact> contact = m_store.contacts().find(id);
            if (contact)
                contacts.append(*contact);
            else if (contact.error().kind != Error::Kind::NotFound)
                return fail(contact.errorMessage());
        }
    } else {
        Result<QList<Contact>> all = m_store.contacts().all();
        if (!all)
            return fail(all.errorMessage());
        contacts = *all;
    }
    Result<QHash<RecordId, QString>> names = m_store.organisations().names();
    if (!names)
        return fail(names.errorMessage());
    const QHash<RecordId, QString> &organisationNames = *names;

    // Read from the store here; written on a worker thread (a big address book takes a while), with a
    // progress dialog and Cancel, which leaves no file.
    auto work = [contacts, organisationNames, includeInternal = m_ui->internalCheck->isChecked(),
                 csv = format() == Format::Csv,
                 separator = m_ui->separatorCombo->currentData().value<QChar>(),
                 version = VCard::Version(m_ui->versionCombo->currentData().toInt()), path,
                 databasePath = m_store.path()](const std::atomic_bool &cancelled) -> Result<void> {
        return ExportFile::write(path, databasePath, [&](QIODevice *device) -> Result<void> {
            Result<void> done =
                csv ? ContactCsv::write(device, contacts, organisationNames, includeInternal, separator)
                    : VCard::write(device, contacts, organisationNames, includeInternal, version);
            if (done && cancelled)
                return makeError(Error::Kind::Io, tr("The export was cancelled."));
            return done;
        });
    };
    const std::optional<Result<void>> finished = BackgroundWork::run<Result<void>>(
        this, tr("Exporting %n contact(s)…", nullptr, int(contacts.size())), std::move(work));
    if (!finished)
        return fail(tr("The export was cancelled; nothing was written."));
    const Result<void> &written = *finished;
    if (!written)
        return fail(written.errorMessage());

    m_exportedCount = int(contacts.size());
    m_exportedPath = path;
    Dialogs::showInformation(this, title,
                             tr("Exported %n contact(s) to %1.", nullptr, m_exportedCount).arg(shown));
    accept();
    return true;
}

} // namespace pressdesk
