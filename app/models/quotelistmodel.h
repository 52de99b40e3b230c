#pragma once

#include "core/quote.h"
#include "recordtablemodel.h"

#include <QHash>

namespace pressdesk {

// The quote register: wording, speaker with the role at the time, date and authorisation state.
class QuoteListModel : public RecordTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        TextColumn,
        SpeakerColumn,
        DateColumn,
        StateColumn
    };

    explicit QuoteListModel(Store *store, QObject *parent = nullptr);
    const Quote &quoteAt(int row) const { return m_quotes.at(row); }
    int wideColumn() const override { return TextColumn; }

protected:
    QString fetchRows() override;
    int rows() const override { return int(m_quotes.size()); }
    QStringList columnTitles() const override;
    RecordId rowId(int row) const override { return m_quotes.at(row).meta.id; }
    QVariant cell(int row, int column, int role) const override;

private:
    QList<Quote> m_quotes;
    QHash<RecordId, QString> m_speakerNames;
};

} // namespace pressdesk
