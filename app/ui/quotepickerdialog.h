#pragma once

#include "core/record.h"

#include <QDialog>

#include <memory>

class QSortFilterProxyModel;
class QStandardItemModel;

namespace Ui {
class QuotePickerDialog;
}

namespace pressdesk {

class Store;

// Picks a quote of the register for a release: searchable, authorised quotes first, every quote with its
// speaker, role at the time, date and authorisation state. Withdrawn quotes are shown but cannot be picked.
class QuotePickerDialog : public QDialog
{
    Q_OBJECT
public:
    QuotePickerDialog(Store &store, QWidget *parent = nullptr);
    ~QuotePickerDialog() override;

    RecordId chosenQuoteId() const;
    // Chooses a quote as a click would (for tests); false when it is not offered or cannot be picked.
    bool choose(RecordId quoteId);
    int shownCount() const;
    void setSearchText(const QString &text);

private:
    void fill(Store &store);
    void updateOk();

    std::unique_ptr<Ui::QuotePickerDialog> m_ui;
    QStandardItemModel *m_quotes;
    QSortFilterProxyModel *m_filter;
};

} // namespace pressdesk
