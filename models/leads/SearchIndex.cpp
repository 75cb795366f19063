#include "SearchIndex.h"

#include "Error.h"
#include "storage/SqlQuery.h"
#include "storage/SqliteStatement.h"
#include "storage/Workspace.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QStringList>

#include <sqlite3.h>

#include <memory>
#include <string>
#include <vector>

namespace LeadSync {

namespace {
constexpr qint64 kBatch = 50000;
constexpr char kKey[] = "fts_indexed_upto";
#define LEADSYNC_FTS_COLUMNS "first_name, last_name, email, company, title, notes"

// The index keeps no token positions (FTS5 detail = none, migration 0011): a third of the size, and
// two thirds of the time to fill it. FTS5 then refuses phrases, and a word the user types that the
// tokenizer splits (john@acme.com, o'brien) was one. Such a word is searched as its tokens, each a
// word of its own, and leadsync_phrases() keeps the leads that hold them in a row, in one field, as
// the phrase did: it reads each candidate's fields and splits them with the index's own tokenizer.
// Candidates hold every token of the word, so they are usually few; a common one (an email domain:
// 2% of the leads for gmail.com) costs a read of each candidate's row, about 0.1 s a million. See
// docs/decisions/0019-scale.md.

// The tokenizer of leads_fts, as migration 0011 creates it.
const char* const kTokenizerArguments[] = { "remove_diacritics", "2" };

using Tokens = std::vector<std::string>;

// What a user typed, cut at white space, each word in UTF-8.
QByteArrayList wordsOf(sqlite3_value* text)
{
    static const QRegularExpression separators(QStringLiteral("\\s+"));
    const QString typed = QString::fromUtf8(
        reinterpret_cast<const char*>(sqlite3_value_text(text)), sqlite3_value_bytes(text));
    QByteArrayList words;
    for (const QString& word : typed.split(separators, Qt::SkipEmptyParts))
        words.append(word.toUtf8());
    return words;
}

// Tokens into a list whose strings are reused from call to call (a field's tokens, for each
// candidate): count is how many of them this call filled.
struct TokenList
{
    Tokens tokens;
    size_t count = 0;
};

int collectToken(void* list, int flags, const char* token, int size, int, int)
{
    if ((flags & FTS5_TOKEN_COLOCATED) != 0)
        return SQLITE_OK; // a synonym at the same place; unicode61 makes none
    auto* into = static_cast<TokenList*>(list);
    if (into->count < into->tokens.size())
        into->tokens[into->count].assign(token, size_t(size));
    else
        into->tokens.emplace_back(token, size_t(size));
    ++into->count;
    return SQLITE_OK;
}

QByteArray quoted(QByteArrayView text)
{
    return '"' + text.toByteArray().replace('"', "\"\"") + '"';
}

Error noFullTextSearch()
{
    return Error(QCoreApplication::translate(
        "LeadSync::SearchIndex", "This SQLite has no full-text search (FTS5 with unicode61)."));
}

// FTS5's interface on a connection.
fts5_api* fts5Of(sqlite3* db)
{
    fts5_api* api = nullptr;
    sqlite3_stmt* statement = nullptr;
    if (sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &statement, nullptr) == SQLITE_OK) {
        sqlite3_bind_pointer(statement, 1, static_cast<void*>(&api), "fts5_api_ptr", nullptr);
        sqlite3_step(statement);
    }
    sqlite3_finalize(statement);
    if (api == nullptr)
        throw noFullTextSearch();
    return api;
}

// unicode61 as leads_fts has it, to split the words of a query where no full-text cursor is at
// hand (leadsync_search(), leadsync_search_splits()). One per connection, used by its thread only.
class QueryTokenizer final
{
public:
    explicit QueryTokenizer(fts5_api* api)
    {
        void* module = nullptr;
        if (api->xFindTokenizer(api, "unicode61", &module, &m_module) != SQLITE_OK
            || m_module.xCreate(module, const_cast<const char**>(kTokenizerArguments),
                   int(std::size(kTokenizerArguments)), &m_tokenizer)
                != SQLITE_OK)
            throw noFullTextSearch();
    }
    ~QueryTokenizer() { m_module.xDelete(m_tokenizer); }
    QueryTokenizer(const QueryTokenizer&) = delete;
    QueryTokenizer& operator=(const QueryTokenizer&) = delete;

    Tokens tokensOf(const QByteArray& word)
    {
        TokenList list;
        m_module.xTokenize(
            m_tokenizer, &list, FTS5_TOKENIZE_QUERY, word.constData(), int(word.size()), &collectToken);
        return std::move(list.tokens);
    }

private:
    fts5_tokenizer m_module {};
    Fts5Tokenizer* m_tokenizer = nullptr;
};

using SharedTokenizer = std::shared_ptr<QueryTokenizer>;

QueryTokenizer& tokenizerOf(sqlite3_context* context)
{
    return **static_cast<SharedTokenizer*>(sqlite3_user_data(context));
}

// The words of leads_fts, one row a word in the order of its bytes (an fts5vocab table, in each
// connection's temp schema; see registerFunctions()).
#define LEADSYNC_FTS_WORDS "temp.leads_fts_words"

// A word typed, as a prefix of the words in the index. FTS5 answers "acme"* by merging the doclists of
// every word that begins with "acme" into one, in memory, before its first row; an OR of those words
// ("acme" OR "acmecorp" OR …) reads them side by side instead. At 10M, "acme" (6 words, 483,483
// leads) took 133-141 ms as a prefix and 33-35 ms as the OR, plus 2 ms to list its longer words (1M:
// 12 ms, against 4 ms); with about 40 words the two were even ("anna", "gm" at 1M). So a prefix of at
// most kMostWords words becomes their OR; one of more (a letter or two) stays a prefix, and so does any
// failure to read the words.
//
// The word itself is always in the OR (one that is not in the index matches nothing): the longer words
// are listed from just after it, "acme\0", since fts5vocab counts the leads of each word it passes, and
// "acme" alone has half a million.
QByteArray prefixQuery(sqlite3* db, const std::string& token)
{
    constexpr qsizetype kMostWords = 16;
    const QByteArrayView word(token.data(), qsizetype(token.size()));
    const QByteArray prefix = quoted(word) + '*';
    QByteArrayList words { quoted(word) };
    try {
        SqliteStatement read(db, "SELECT term FROM " LEADSYNC_FTS_WORDS " WHERE term >= ?");
        const QByteArray after = word.toByteArray() + '\0';
        read.bindText(1, after);
        while (read.step()) {
            const QByteArrayView longer = read.columnText(0);
            if (!longer.startsWith(word))
                break;
            if (words.size() == kMostWords)
                return prefix;
            words.append(quoted(longer));
        }
    } catch (const Error&) {
        return prefix; // a function must not throw through SQLite; the prefix gives the same leads
    }
    return words.size() == 1 ? words.front() : '(' + words.join(" OR ") + ')';
}

// leadsync_search(text): the FTS5 query. A word is a prefix of the index's words ("acme"*, or the OR
// of its words, see prefixQuery()); a word the tokenizer splits becomes its tokens, the last a prefix
// ("john" AND "acme" AND "co"*). The OR needs an explicit AND, and FTS5 makes an explicit AND with a
// phrase that has no word (@@) match nothing, where it left that phrase out of an implicit AND: such
// words are left out, unless there is no other, when the search matches nothing.
void searchExpression(sqlite3_context* context, int, sqlite3_value** arguments)
{
    QueryTokenizer& tokenizer = tokenizerOf(context);
    sqlite3* db = sqlite3_context_db_handle(context);
    QByteArrayList terms;
    QByteArrayList wordless;
    for (const QByteArray& word : wordsOf(arguments[0])) {
        const Tokens tokens = tokenizer.tokensOf(word);
        if (tokens.empty()) {
            wordless.append(quoted(word) + '*');
            continue;
        }
        for (size_t i = 0; i + 1 < tokens.size(); ++i)
            terms.append(quoted(QByteArrayView(tokens[i].data(), qsizetype(tokens[i].size()))));
        terms.append(prefixQuery(db, tokens.back()));
    }
    const QByteArray expression = terms.isEmpty() ? wordless.join(' ') : terms.join(" AND ");
    sqlite3_result_text(context, expression.constData(), int(expression.size()), SQLITE_TRANSIENT);
}

// leadsync_search_splits(text): whether a word of the text splits, so leadsync_phrases() has work.
void searchSplits(sqlite3_context* context, int, sqlite3_value** arguments)
{
    QueryTokenizer& tokenizer = tokenizerOf(context);
    const QByteArrayList words = wordsOf(arguments[0]);
    sqlite3_result_int(context,
        std::any_of(words.cbegin(), words.cend(),
            [&tokenizer](const QByteArray& word) { return tokenizer.tokensOf(word).size() > 1; }));
}

// The words of a search that split, for one full-text query (FTS5 keeps it with the cursor).
struct Phrases
{
    std::vector<Tokens> phrases;
    std::vector<char> found;
    TokenList field;
};

bool occursIn(const Tokens& phrase, const TokenList& field)
{
    const size_t length = phrase.size();
    for (size_t start = 0; start + length <= field.count; ++start) {
        size_t i = 0;
        while (i + 1 < length && field.tokens[start + i] == phrase[i])
            ++i;
        if (i + 1 == length && field.tokens[start + i].starts_with(phrase[i]))
            return true;
    }
    return false;
}

// leadsync_phrases(leads_fts, text), an FTS5 auxiliary function: whether each word of the text that
// splits has its tokens in a row, the last as a prefix, in one field of the lead, as FTS5 matches a
// phrase. The fields are split by the index's own tokenizer.
void matchPhrases(const Fts5ExtensionApi* api, Fts5Context* fts, sqlite3_context* context, int count,
    sqlite3_value** arguments)
{
    if (count != 1) {
        sqlite3_result_error(context, "leadsync_phrases(leads_fts, text)", -1);
        return;
    }
    auto* phrases = static_cast<Phrases*>(api->xGetAuxdata(fts, 0));
    if (phrases == nullptr) {
        auto made = std::make_unique<Phrases>();
        for (const QByteArray& word : wordsOf(arguments[0])) {
            TokenList tokens;
            const int status
                = api->xTokenize(fts, word.constData(), int(word.size()), &tokens, &collectToken);
            if (status != SQLITE_OK) {
                sqlite3_result_error_code(context, status);
                return;
            }
            if (tokens.count > 1)
                made->phrases.push_back(std::move(tokens.tokens));
        }
        phrases = made.get();
        // On failure FTS5 deletes what it was given.
        const int status
            = api->xSetAuxdata(fts, made.release(), [](void* data) { delete static_cast<Phrases*>(data); });
        if (status != SQLITE_OK) {
            sqlite3_result_error_code(context, status);
            return;
        }
    }
    phrases->found.assign(phrases->phrases.size(), 0);
    size_t missing = phrases->phrases.size();
    for (int column = 0; missing > 0 && column < api->xColumnCount(fts); ++column) {
        const char* text = nullptr;
        int size = 0;
        phrases->field.count = 0;
        int status = api->xColumnText(fts, column, &text, &size);
        if (status == SQLITE_OK)
            status = api->xTokenize(fts, text, size, &phrases->field, &collectToken);
        if (status != SQLITE_OK) {
            sqlite3_result_error_code(context, status);
            return;
        }
        for (size_t i = 0; i < phrases->phrases.size(); ++i) {
            if (phrases->found[i] == 0 && occursIn(phrases->phrases[i], phrases->field)) {
                phrases->found[i] = 1;
                --missing;
            }
        }
    }
    sqlite3_result_int(context, missing == 0 ? 1 : 0);
}

// FTS5 keeps the tokens of the leads it is given in memory and writes them out as a new segment
// whenever they pass its `hashsize` (1 MB by default), then merges segments 16 at a time (automerge,
// migration 0009). A batch of 50,000 leads is about five such segments. In a large index those merges
// are most of the work: filling the index of 10M leads (sqlite3 CLI, the same batches) took
// 32.4-33.4 s, and 25.3-26.4 s with 4, 8 or 16 MB, one segment a batch; 10.6-10.8 s against 9.6 s at
// 4M, the same at 2M. At 1M the larger buffer was slower (2.3-2.9 s against 2.1-2.2 s). So the
// buffer is 8 MB for an index of 2M leads and more, measured by the highest id, and FTS5's default
// below. See docs/decisions/0019-scale.md.
void sizePendingTokens(sqlite3* db, qint64 leads)
{
    constexpr qint64 kLargeIndex = 2'000'000;
    constexpr qint64 kDefaultBytes = 1 << 20;
    const qint64 wanted = leads >= kLargeIndex ? qint64(8) << 20 : kDefaultBytes;
    SqliteStatement current(db, "SELECT v FROM leads_fts_config WHERE k = 'hashsize'");
    if ((current.step() ? current.columnInt(0) : kDefaultBytes) == wanted)
        return;
    SqliteStatement set(db, "INSERT INTO leads_fts (leads_fts, rank) VALUES ('hashsize', ?)");
    set.bindInt(1, wanted);
    set.step();
}

} // namespace

void SearchIndex::registerFunctions(sqlite3* db)
{
    fts5_api* api = fts5Of(db);
    const auto tokenizer = std::make_shared<QueryTokenizer>(api);
    using Function = void (*)(sqlite3_context*, int, sqlite3_value**);
    for (const auto& [name, function] :
        { std::pair<const char*, Function>("leadsync_search", &searchExpression),
            std::pair<const char*, Function>("leadsync_search_splits", &searchSplits) }) {
        // Deterministic: SQLite computes it once a statement, its argument being a parameter.
        if (sqlite3_create_function_v2(db, name, 1, SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_DIRECTONLY,
                new SharedTokenizer(tokenizer), function, nullptr, nullptr,
                [](void* shared) { delete static_cast<SharedTokenizer*>(shared); })
            != SQLITE_OK)
            throw Error(QString::fromUtf8(sqlite3_errmsg(db)));
    }
    if (api->xCreateFunction(api, "leadsync_phrases", nullptr, &matchPhrases, nullptr) != SQLITE_OK)
        throw Error(QString::fromUtf8(sqlite3_errmsg(db)));
    // The index's words, for prefixQuery(). A temp table is the connection's own, and fts5vocab reads
    // leads_fts only when queried, so it can come before the migrations make leads_fts.
    sqliteExec(db,
        "CREATE VIRTUAL TABLE IF NOT EXISTS " LEADSYNC_FTS_WORDS " USING fts5vocab(main, leads_fts, row)");
}

const char* SearchIndex::matchingRowidsSql()
{
    // Without a word that splits, SQLite leaves leadsync_phrases() out: the OR's first term is
    // computed once, and is true.
    return "SELECT rowid FROM leads_fts WHERE leads_fts MATCH leadsync_search(?) "
           "AND (NOT leadsync_search_splits(?) OR leadsync_phrases(leads_fts, ?))";
}

SearchIndex::SearchIndex(Workspace& workspace)
    : m_workspace(workspace)
{ }

qint64 SearchIndex::indexedUpTo() const
{
    if (!m_indexedUpTo)
        m_indexedUpTo = m_workspace.metaValue(QString::fromLatin1(kKey)).toLongLong();
    return *m_indexedUpTo;
}

void SearchIndex::setIndexedUpTo(qint64 leadId)
{
    m_workspace.setMetaValue(QString::fromLatin1(kKey), QString::number(leadId));
    m_indexedUpTo = leadId;
}

qint64 SearchIndex::pendingCount() const
{
    SqlQuery query(m_workspace.database(), QStringLiteral("SELECT count(*) FROM leads WHERE id > ?"));
    query.bind(indexedUpTo());
    query.exec();
    query.next();
    return query.value(0).toLongLong();
}

bool SearchIndex::catchUp(const JobObserver& observer)
{
    m_indexedUpTo.reset(); // another connection may have moved the mark since this object read it
    const qint64 total = pendingCount();
    sqlite3* db = m_workspace.handle();
    SqliteStatement maxId(db, "SELECT COALESCE(MAX(id), 0) FROM leads");
    maxId.step();
    const qint64 last = maxId.columnInt(0);
    SqliteStatement insert(db,
        "INSERT INTO leads_fts (rowid, " LEADSYNC_FTS_COLUMNS ") SELECT id, " LEADSYNC_FTS_COLUMNS
        " FROM leads WHERE id > ?1 AND id <= ?2");
    qint64 done = 0;
    const qint64 start = indexedUpTo();
    for (qint64 from = start; from < last; from += kBatch) {
        if (observer.isCancelled())
            return false;
        const qint64 to = std::min(from + kBatch, last);
        sqliteExec(db, "BEGIN IMMEDIATE");
        try {
            if (from == start)
                sizePendingTokens(db, last);
            insert.bindInt(1, from);
            insert.bindInt(2, to);
            insert.step();
            insert.reset();
            done += sqlite3_changes64(db); // the leads this batch indexed
            setIndexedUpTo(to);
            sqliteExec(db, "COMMIT");
        } catch (...) {
            sqlite3_exec(db, "ROLLBACK", nullptr, nullptr, nullptr);
            throw;
        }
        observer.report(done, total);
        m_workspace.betweenTransactions();
    }
    return true;
}

bool SearchIndex::isIndexed(qint64 leadId) const
{
    return leadId <= indexedUpTo();
}

void SearchIndex::removeLead(qint64 leadId)
{
    execForLead(QStringLiteral("INSERT INTO leads_fts (leads_fts, rowid, " LEADSYNC_FTS_COLUMNS ") "
                               "SELECT 'delete', id, " LEADSYNC_FTS_COLUMNS " FROM leads WHERE id = ?"),
        leadId);
}

void SearchIndex::removeImported(qint64 importId, qint64 first, qint64 last)
{
    if (first > indexedUpTo())
        return;
    SqlQuery query(m_workspace.database(),
        QStringLiteral("INSERT INTO leads_fts (leads_fts, rowid, " LEADSYNC_FTS_COLUMNS
                       ") SELECT 'delete', id, " LEADSYNC_FTS_COLUMNS
                       " FROM leads WHERE id BETWEEN ? AND ? AND import_id = ?"));
    query.bind(first);
    query.bind(std::min(last, indexedUpTo()));
    query.bind(importId);
    query.exec();
}

void SearchIndex::addLead(qint64 leadId)
{
    execForLead(QStringLiteral("INSERT INTO leads_fts (rowid, " LEADSYNC_FTS_COLUMNS ") "
                               "SELECT id, " LEADSYNC_FTS_COLUMNS " FROM leads WHERE id = ?"),
        leadId);
}

void SearchIndex::execForLead(const QString& sql, qint64 leadId)
{
    SqlQuery query(m_workspace.database(), sql);
    query.bind(leadId);
    query.exec();
}

void SearchIndex::prepareForInserts()
{
    SqlQuery query(m_workspace.database(), QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM leads"));
    query.exec();
    query.next();
    const qint64 maxId = query.value(0).toLongLong();
    if (maxId < indexedUpTo())
        setIndexedUpTo(maxId);
}

bool SearchIndex::indexesColumn(const QString& sqlName)
{
    static const QStringList columns = QString::fromLatin1(LEADSYNC_FTS_COLUMNS).split(QStringLiteral(", "));
    return columns.contains(sqlName);
}

} // namespace LeadSync
