#include "contactsearchrows.h"

#include <QCoreApplication>

#include <sqlite3.h>

#include <cstring>
#include <new>
#include <string>

namespace pressdesk {

namespace {

struct Strings
{
    Q_DECLARE_TR_FUNCTIONS(Storage)
};

enum Column
{
    IdColumn,
    NameColumn,
    DetailsColumn,
    NameFoldedColumn,
    DetailsFoldedColumn,
    FirstColumn, // hidden: the function's arguments
    LastColumn,
};

// Appends a column's text (UTF-8) as SQLite gives it; NULL appends nothing, as coalesce(x, '') would.
void appendText(std::string &out, sqlite3_stmt *statement, int column)
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(statement, column));
    if (text)
        out.append(text, size_t(sqlite3_column_bytes(statement, column)));
}

// ä→ae, ö→oe, ü→ue, Ä→Ae, Ö→Oe, Ü→Ue, ß→ss, ẞ→SS on UTF-8, as the view's replace() calls do. False (and
// `out` untouched) when there is nothing to spell out.
bool foldUmlauts(const std::string &text, std::string &out)
{
    if (text.find('\xC3') == std::string::npos && text.find('\xE1') == std::string::npos)
        return false;
    out.clear();
    out.reserve(text.size() + 8);
    for (size_t i = 0; i < text.size(); ++i) {
        const auto byte = static_cast<unsigned char>(text[i]);
        if (byte == 0xC3 && i + 1 < text.size()) {
            const char *replacement = nullptr;
            switch (static_cast<unsigned char>(text[i + 1])) {
            case 0xA4:
                replacement = "ae";
                break;
            case 0xB6:
                replacement = "oe";
                break;
            case 0xBC:
                replacement = "ue";
                break;
            case 0x84:
                replacement = "Ae";
                break;
            case 0x96:
                replacement = "Oe";
                break;
            case 0x9C:
                replacement = "Ue";
                break;
            case 0x9F:
                replacement = "ss";
                break;
            default:
                break;
            }
            if (replacement) {
                out.append(replacement, 2);
                ++i;
                continue;
            }
        } else if (byte == 0xE1 && i + 2 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0xBA &&
                   static_cast<unsigned char>(text[i + 2]) == 0x9E) {
            out.append("SS", 2);
            i += 2;
            continue;
        }
        out.push_back(text[i]);
    }
    return true;
}

struct Table : sqlite3_vtab
{
    sqlite3 *connection = nullptr;
};

struct Cursor : sqlite3_vtab_cursor
{
    sqlite3 *connection = nullptr;
    sqlite3_stmt *contacts = nullptr;
    sqlite3_stmt *emails = nullptr;
    bool emailsLeft = false;           // `emails` stands on a row
    sqlite3_stmt *addresses = nullptr; // "postcode city" of each postal address (schema version 11)
    bool addressesLeft = false;
    bool eof = true;
    sqlite3_int64 id = 0;
    std::string name;
    std::string details;
    std::string nameFolded;
    std::string detailsFolded;
    bool nameChanged = false;
    bool detailsChanged = false;

    ~Cursor()
    {
        sqlite3_finalize(contacts);
        sqlite3_finalize(emails);
        sqlite3_finalize(addresses);
    }

    static int step(sqlite3_stmt *statement, bool &left)
    {
        const int code = sqlite3_step(statement);
        left = code == SQLITE_ROW;
        return code == SQLITE_ROW || code == SQLITE_DONE ? SQLITE_OK : code;
    }
    int stepEmails() { return step(emails, emailsLeft); }
    int stepAddresses() { return step(addresses, addressesLeft); }

    // Appends the texts of `statement`'s rows for contact `id`, joined by ' ', as group_concat(x, ' ')
    // does; the rows come in (contact, position, id) order, those of contacts outside the run skipped.
    int appendRowsOf(sqlite3_stmt *statement, bool &left)
    {
        bool first = true;
        while (left && sqlite3_column_int64(statement, 0) <= id) {
            if (sqlite3_column_int64(statement, 0) == id) {
                if (!first)
                    details.push_back(' ');
                appendText(details, statement, 1);
                first = false;
            }
            if (const int stepped = step(statement, left); stepped != SQLITE_OK)
                return stepped;
        }
        return SQLITE_OK;
    }

    // Moves to the next contact and builds its texts.
    int advance()
    {
        const int code = sqlite3_step(contacts);
        if (code == SQLITE_DONE) {
            eof = true;
            return SQLITE_OK;
        }
        if (code != SQLITE_ROW)
            return code;
        eof = false;
        id = sqlite3_column_int64(contacts, 0);
        // name: honorific || ' ' || given_name || ' ' || family_name
        name.clear();
        appendText(name, contacts, 1);
        name.push_back(' ');
        appendText(name, contacts, 2);
        name.push_back(' ');
        appendText(name, contacts, 3);
        // details: role || ' ' || department || ' ' || organisation || ' ' || press_topics || ' ' ||
        // e-mails joined by ' ' || ' ' || "postcode city" of the addresses joined by ' '
        details.clear();
        appendText(details, contacts, 4);
        details.push_back(' ');
        appendText(details, contacts, 7);
        details.push_back(' ');
        appendText(details, contacts, 5);
        details.push_back(' ');
        appendText(details, contacts, 6);
        details.push_back(' ');
        if (const int appended = appendRowsOf(emails, emailsLeft); appended != SQLITE_OK)
            return appended;
        details.push_back(' ');
        if (const int appended = appendRowsOf(addresses, addressesLeft); appended != SQLITE_OK)
            return appended;
        nameChanged = foldUmlauts(name, nameFolded);
        detailsChanged = foldUmlauts(details, detailsFolded);
        return SQLITE_OK;
    }
};

int connect(sqlite3 *connection, void *, int, const char *const *, sqlite3_vtab **table, char **)
{
    const int code = sqlite3_declare_vtab(connection, "CREATE TABLE x(id INTEGER, name TEXT, details TEXT, "
                                                      "name_folded TEXT, details_folded TEXT, "
                                                      "first_id HIDDEN, last_id HIDDEN)");
    if (code != SQLITE_OK)
        return code;
    // Never from a view or trigger: only the statements that ask for it by name.
    sqlite3_vtab_config(connection, SQLITE_VTAB_DIRECTONLY);
    auto *created = new (std::nothrow) Table;
    if (!created)
        return SQLITE_NOMEM;
    std::memset(static_cast<sqlite3_vtab *>(created), 0, sizeof(sqlite3_vtab));
    created->connection = connection;
    *table = created;
    return SQLITE_OK;
}

int disconnect(sqlite3_vtab *table)
{
    sqlite3_free(table->zErrMsg);
    delete static_cast<Table *>(table);
    return SQLITE_OK;
}

// Both arguments are required: (first id, last id).
int bestIndex(sqlite3_vtab *, sqlite3_index_info *info)
{
    int first = -1;
    int last = -1;
    for (int i = 0; i < info->nConstraint; ++i) {
        const auto &constraint = info->aConstraint[i];
        if (constraint.op != SQLITE_INDEX_CONSTRAINT_EQ)
            continue;
        if (constraint.iColumn == FirstColumn) {
            if (!constraint.usable)
                return SQLITE_CONSTRAINT;
            first = i;
        } else if (constraint.iColumn == LastColumn) {
            if (!constraint.usable)
                return SQLITE_CONSTRAINT;
            last = i;
        }
    }
    if (first < 0 || last < 0)
        return SQLITE_CONSTRAINT;
    info->aConstraintUsage[first].argvIndex = 1;
    info->aConstraintUsage[first].omit = 1;
    info->aConstraintUsage[last].argvIndex = 2;
    info->aConstraintUsage[last].omit = 1;
    info->orderByConsumed =
        info->nOrderBy == 1 && info->aOrderBy[0].iColumn == IdColumn && !info->aOrderBy[0].desc;
    info->estimatedCost = 1000;
    return SQLITE_OK;
}

int open(sqlite3_vtab *table, sqlite3_vtab_cursor **cursor)
{
    auto *opened = new (std::nothrow) Cursor;
    if (!opened)
        return SQLITE_NOMEM;
    opened->connection = static_cast<Table *>(table)->connection;
    *cursor = opened;
    return SQLITE_OK;
}

int close(sqlite3_vtab_cursor *cursor)
{
    delete static_cast<Cursor *>(cursor);
    return SQLITE_OK;
}

int fail(sqlite3_vtab_cursor *cursor, int code)
{
    sqlite3 *connection = static_cast<Cursor *>(cursor)->connection;
    sqlite3_free(cursor->pVtab->zErrMsg);
    cursor->pVtab->zErrMsg = sqlite3_mprintf("%s", connection ? sqlite3_errmsg(connection) : "error");
    return code;
}

int filter(sqlite3_vtab_cursor *base, int, const char *, int argc, sqlite3_value **argv)
{
    auto *cursor = static_cast<Cursor *>(base);
    if (argc != 2)
        return SQLITE_ERROR;
    const sqlite3_int64 first = sqlite3_value_int64(argv[0]);
    const sqlite3_int64 last = sqlite3_value_int64(argv[1]);
    sqlite3 *connection = cursor->connection;
    if (!cursor->contacts) {
        if (const int code = sqlite3_prepare_v2(
                connection,
                "SELECT c.id, c.honorific, c.given_name, c.family_name, c.role, o.name, c.press_topics, "
                "c.department "
                "FROM contact c LEFT JOIN organisation o ON o.id = c.organisation_id "
                "WHERE c.id BETWEEN ?1 AND ?2 ORDER BY c.id",
                -1, &cursor->contacts, nullptr);
            code != SQLITE_OK)
            return fail(base, code);
        if (const int code = sqlite3_prepare_v2(connection,
                                                "SELECT contact_id, value FROM contact_channel "
                                                "WHERE contact_id BETWEEN ?1 AND ?2 AND kind = 'email' "
                                                "ORDER BY contact_id, position, id",
                                                -1, &cursor->emails, nullptr);
            code != SQLITE_OK)
            return fail(base, code);
        if (const int code =
                sqlite3_prepare_v2(connection,
                                   "SELECT contact_id, postcode || ' ' || city FROM postal_address "
                                   "WHERE contact_id BETWEEN ?1 AND ?2 "
                                   "ORDER BY contact_id, position, id",
                                   -1, &cursor->addresses, nullptr);
            code != SQLITE_OK)
            return fail(base, code);
    }
    for (sqlite3_stmt *statement : {cursor->contacts, cursor->emails, cursor->addresses}) {
        sqlite3_reset(statement);
        sqlite3_bind_int64(statement, 1, first);
        sqlite3_bind_int64(statement, 2, last);
    }
    if (const int code = cursor->stepEmails(); code != SQLITE_OK)
        return fail(base, code);
    if (const int code = cursor->stepAddresses(); code != SQLITE_OK)
        return fail(base, code);
    if (const int code = cursor->advance(); code != SQLITE_OK)
        return fail(base, code);
    return SQLITE_OK;
}

int next(sqlite3_vtab_cursor *base)
{
    if (const int code = static_cast<Cursor *>(base)->advance(); code != SQLITE_OK)
        return fail(base, code);
    return SQLITE_OK;
}

int eof(sqlite3_vtab_cursor *base)
{
    return static_cast<Cursor *>(base)->eof ? 1 : 0;
}

void resultText(sqlite3_context *context, const std::string &text)
{
    sqlite3_result_text(context, text.data(), int(text.size()), SQLITE_TRANSIENT);
}

int column(sqlite3_vtab_cursor *base, sqlite3_context *context, int index)
{
    const auto *cursor = static_cast<Cursor *>(base);
    switch (index) {
    case IdColumn:
        sqlite3_result_int64(context, cursor->id);
        break;
    case NameColumn:
        resultText(context, cursor->name);
        break;
    case DetailsColumn:
        resultText(context, cursor->details);
        break;
    case NameFoldedColumn:
        resultText(context, cursor->nameChanged ? cursor->nameFolded : cursor->name);
        break;
    case DetailsFoldedColumn:
        resultText(context, cursor->detailsChanged ? cursor->detailsFolded : cursor->details);
        break;
    default:
        sqlite3_result_null(context);
        break;
    }
    return SQLITE_OK;
}

int rowid(sqlite3_vtab_cursor *base, sqlite3_int64 *id)
{
    *id = static_cast<Cursor *>(base)->id;
    return SQLITE_OK;
}

} // namespace

Result<void> ContactSearchRows::registerOn(sqlite3 *connection)
{
    static sqlite3_module module = [] {
        sqlite3_module m{};
        m.iVersion = 0;
        m.xCreate = nullptr; // eponymous only: a table-valued function, never a table in the schema
        m.xConnect = connect;
        m.xBestIndex = bestIndex;
        m.xDisconnect = disconnect;
        m.xOpen = open;
        m.xClose = close;
        m.xFilter = filter;
        m.xNext = next;
        m.xEof = eof;
        m.xColumn = column;
        m.xRowid = rowid;
        return m;
    }();
    const int code = sqlite3_create_module_v2(connection, FunctionName, &module, nullptr, nullptr);
    if (code != SQLITE_OK)
        return makeError(Error::Kind::Internal, Strings::tr("Could not prepare the search index: %1")
                                                    .arg(QString::fromUtf8(sqlite3_errmsg(connection))));
    return {};
}

} // namespace pressdesk
