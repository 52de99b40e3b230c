#include "welcomepage.h"
#include "ui_welcomepage.h"

#include "icons.h"

#include <QDir>
#include <QFileInfo>

namespace pressdesk {

WelcomePage::WelcomePage(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::WelcomePage>())
{
    m_ui->setupUi(this);
    const int side = m_ui->logoLabel->minimumWidth();
    m_ui->logoLabel->setPixmap(QIcon(QStringLiteral(":/icons/pressdesk.svg")).pixmap(side, side));
    QFont title = m_ui->titleLabel->font();
    title.setPointSizeF(title.pointSizeF() * 1.6);
    title.setBold(true);
    m_ui->titleLabel->setFont(title);
    Icons::set(m_ui->newFileButton, Icons::Name::New);
    Icons::set(m_ui->openFileButton, Icons::Name::Open);
    Icons::set(m_ui->demoButton, Icons::Name::Timeline);
    for (QPushButton *button : {m_ui->newFileButton, m_ui->openFileButton, m_ui->demoButton}) {
        button->setMinimumSize(460, 36);
        button->setStyleSheet(QStringLiteral("text-align: left; padding-left: 12px;"));
    }
    connect(m_ui->newFileButton, &QPushButton::clicked, this, &WelcomePage::newFileRequested);
    connect(m_ui->openFileButton, &QPushButton::clicked, this, &WelcomePage::openFileRequested);
    connect(m_ui->demoButton, &QPushButton::clicked, this, &WelcomePage::demoRequested);
    connect(m_ui->recentList, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        if (item && (item->flags() & Qt::ItemIsEnabled))
            Q_EMIT recentFileChosen(item->data(Qt::UserRole).toString());
    });
    m_ui->noteLabel->clearMessage();
}

WelcomePage::~WelcomePage() = default;

void WelcomePage::setRecentFiles(const QStringList &paths)
{
    m_ui->recentList->clear();
    for (const QString &path : paths) {
        const QFileInfo file(path);
        const bool there = file.isFile();
        auto *item = new QListWidgetItem(
            there ? tr("%1 — %2").arg(file.completeBaseName(), QDir::toNativeSeparators(file.absolutePath()))
                  : tr("%1 — no longer there").arg(file.completeBaseName()),
            m_ui->recentList);
        item->setData(Qt::UserRole, path);
        item->setToolTip(QDir::toNativeSeparators(path));
        item->setIcon(Icons::icon(Icons::Name::Release));
        if (!there)
            item->setFlags(item->flags() & ~Qt::ItemIsEnabled);
    }
    m_ui->recentLabel->setVisible(!paths.isEmpty());
    m_ui->recentList->setVisible(!paths.isEmpty());
    if (m_ui->recentList->count() > 0)
        m_ui->recentList->setCurrentRow(0);
}

void WelcomePage::setNote(const QString &note)
{
    m_ui->noteLabel->showMessage(note, Tone::Warning);
}

void WelcomePage::focusFirstChoice()
{
    m_ui->newFileButton->setFocus();
}

} // namespace pressdesk
