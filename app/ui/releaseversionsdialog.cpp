#include "releaseversionsdialog.h"
#include "core/displaydates.h"

#include "core/worddiff.h"
#include "exchange/releaseassembler.h"
#include "formats/releaseplaintext.h"
#include "storage/store.h"
#include "ui_releaseversionsdialog.h"

#include <QHeaderView>
#include <QLocale>
#include <QStandardItemModel>

namespace pressdesk {

ReleaseVersionsDialog::ReleaseVersionsDialog(Store &store, RecordId releaseId, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ReleaseVersionsDialog>())
    , m_store(store)
    , m_table(new QStandardItemModel(this))
{
    m_ui->setupUi(this);
    if (Result<QList<ReleaseVersion>> versions = store.releases().versions(releaseId))
        m_versions = *versions;
    m_ui->versionTable->setModel(m_table);
    fill();
    connect(m_ui->olderCombo, qOverload<int>(&QComboBox::currentIndexChanged), this,
            &ReleaseVersionsDialog::compareChosen);
    connect(m_ui->newerCombo, qOverload<int>(&QComboBox::currentIndexChanged), this,
            &ReleaseVersionsDialog::compareChosen);
    connect(m_ui->restoreButton, &QPushButton::clicked, this, [this] {
        const QModelIndex current = m_ui->versionTable->currentIndex();
        if (!current.isValid())
            return;
        m_restore = m_table->item(current.row(), 0)->data(Qt::UserRole).toInt();
        accept();
    });
    connect(m_ui->versionTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { m_ui->restoreButton->setEnabled(current.isValid()); });
    m_ui->restoreButton->setEnabled(false);
    compareChosen();
}

ReleaseVersionsDialog::~ReleaseVersionsDialog() = default;

void ReleaseVersionsDialog::fill()
{
    m_table->setHorizontalHeaderLabels({tr("Version"), tr("Saved"), tr("By"), tr("State")});
    for (const ReleaseVersion &version : std::as_const(m_versions)) {
        // With seconds: autosaves a few seconds apart are told apart.
        const QDateTime local = version.savedAt.toLocalTime();
        const QString saved =
            shortDate(local.date()) + QLatin1Char(' ') + local.time().toString(QStringLiteral("HH:mm:ss"));
        auto *number = new QStandardItem(QString::number(version.number));
        number->setData(version.number, Qt::UserRole);
        QList<QStandardItem *> row = {number, new QStandardItem(saved), new QStandardItem(version.savedBy),
                                      new QStandardItem(displayName(version.state))};
        for (QStandardItem *item : row)
            item->setEditable(false);
        m_table->appendRow(row);
        const QString label = tr("Version %1 (%2)").arg(version.number).arg(saved);
        m_ui->olderCombo->addItem(label, version.number);
        m_ui->newerCombo->addItem(label, version.number);
    }
    m_ui->versionTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    const int count = int(m_versions.size());
    m_ui->olderCombo->setCurrentIndex(std::max(0, count - 2));
    m_ui->newerCombo->setCurrentIndex(count - 1);
}

void ReleaseVersionsDialog::selectVersion(int number)
{
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (m_table->item(row, 0)->data(Qt::UserRole).toInt() == number)
            m_ui->versionTable->setCurrentIndex(m_table->index(row, 0));
    }
}

QString ReleaseVersionsDialog::readableText(const ReleaseVersion &version) const
{
    Result<PressRelease> release = PressRelease::fromSnapshot(version.snapshot.toUtf8());
    if (!release)
        return release.errorMessage();
    Result<ReleaseDocument> document = ReleaseAssembler::assemble(m_store, *release);
    if (!document)
        return document.errorMessage();
    return ReleasePlainText::write(*document);
}

void ReleaseVersionsDialog::compare(int olderNumber, int newerNumber)
{
    m_ui->olderCombo->setCurrentIndex(m_ui->olderCombo->findData(olderNumber));
    m_ui->newerCombo->setCurrentIndex(m_ui->newerCombo->findData(newerNumber));
    compareChosen();
}

void ReleaseVersionsDialog::compareChosen()
{
    const auto find = [this](int number) -> const ReleaseVersion * {
        for (const ReleaseVersion &version : std::as_const(m_versions)) {
            if (version.number == number)
                return &version;
        }
        return nullptr;
    };
    const ReleaseVersion *older = find(m_ui->olderCombo->currentData().toInt());
    const ReleaseVersion *newer = find(m_ui->newerCombo->currentData().toInt());
    if (!older || !newer) {
        m_ui->diffView->setHtml(QString());
        return;
    }
    QString html = QStringLiteral("<div style=\"white-space: pre-wrap\">");
    for (const DiffPiece &piece : wordDiff(readableText(*older), readableText(*newer))) {
        const QString text = piece.text.toHtmlEscaped();
        switch (piece.kind) {
        case DiffPiece::Kind::Same:
            html += text;
            break;
        case DiffPiece::Kind::Inserted:
            html += QStringLiteral("<span style=\"background-color:#d7f5dd; color:#0b5a1c; "
                                   "text-decoration:underline\">%1</span>")
                        .arg(text);
            break;
        case DiffPiece::Kind::Deleted:
            html += QStringLiteral("<span style=\"background-color:#fbdcdc; color:#8a1111; "
                                   "text-decoration:line-through\">%1</span>")
                        .arg(text);
            break;
        }
    }
    html += QStringLiteral("</div>");
    m_ui->diffView->setHtml(html);
}

QString ReleaseVersionsDialog::diffHtml() const
{
    return m_ui->diffView->toHtml();
}

} // namespace pressdesk
