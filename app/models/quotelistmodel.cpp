#include "quotelistmodel.h"

#include "storage/store.h"

namespace pressdesk {

QuoteListModel::QuoteListModel(Store *store, QObject *parent)
    : RecordTableModel(store, {EntityKind::Quote, EntityKind::Contact}, parent)
{
    reload();
}

QString QuoteListModel::fetchRows()
{
    m_quotes.clear();
    m_speakerNames.clear();
    Result<QList<Contact>> contacts = store()->contacts().all();
    if (!contacts)
        return contacts.errorMessage();
    for (const Contact &contact : *contacts)
        m_speakerNames.insert(contact.meta.id, contact.givenName + QLatin1Char(' ') + contact.familyName);
    Result<QList<Quote>> quotes = store()->quotes().all();
    if (!quotes)
        return quotes.errorMessage();
    m_quotes = *quotes;
    return {};
}

QStringList QuoteListModel::columnTitles() const
{
    return {tr("Quote"), tr("Speaker"), tr("Date"), tr("Authorisation")};
}

QVariant QuoteListModel::cell(int row, int column, int role) const
{
    const Quote &quote = m_quotes.at(row);
    if (role == Qt::DisplayRole || role == SortRole) {
        switch (column) {
        case TextColumn:
            return role == Qt::DisplayRole ? QStringLiteral("„%1“").arg(quote.text.simplified()) : quote.text;
        case SpeakerColumn: {
            const QString name = m_speakerNames.value(quote.speakerId);
            return quote.speakerRole.isEmpty() ? name : tr("%1, %2").arg(name, quote.speakerRole);
        }
        case DateColumn:
            if (role == SortRole)
                return quote.saidOn.firstDay();
            return quote.saidOn.toDisplayString();
        case StateColumn:
            return displayName(quote.state);
        }
    } else if (role == Qt::ToolTipRole && column == TextColumn) {
        return quote.text;
    }
    return {};
}

} // namespace pressdesk
