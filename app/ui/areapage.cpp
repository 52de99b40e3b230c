#include "areapage.h"

#include "models/recordtablemodel.h"
#include "ui_areapage.h"

#include <QHeaderView>
#include <QSortFilterProxyModel>

namespace pressdesk {

AreaPage::AreaPage(const QString &title, const QString &emptyText, const QString &filterHint,
                   ModelFactory makeModel, QWidget *parent)
    : WorkArea(parent)
    , m_ui(std::make_unique<Ui::AreaPage>())
    , m_proxy(new QSortFilterProxyModel(this))
    , m_title(title)
    , m_emptyText(emptyText)
    , m_makeModel(std::move(makeModel))
{
    m_ui->setupUi(this);
    m_ui->titleLabel->setText(title);
    m_ui->filterEdit->setPlaceholderText(filterHint);

    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setSortRole(RecordTableModel::SortRole);
    m_proxy->setSortLocaleAware(true);
    m_ui->tableView->setModel(m_proxy);
    m_ui->tableView->verticalHeader()->hide();
    m_ui->tableView->horizontalHeader()->setHighlightSections(false);
    connect(m_ui->filterEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterFixedString(text);
        updateCount();
    });
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &AreaPage::updateCount);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &AreaPage::updateCount);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &AreaPage::updateCount);
}

AreaPage::~AreaPage() = default;

void AreaPage::setStore(Store *store)
{
    RecordTableModel *previous = m_model;
    setModel(store && m_makeModel ? m_makeModel(store, this) : nullptr);
    delete previous;
}

void AreaPage::setModel(RecordTableModel *model)
{
    m_model = model;
    m_proxy->setSourceModel(model);
    if (model) {
        // A file that cannot be read shows an empty list; the status bar says why.
        connect(model, &RecordTableModel::loadFailed, this, [this](const QString &message) {
            Q_EMIT statusMessage(tr("The list could not be read: %1").arg(message));
        });
    }
    QHeaderView *header = m_ui->tableView->horizontalHeader();
    if (model && model->columnCount() > 1) {
        header->setSectionResizeMode(QHeaderView::ResizeToContents);
        header->setSectionResizeMode(model->wideColumn(), QHeaderView::Stretch);
    }
    m_ui->tableView->sortByColumn(-1, Qt::AscendingOrder);
    updateCount();
}

QTableView *AreaPage::tableView() const
{
    return m_ui->tableView;
}

QLineEdit *AreaPage::filterEdit() const
{
    return m_ui->filterEdit;
}

void AreaPage::updateCount()
{
    const int shown = m_proxy->rowCount();
    const int total = m_model ? m_model->rowCount() : 0;
    if (total == 0)
        m_ui->countLabel->setText(m_emptyText);
    else if (shown == total)
        m_ui->countLabel->setText(tr("%n entries", nullptr, total));
    else
        m_ui->countLabel->setText(tr("%1 of %n entries", nullptr, total).arg(shown));
}

} // namespace pressdesk
