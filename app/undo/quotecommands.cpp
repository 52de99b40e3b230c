#include "quotecommands.h"

#include "core/timestamps.h"
#include "storage/store.h"

namespace pressdesk {

namespace {

Result<void> removeCurrent(Store &store, RecordId id)
{
    Result<Quote> current = store.quotes().find(id);
    if (!current)
        return current.error();
    return store.quotes().remove(id, current->meta.revision);
}

// The state and what was recorded with it, taken from `source`; everything else stays as in `target`.
void copyAuthorisation(Quote &target, const Quote &source)
{
    target.state = source.state;
    target.requestedAt = source.requestedAt;
    target.requestedFrom = source.requestedFrom;
    target.authorisedAt = source.authorisedAt;
    target.authorisedBy = source.authorisedBy;
}

} // namespace

AddQuoteCommand::AddQuoteCommand(Store &store, Quote quote, QUndoCommand *parent)
    : StoreCommand(store, parent)
    , m_quote(std::move(quote))
{
    setText(tr("Add quote “%1”").arg(m_quote.shortText(30)));
}

Result<void> AddQuoteCommand::firstRedo()
{
    Result<Quote> inserted = m_store.quotes().insert(m_quote);
    if (!inserted)
        return inserted.error();
    m_quote = *inserted;
    return {};
}

Result<void> AddQuoteCommand::applyRedo()
{
    Result<Quote> restored = m_store.quotes().restore(m_quote);
    if (!restored)
        return restored.error();
    m_quote = *restored;
    return {};
}

Result<void> AddQuoteCommand::applyUndo()
{
    return removeCurrent(m_store, m_quote.meta.id);
}

ReviseQuoteCommand::ReviseQuoteCommand(Store &store, RecordId originalId, QUndoCommand *parent)
    : AddQuoteCommand(store, Quote(), parent)
    , m_originalId(originalId)
{
    setText(tr("Revise quote"));
}

Result<void> ReviseQuoteCommand::firstRedo()
{
    Result<Quote> original = m_store.quotes().find(m_originalId);
    if (!original)
        return original.error();
    if (!canBeRevised(original->state))
        return makeError(Error::Kind::Invalid,
                         tr("Only an authorised or withdrawn quote is revised as a new draft; this one is "
                            "“%1” and can be edited itself.")
                             .arg(displayName(original->state)));
    m_quote = original->revision();
    setText(tr("Revise “%1”").arg(original->shortText(30)));
    return AddQuoteCommand::firstRedo();
}

EditQuoteCommand::EditQuoteCommand(Store &store, Quote before, Quote after, QUndoCommand *parent)
    : StoreCommand(store, parent)
    , m_before(std::move(before))
    , m_after(std::move(after))
{
    setText(tr("Edit quote “%1”").arg(m_before.shortText(30)));
}

Result<void> EditQuoteCommand::applyFields(const Quote &fields)
{
    Result<Quote> current = m_store.quotes().find(fields.meta.id);
    if (!current)
        return current.error();
    if (isContentLocked(current->state) && fields.contentDiffersFrom(*current))
        return makeError(Error::Kind::Invalid, contentLockReason(current->state));
    Quote changed = *current; // the revision just read, and the authorisation as stored
    changed.text = fields.text;
    changed.speakerId = fields.speakerId;
    changed.speakerRole = fields.speakerRole;
    changed.saidOn = fields.saidOn;
    changed.context = fields.context;
    changed.source = fields.source;
    changed.topics = fields.topics;
    changed.milestoneIds = fields.milestoneIds;
    Result<Quote> updated = m_store.quotes().update(changed);
    if (!updated)
        return updated.error();
    return {};
}

ChangeQuoteStateCommand::ChangeQuoteStateCommand(Store &store, RecordId quoteId, AuthorisationState to,
                                                 QString person, QDateTime whenUtc, QUndoCommand *parent)
    : StoreCommand(store, parent)
    , m_quoteId(quoteId)
    , m_to(to)
    , m_person(std::move(person))
    , m_whenUtc(std::move(whenUtc))
{
    setText(tr("Change authorisation"));
}

Result<void> ChangeQuoteStateCommand::firstRedo()
{
    Result<Quote> current = m_store.quotes().find(m_quoteId);
    if (!current)
        return current.error();
    Quote moved = *current;
    if (const QString refusal =
            moved.applyTransition(m_to, m_person, m_whenUtc.isValid() ? m_whenUtc : currentUtc());
        !refusal.isEmpty())
        return makeError(Error::Kind::Invalid, refusal);
    Result<Quote> updated = m_store.quotes().update(moved);
    if (!updated)
        return updated.error();
    m_before = *current;
    m_after = *updated;
    const QString wording = current->shortText(30);
    switch (m_to) {
    case AuthorisationState::Requested:
        setText(tr("Request authorisation of “%1”").arg(wording));
        break;
    case AuthorisationState::Authorised:
        setText(tr("Mark “%1” as authorised").arg(wording));
        break;
    case AuthorisationState::Withdrawn:
        setText(tr("Withdraw “%1”").arg(wording));
        break;
    case AuthorisationState::Draft:
        setText(tr("Take “%1” back to draft").arg(wording));
        break;
    }
    return {};
}

Result<void> ChangeQuoteStateCommand::applyRedo()
{
    Result<Quote> current = m_store.quotes().find(m_quoteId);
    if (!current)
        return current.error();
    // Checked again: the stored quote may have moved on since this step was undone.
    if (current->state != m_before.state || !isAllowedTransition(current->state, m_to)) {
        const QString refusal = transitionRefusal(current->state, m_to);
        return makeError(Error::Kind::Invalid,
                         refusal.isEmpty() ? tr("The quote changed its authorisation in the meantime.")
                                           : refusal);
    }
    Quote moved = *current;
    copyAuthorisation(moved, m_after);
    Result<Quote> updated = m_store.quotes().update(moved);
    if (!updated)
        return updated.error();
    return {};
}

Result<void> ChangeQuoteStateCommand::applyUndo()
{
    Result<Quote> current = m_store.quotes().find(m_quoteId);
    if (!current)
        return current.error();
    if (current->state != m_after.state)
        return makeError(Error::Kind::Invalid,
                         tr("The quote is no longer “%1” (it is “%2” now), so this step cannot be undone.")
                             .arg(displayName(m_after.state), displayName(current->state)));
    Quote restored = *current;
    copyAuthorisation(restored, m_before);
    Result<Quote> updated = m_store.quotes().update(restored);
    if (!updated)
        return updated.error();
    return {};
}

DeleteQuotesCommand::DeleteQuotesCommand(Store &store, QList<RecordId> ids, QUndoCommand *parent)
    : StoreCommand(store, parent)
    , m_ids(std::move(ids))
{
    setText(tr("Delete %n quote(s)", nullptr, int(m_ids.size())));
}

Result<void> DeleteQuotesCommand::firstRedo()
{
    m_removed.clear();
    for (RecordId id : std::as_const(m_ids)) {
        Result<Quote> quote = m_store.quotes().find(id);
        if (!quote)
            return quote.error();
        Result<QuoteLinks> links = m_store.quotes().links(id);
        if (!links)
            return links.error();
        m_removed.append({*quote, *links});
    }
    if (m_removed.size() == 1)
        setText(tr("Delete quote “%1”").arg(m_removed.first().quote.shortText(30)));
    return applyRedo();
}

Result<void> DeleteQuotesCommand::applyRedo()
{
    return m_store.transaction([this]() -> Result<void> {
        for (const RemovedQuote &removed : std::as_const(m_removed)) {
            if (Result<void> done = removeCurrent(m_store, removed.quote.meta.id); !done)
                return done;
        }
        return {};
    });
}

Result<void> DeleteQuotesCommand::applyUndo()
{
    return m_store.transaction([this]() -> Result<void> {
        for (const RemovedQuote &removed : std::as_const(m_removed)) {
            if (Result<Quote> restored = m_store.quotes().restore(removed.quote, removed.links); !restored)
                return restored.error();
        }
        return {};
    });
}

} // namespace pressdesk
