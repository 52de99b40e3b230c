#include "settingsdialog.h"
#include "ui_settingsdialog.h"

#include "dialogs.h"
#include "releasechoices.h"
#include "render/fontcheck.h"
#include "storage/releaserepository.h"
#include "storage/store.h"

#include <QColorDialog>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QPushButton>
#include <QSvgRenderer>

namespace pressdesk {

namespace {
constexpr qint64 maxLogoBytes = 2 * 1024 * 1024;

// The logo as the letterhead draws it: SVG when it is one, otherwise any image Qt reads.
QImage logoImage(const QByteArray &logo, QSize size)
{
    QSvgRenderer svg(logo);
    if (svg.isValid()) {
        QImage image(size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        svg.render(&painter, QRectF(QPointF(), QSizeF(size)));
        return image;
    }
    const QImage image = QImage::fromData(logo);
    return image.isNull() ? image : image.scaled(size, Qt::KeepAspectRatio, Qt::SmoothTransformation);
}
} // namespace

SettingsDialog::SettingsDialog(Store *store, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SettingsDialog>())
    , m_store(store)
{
    m_ui->setupUi(this);
    m_ui->documentLanguageCombo->addItem(tr("German"), QStringLiteral("de"));
    m_ui->documentLanguageCombo->addItem(tr("English"), QStringLiteral("en"));
    m_ui->languageCombo->addItem(tr("Follow the system"), UiLanguage::code(UiLanguage::Choice::System));
    // Each language in its own name, so that whoever needs it can find it.
    m_ui->languageCombo->addItem(QStringLiteral("Deutsch"), UiLanguage::code(UiLanguage::Choice::German));
    m_ui->languageCombo->addItem(QStringLiteral("English"), UiLanguage::code(UiLanguage::Choice::English));
    m_ui->fontCombo->setWritingSystem(QFontDatabase::Latin);
    m_ui->fallbackFontCombo->setWritingSystem(QFontDatabase::Latin);

    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_ui->chooseLogoButton, &QPushButton::clicked, this, &SettingsDialog::chooseLogo);
    connect(m_ui->removeLogoButton, &QPushButton::clicked, this, [this] { setLogo({}); });
    connect(m_ui->accentButton, &QToolButton::clicked, this, &SettingsDialog::chooseAccentColour);
    connect(m_ui->accentEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        const QColor colour = QColor::fromString(text.trimmed());
        QPixmap swatch(16, 16);
        swatch.fill(colour.isValid() ? colour : QColor(Qt::transparent));
        m_ui->accentButton->setIcon(QIcon(swatch));
    });
    connect(m_ui->fontCombo, &QFontComboBox::currentFontChanged, this, &SettingsDialog::updateFontCheck);
    connect(m_ui->fallbackFontCombo, &QFontComboBox::currentFontChanged, this,
            &SettingsDialog::updateFontCheck);
    connect(m_ui->addContactButton, &QPushButton::clicked, this, [this] {
        const RecordId id = m_ui->contactCombo->currentData().toLongLong();
        if (id == 0 || m_contactIds.contains(id))
            return;
        m_contactIds.append(id);
        fillContactList();
    });
    connect(m_ui->removeContactButton, &QPushButton::clicked, this, [this] {
        const int row = m_ui->contactList->currentRow();
        if (row < 0 || row >= m_contactIds.size())
            return;
        m_contactIds.removeAt(row);
        fillContactList();
    });
    connect(m_ui->browseExportFolderButton, &QPushButton::clicked, this, [this] {
        const QString folder =
            Dialogs::existingDirectory(this, tr("Export Folder"), m_ui->exportFolderEdit->text());
        if (!folder.isEmpty())
            m_ui->exportFolderEdit->setText(folder);
    });

    const bool office = m_store != nullptr;
    for (QWidget *tab : {m_ui->organisationTab, m_ui->houseStyleTab, m_ui->releasesTab})
        m_ui->tabs->setTabEnabled(m_ui->tabs->indexOf(tab), office);
    if (!office)
        m_ui->tabs->setCurrentWidget(m_ui->personalTab);
    fillChoices();
    load();
}

SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::fillChoices()
{
    ReleaseChoices::fillBoilerplates(m_ui->boilerplateCombo, m_store);
    m_contactNames = ReleaseChoices::fillContacts(m_ui->contactCombo, m_store);
}

void SettingsDialog::load()
{
    const UiLanguage::Choice language = UiLanguage::stored();
    m_ui->languageCombo->setCurrentIndex(
        std::max(0, m_ui->languageCombo->findData(UiLanguage::code(language))));
    m_ui->exportFolderEdit->setText(Dialogs::exportFolder());
    if (!m_store) {
        updateFontCheck();
        return;
    }

    Result<HouseStyle> style = m_store->officeSettings().houseStyle();
    Result<ReleaseDefaults> defaults = m_store->officeSettings().releaseDefaults();
    if (!style || !defaults) {
        // The stored settings cannot be read: nothing may be overwritten by defaults unnoticed.
        m_ui->problemLabel->showMessage(style ? defaults.errorMessage() : style.errorMessage(), Tone::Error);
        m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(false);
        return;
    }
    m_storedStyle = *style;
    m_ui->organisationEdit->setText(style->organisation);
    m_ui->departmentEdit->setText(style->department);
    m_ui->addressEdit->setText(style->address);
    m_ui->addressEdit->setCursorPosition(0); // a long address shows its beginning
    m_ui->websiteEdit->setText(style->website);
    setLogo(style->logo);
    m_ui->accentEdit->setText(style->accentColour);
    m_ui->fontCombo->setCurrentFont(QFont(style->fontFamily));
    m_ui->fallbackFontCombo->setCurrentFont(QFont(style->fallbackFontFamily));
    (style->justified ? m_ui->justifiedRadio : m_ui->raggedRadio)->setChecked(true);
    m_ui->documentLanguageCombo->setCurrentIndex(
        std::max(0, m_ui->documentLanguageCombo->findData(style->documentLanguage)));

    m_ui->placeEdit->setText(defaults->place);
    if (defaults->boilerplateOrganisationId != 0 &&
        m_ui->boilerplateCombo->findData(defaults->boilerplateOrganisationId) < 0)
        m_ui->boilerplateCombo->addItem(
            tr("Organisation %1 (no boilerplate)").arg(defaults->boilerplateOrganisationId),
            defaults->boilerplateOrganisationId);
    m_ui->boilerplateCombo->setCurrentIndex(
        std::max(0, m_ui->boilerplateCombo->findData(defaults->boilerplateOrganisationId)));
    m_contactIds = defaults->contactIds;
    fillContactList();
    m_ui->pdfaCheck->setChecked(defaults->exportPdfa);
    updateFontCheck();
}

void SettingsDialog::fillContactList()
{
    m_ui->contactList->clear();
    for (RecordId id : std::as_const(m_contactIds))
        m_ui->contactList->addItem(m_contactNames.value(id, tr("Contact %1 (deleted)").arg(id)));
    m_ui->removeContactButton->setEnabled(!m_contactIds.isEmpty());
}

void SettingsDialog::chooseLogo()
{
    const QString path =
        Dialogs::openFileName(this, tr("Choose Logo"), tr("Logos (*.svg *.png *.jpg *.jpeg);;All files (*)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (QFileInfo(path).size() > maxLogoBytes) {
        m_ui->problemLabel->showMessage(
            tr("“%1” is larger than 2 MB; a logo for the letterhead needs far less.")
                .arg(QFileInfo(path).fileName()),
            Tone::Error);
        return;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        m_ui->problemLabel->showMessage(
            tr("“%1” cannot be read: %2").arg(QFileInfo(path).fileName(), file.errorString()), Tone::Error);
        return;
    }
    const QByteArray logo = file.readAll();
    if (logoImage(logo, QSize(16, 16)).isNull()) {
        m_ui->problemLabel->showMessage(
            tr("“%1” is not an SVG, PNG or JPEG image.").arg(QFileInfo(path).fileName()), Tone::Error);
        return;
    }
    m_ui->problemLabel->clearMessage();
    setLogo(logo);
}

void SettingsDialog::setLogo(const QByteArray &logo)
{
    m_logo = logo;
    const int side = m_ui->logoPreview->minimumWidth() * devicePixelRatio();
    QPixmap preview = QPixmap::fromImage(logoImage(logo, QSize(side, side)));
    preview.setDevicePixelRatio(devicePixelRatio());
    m_ui->logoPreview->setPixmap(preview);
    m_ui->logoPreview->setText(logo.isEmpty() ? tr("No logo") : QString());
    m_ui->removeLogoButton->setEnabled(!logo.isEmpty());
}

void SettingsDialog::chooseAccentColour()
{
    const QColor current = QColor::fromString(m_ui->accentEdit->text().trimmed());
    const QColor chosen = QColorDialog::getColor(current.isValid() ? current : QColor(0x1f, 0x4e, 0x79), this,
                                                 tr("Accent Colour"));
    if (chosen.isValid())
        m_ui->accentEdit->setText(chosen.name());
}

void SettingsDialog::updateFontCheck()
{
    // What an export will find, said before the user relies on it.
    const HouseStyle style = houseStyle();
    Result<QString> family = FontCheck::resolve(style);
    if (!family)
        m_ui->fontCheckLabel->setText(family.errorMessage());
    else if (*family == style.fontFamily)
        m_ui->fontCheckLabel->setText(tr("Exports use %1.").arg(*family));
    else
        m_ui->fontCheckLabel->setText(tr("%1 is not installed with every German letter; exports use %2.")
                                          .arg(style.fontFamily, *family));
}

HouseStyle SettingsDialog::houseStyle() const
{
    HouseStyle style = m_storedStyle;
    style.organisation = m_ui->organisationEdit->text().trimmed();
    style.department = m_ui->departmentEdit->text().trimmed();
    style.address = m_ui->addressEdit->text().trimmed();
    style.website = m_ui->websiteEdit->text().trimmed();
    style.logo = m_logo;
    style.accentColour = m_ui->accentEdit->text().trimmed();
    style.fontFamily = m_ui->fontCombo->currentFont().family();
    style.fallbackFontFamily = m_ui->fallbackFontCombo->currentFont().family();
    style.justified = m_ui->justifiedRadio->isChecked();
    style.documentLanguage = m_ui->documentLanguageCombo->currentData().toString();
    return style;
}

ReleaseDefaults SettingsDialog::releaseDefaults() const
{
    ReleaseDefaults defaults;
    defaults.place = m_ui->placeEdit->text().trimmed();
    defaults.boilerplateOrganisationId = m_ui->boilerplateCombo->currentData().toLongLong();
    defaults.contactIds = m_contactIds;
    defaults.exportPdfa = m_ui->pdfaCheck->isChecked();
    return defaults;
}

UiLanguage::Choice SettingsDialog::language() const
{
    return UiLanguage::fromCode(m_ui->languageCombo->currentData().toString());
}

void SettingsDialog::accept()
{
    if (m_store) {
        const HouseStyle style = houseStyle();
        if (Result<void> valid = style.validate(); !valid) {
            m_ui->tabs->setCurrentWidget(m_ui->houseStyleTab);
            m_ui->accentEdit->setFocus();
            m_ui->problemLabel->showMessage(valid.errorMessage(), Tone::Error);
            return;
        }
        if (Result<void> saved = m_store->officeSettings().save(style, releaseDefaults(),
                                                                ReleaseRepository::currentUserName());
            !saved) {
            m_ui->problemLabel->showMessage(tr("The settings were not saved: %1").arg(saved.errorMessage()),
                                            Tone::Error);
            return;
        }
    }
    Dialogs::setExportFolder(m_ui->exportFolderEdit->text());
    m_languageChanged = language() != UiLanguage::stored();
    UiLanguage::store(language());
    QDialog::accept();
}

} // namespace pressdesk
