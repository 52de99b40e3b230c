#include "quotelistmodel.h"

#include "statepalette.h"

#include "storage/store.h"

#include <QCollator>

#include <algorithm>

namespace pressdesk {

namespace {
constexpr int shownWordingLength = 140; // the tooltip has all of it
}

QuoteListModel::QuoteListModel(Store *store, QObject *parent)
    : RecordTableModel(store, {EntityKind::Quote, EntityKind::Contact}, parent)
{
    refresh();
}

void QuoteListModel::recordChanged(EntityKind kind, RecordId id)
{
    // A contact import touches thousands of contacts; only a speaker's new name matters here.
    if (kind == EntityKind::Contact && !m_speakerIds.contains(id))
        return;
    refresh();
}

Result<void> QuoteListModel::fetchRows()
{
    m_entries.clear();
    m_speakerIds.clear();
    m_revisedAuthorised.clear();
    Result<QList<QuoteListEntry>> entries = store()->quotes().list();
    if (!entries)
        return entries.error();
    m_entries = *std::move(entries);
    m_revisedAuthorised.clear();
    for (const QuoteListEntry &entry : std::as_const(m_entries)) {
        m_speakerIds.insert(entry.quote.speakerId);
        if (const RecordId old = entry.quote.supersedesId; old != 0)
            m_revisedAuthorised[old] =
                m_revisedAuthorised.value(old) || entry.quote.state == AuthorisationState::Authorised;
    }
    return {};
}

QStringList QuoteListModel::columnTitles() const
{
    return {tr("Quote"), tr("Speaker"), tr("Date"), tr("Authorisation")};
}

QList<QPair<RecordId, QString>> QuoteListModel::speakers() const
{
    QList<QPair<RecordId, QString>> speakers;
    QSet<RecordId> seen;
    for (const QuoteListEntry &entry : m_entries) {
        if (!seen.contains(entry.quote.speakerId)) {
            seen.insert(entry.quote.speakerId);
            speakers.append({entry.quote.speakerId, entry.speakerName});
        }
    }
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::sort(speakers.begin(), speakers.end(),
              [&collator](const auto &a, const auto &b) { return collator.compare(a.second, b.second) < 0; });
    return speakers;
}

QStringList QuoteListModel::topics() const
{
    QSet<QString> unique;
    for (const QuoteListEntry &entry : m_entries) {
        for (const QString &topic : entry.quote.topics)
            unique.insert(topic.trimmed());
    }
    unique.remove(QString());
    QStringList topics(unique.begin(), unique.end());
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::sort(topics.begin(), topics.end(),
              [&collator](const QString &a, const QString &b) { return collator.compare(a, b) < 0; });
    return topics;
}

QVariant QuoteListModel::cell(int row, int column, int role) const
{
    const QuoteListEntry &entry = m_entries.at(row);
    const Quote &quote = entry.quote;
    switch (role) {
    case Qt::DisplayRole:
    case SortRole:
        switch (column) {
        case TextColumn:
            return role == Qt::DisplayRole ? QStringLiteral("„%1“").arg(quote.shortText(shownWordingLength))
                                           : quote.text;
        case SpeakerColumn:
            return quote.speakerRole.isEmpty() ? entry.speakerName
                                               : tr("%1, %2").arg(entry.speakerName, quote.speakerRole);
        case DateColumn:
            if (role == SortRole)
                return quote.saidOn.firstDay();
            return quote.saidOn.toDisplayString();
        case StateColumn: {
            if (role == SortRole)
                return int(quote.state);
            // Not two identical "Authorised" rows after a revision: the old one says what became of it.
            const auto revised = m_revisedAuthorised.constFind(quote.meta.id);
            if (revised == m_revisedAuthorised.cend())
                return displayName(quote.state);
            return (*revised ? tr("%1 · replaced") : tr("%1 · being revised")).arg(displayName(quote.state));
        }
        }
        break;
    case Qt::ToolTipRole:
        if (column == TextColumn)
            return quote.text;
        if (column == StateColumn && m_revisedAuthorised.value(quote.meta.id))
            return tr("Replaced by an authorised revision of its wording");
        if (column == StateColumn && m_revisedAuthorised.contains(quote.meta.id))
            return tr("A revision of its wording is under way; until it is authorised this wording stands");
        if (column == StateColumn && quote.state == AuthorisationState::Authorised)
            return tr("Authorised by %1").arg(quote.authorisedBy);
        if (column == StateColumn && quote.state == AuthorisationState::Requested)
            return tr("Requested from %1").arg(quote.requestedFrom);
        break;
    case Qt::DecorationRole:
        if (column == StateColumn)
            return StatePalette::text(StatePalette::of(quote.state));
        break;
    case Qt::ForegroundRole:
        if (column == StateColumn)
            return StatePalette::text(StatePalette::of(quote.state));
        break;
    case Qt::BackgroundRole:
        if (column == StateColumn)
            return StatePalette::background(StatePalette::of(quote.state));
        break;
    case SpeakerIdRole:
        return quote.speakerId;
    case StateRole:
        return int(quote.state);
    case TopicsRole:
        return quote.topics;
    case SearchTextRole:
        return QStringList{quote.text, quote.context, quote.source}.join(QLatin1Char('\n'));
    default:
        break;
    }
    return {};
}

} // namespace pressdesk
