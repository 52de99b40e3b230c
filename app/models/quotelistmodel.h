#pragma once

#include "core/quote.h"
#include "recordtablemodel.h"

#include <QColor>
#include <QHash>
#include <QSet>

namespace pressdesk {

// The quote register: wording, speaker with the role at the time, date and authorisation state. Reads
// every quote with its speaker's name in one query; a contact's change reloads it only when the contact
// is a speaker.
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
    // What the filter needs, on every column of a row.
    enum QuoteRoles
    {
        SpeakerIdRole = SortRole + 10,
        StateRole,      // int(AuthorisationState)
        TopicsRole,     // QStringList
        SearchTextRole, // wording, occasion and source, for the text filter
    };

    explicit QuoteListModel(Store *store, QObject *parent = nullptr);
    const Quote &quoteAt(int row) const { return m_entries.at(row).quote; }
    QString speakerNameAt(int row) const { return m_entries.at(row).speakerName; }
    int wideColumn() const override { return TextColumn; }

    // The speakers of the quotes shown, by name (id, name), and every topic used, sorted.
    QList<QPair<RecordId, QString>> speakers() const;
    QStringList topics() const;

    // The badge colours of a state: text and background.

protected:
    void recordChanged(EntityKind kind, RecordId id) override;
    Result<void> fetchRows() override;
    int rows() const override { return int(m_entries.size()); }
    QStringList columnTitles() const override;
    RecordId rowId(int row) const override { return m_entries.at(row).quote.meta.id; }
    QVariant cell(int row, int column, int role) const override;

private:
    QList<QuoteListEntry> m_entries;
    QSet<RecordId> m_speakerIds;
    // Quotes a revision supersedes, with whether that revision is authorised (the old wording is
    // replaced) or still on its way (the old one stands until then).
    QHash<RecordId, bool> m_revisedAuthorised;
};

} // namespace pressdesk
