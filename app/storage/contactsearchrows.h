#pragma once

#include "core/result.h"

struct sqlite3;

namespace pressdesk {

// The search rows of a run of contacts, for a bulk import to index in one statement:
//
//   SELECT id, name, details, name_folded, details_folded FROM pressdesk_contact_search_rows(FIRST, LAST)
//
// gives for each contact with FIRST <= id <= LAST the same four texts as the view contact_search_source
// (schema version 2): name "honorific given family", details "role organisation topics e-mails" (the
// e-mail addresses in the contact's order), and both again with umlauts spelled out (ä → ae, ß → ss).
// The view builds them with SQL string functions, a correlated subquery evaluated once per column and
// sixteen nested replace() calls, which cost more than the indexing itself at a million contacts; this
// reads the contacts and their addresses in id order, two sequential scans, and builds the texts in C++.
// A table-valued function on one connection only (ContactSearchRows::registerOn()), usable only directly in
// a statement, never from the schema (a view or trigger).
namespace ContactSearchRows {
constexpr const char *FunctionName = "pressdesk_contact_search_rows";
Result<void> registerOn(sqlite3 *connection);
} // namespace ContactSearchRows

} // namespace pressdesk
