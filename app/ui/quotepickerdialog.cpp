#include "quotepickerdialog.h"

#include "models/statepalette.h"
#include "storage/store.h"
#include "ui_quotepickerdialog.h"

#include <QLocale>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>

#include <algorithm>

namespace pressdesk {

namespace {
constexpr int IdRole = Qt::UserRole + 1;

// Authorised quotes are the ones a release may use: they come first, withdrawn ones last.
int pickOrder(AuthorisationState state)
{
    switch (state) {
    case AuthorisationState::Authorised:
        return 0;
    case AuthorisationState::Requested:
        return 1;
    case AuthorisationState::Draft:
        return 2;
    case AuthorisationState::Withdrawn:
        return 3;
    }
    return 4;
}
} // namespace

QuotePickerDialog::QuotePickerDialog(Store &store, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::QuotePickerDialog>())
    , m_quotes(new QStandardItemModel(this))
    , m_filter(new QSortFilterProxyModel(this))
{
    m_ui->setupUi(this);
    m_filter->setSourceModel(m_quotes);
    m_filter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_ui->quoteList->setModel(m_filter);
    fill(store);
    connect(m_ui->searchEdit, &QLineEdit::textChanged, this, &QuotePickerDialog::setSearchText);
    connect(m_ui->quoteList->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &QuotePickerDialog::updateOk);
    connect(m_ui->quoteList, &QListView::doubleClicked, this, [this] {
        if (chosenQuoteId() != 0)
            accept();
    });
    updateOk();
}

QuotePickerDialog::~QuotePickerDialog() = default;

void QuotePickerDialog::fill(Store &store)
{
    Result<QList<QuoteListEntry>> entries = store.quotes().list();
    if (!entries)
        return;
    QList<QuoteListEntry> sorted = *entries;
    std::stable_sort(sorted.begin(), sorted.end(), [](const QuoteListEntry &a, const QuoteListEntry &b) {
        if (pickOrder(a.quote.state) != pickOrder(b.quote.state))
            return pickOrder(a.quote.state) < pickOrder(b.quote.state);
        return b.quote.saidOn < a.quote.saidOn;
    });
    for (const QuoteListEntry &entry : std::as_const(sorted)) {
        const Quote &quote = entry.quote;
        const QString who = quote.speakerRole.trimmed().isEmpty()
                                ? entry.speakerName
                                : tr("%1, %2").arg(entry.speakerName, quote.speakerRole.trimmed());
        const QString said = quote.saidOn.isValid() ? quote.saidOn.toDisplayString() : tr("undated");
        auto *item = new QStandardItem(
            tr("„%1“\n%2 · %3 · %4").arg(quote.text.trimmed(), who, said, displayName(quote.state)));
        item->setData(quote.meta.id, IdRole);
        item->setEditable(false);
        item->setForeground(StatePalette::text(StatePalette::of(quote.state)));
        item->setToolTip(quote.context);
        if (quote.state == AuthorisationState::Withdrawn)
            item->setFlags(item->flags() & ~(Qt::ItemIsSelectable | Qt::ItemIsEnabled));
        m_quotes->appendRow(item);
    }
}

void QuotePickerDialog::setSearchText(const QString &text)
{
    if (m_ui->searchEdit->text() != text)
        m_ui->searchEdit->setText(text);
    m_filter->setFilterFixedString(text.trimmed());
    updateOk();
}

int QuotePickerDialog::shownCount() const
{
    return m_filter->rowCount();
}

RecordId QuotePickerDialog::chosenQuoteId() const
{
    const QModelIndex current = m_ui->quoteList->currentIndex();
    if (!current.isValid() || !(current.flags() & Qt::ItemIsEnabled))
        return 0;
    return current.data(IdRole).toLongLong();
}

bool QuotePickerDialog::choose(RecordId quoteId)
{
    for (int row = 0; row < m_filter->rowCount(); ++row) {
        const QModelIndex index = m_filter->index(row, 0);
        if (index.data(IdRole).toLongLong() == quoteId && (index.flags() & Qt::ItemIsEnabled)) {
            m_ui->quoteList->setCurrentIndex(index);
            return true;
        }
    }
    return false;
}

void QuotePickerDialog::updateOk()
{
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(chosenQuoteId() != 0);
}

} // namespace pressdesk
