#pragma once

#include "core/quote.h"
#include "storage/quoterepository.h"
#include "storecommand.h"

#include <QCoreApplication>

namespace pressdesk {

// A new quote (the editor's "New Quote"); undo removes it, redo puts it back with the same id.
class AddQuoteCommand : public StoreCommand
{
    Q_DECLARE_TR_FUNCTIONS(AddQuoteCommand)
public:
    AddQuoteCommand(Store &store, Quote quote, QUndoCommand *parent = nullptr);
    RecordId quoteId() const { return m_quote.meta.id; }

protected:
    Result<void> firstRedo() override;
    Result<void> applyRedo() override;
    Result<void> applyUndo() override;

    Quote m_quote;
};

// "Revise Wording": a new draft that supersedes an authorised (or withdrawn) quote, which stays as it is.
// Refused for a quote that can still be edited itself.
class ReviseQuoteCommand : public AddQuoteCommand
{
    Q_DECLARE_TR_FUNCTIONS(ReviseQuoteCommand)
public:
    ReviseQuoteCommand(Store &store, RecordId originalId, QUndoCommand *parent = nullptr);

protected:
    Result<void> firstRedo() override;

private:
    RecordId m_originalId;
};

// Changes the fields the editor shows from `before` to `after`. The authorisation state and its details
// are never changed here (that is ChangeQuoteStateCommand); a change of the authorised content (wording,
// speaker, role, date) is refused unless the stored quote is a draft, also on redo and undo.
class EditQuoteCommand : public StoreCommand
{
    Q_DECLARE_TR_FUNCTIONS(EditQuoteCommand)
public:
    EditQuoteCommand(Store &store, Quote before, Quote after, QUndoCommand *parent = nullptr);

protected:
    Result<void> applyRedo() override { return applyFields(m_after); }
    Result<void> applyUndo() override { return applyFields(m_before); }

private:
    Result<void> applyFields(const Quote &fields);

    Quote m_before;
    Quote m_after;
};

// One step of the authorisation workflow (request, authorise, withdraw, back to draft). The move is
// checked against the stored state with isAllowedTransition() every time it is done, so neither a scripted
// call nor a redo can skip a step; undo puts back exactly the state and details it replaced, and only if
// nothing else moved the quote in the meantime.
class ChangeQuoteStateCommand : public StoreCommand
{
    Q_DECLARE_TR_FUNCTIONS(ChangeQuoteStateCommand)
public:
    // `person`: from whom authorisation is requested, or who authorised; `whenUtc` defaults to now.
    ChangeQuoteStateCommand(Store &store, RecordId quoteId, AuthorisationState to, QString person = {},
                            QDateTime whenUtc = {}, QUndoCommand *parent = nullptr);

protected:
    Result<void> firstRedo() override;
    Result<void> applyRedo() override;
    Result<void> applyUndo() override;

private:
    RecordId m_quoteId;
    AuthorisationState m_to;
    QString m_person;
    QDateTime m_whenUtc;
    Quote m_before; // the stored quote before the move
    Quote m_after;  // and after it
};

struct RemovedQuote
{
    Quote quote;
    QuoteLinks links;
};

class DeleteQuotesCommand : public StoreCommand
{
    Q_DECLARE_TR_FUNCTIONS(DeleteQuotesCommand)
public:
    DeleteQuotesCommand(Store &store, QList<RecordId> ids, QUndoCommand *parent = nullptr);

protected:
    Result<void> firstRedo() override;
    Result<void> applyRedo() override;
    Result<void> applyUndo() override;

private:
    QList<RecordId> m_ids;
    QList<RemovedQuote> m_removed;
};

} // namespace pressdesk
