#include "photodialog.h"

#include "dialogs.h"
#include "ui_photodialog.h"

#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QImageReader>
#include <QMimeDatabase>
#include <QPushButton>

namespace pressdesk {

PhotoDialog::PhotoDialog(QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::PhotoDialog>())
{
    m_ui->setupUi(this);
    connect(m_ui->chooseButton, &QPushButton::clicked, this, &PhotoDialog::chooseFile);
    for (QLineEdit *field : {m_ui->captionEdit, m_ui->creditEdit, m_ui->licenceEdit})
        connect(field, &QLineEdit::textChanged, this, &PhotoDialog::updateOk);
    updateOk();
}

PhotoDialog::~PhotoDialog() = default;

void PhotoDialog::chooseFile()
{
    const QString path = Dialogs::openFileName(
        this, tr("Choose Photo"), tr("Images (*.jpg *.jpeg *.png *.webp *.gif *.bmp *.tif *.tiff)"));
    if (!path.isEmpty())
        loadFile(path);
}

bool PhotoDialog::loadFile(const QString &path)
{
    const auto refuse = [this](const QString &message) {
        m_ui->problemLabel->showMessage(message, Tone::Error);
        updateOk();
        return false;
    };
    const QFileInfo info(path);
    if (info.size() > MaximumBytes)
        return refuse(tr("“%1” is larger than 25 MB. Use a smaller copy of the photo for the release.")
                          .arg(info.fileName()));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return refuse(tr("“%1” cannot be read: %2").arg(info.fileName(), file.errorString()));
    const QByteArray bytes = file.readAll();
    QImage image;
    if (!image.loadFromData(bytes))
        return refuse(tr("“%1” is not an image PressDesk can read.").arg(info.fileName()));
    m_asset.fileName = info.fileName();
    m_asset.mimeType = QMimeDatabase().mimeTypeForData(bytes).name();
    m_asset.data = bytes;
    m_ui->fileEdit->setText(info.fileName());
    m_ui->previewImage->setPixmap(QPixmap::fromImage(
        image.scaled(m_ui->previewImage->minimumSize(), Qt::KeepAspectRatio, Qt::SmoothTransformation)));
    m_ui->problemLabel->clearMessage();
    updateOk();
    return true;
}

Asset PhotoDialog::asset() const
{
    Asset asset = m_asset;
    asset.caption = m_ui->captionEdit->text().trimmed();
    asset.credit = m_ui->creditEdit->text().trimmed();
    asset.licence = m_ui->licenceEdit->text().trimmed();
    return asset;
}

void PhotoDialog::updateOk()
{
    const bool complete = !m_asset.data.isEmpty() && !m_ui->captionEdit->text().trimmed().isEmpty() &&
                          !m_ui->creditEdit->text().trimmed().isEmpty();
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(complete);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)
        ->setToolTip(complete ? QString() : tr("Choose an image and give its caption and credit."));
}

} // namespace pressdesk
