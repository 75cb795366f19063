-- LeadSync workspace schema, version 1.
-- Lead fields are real columns; every value is TEXT exactly as read from the source, '' when empty
-- (never NULL: it costs the same zero bytes, and a plain index on a column then orders and covers it).
-- Times are INTEGER milliseconds since the Unix epoch, UTC: compact (6 bytes against 24 for ISO text,
-- which is 36 MB less to write per million imported leads) and ordered; shown in local time.
CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE imports (
    id          INTEGER PRIMARY KEY,
    file        TEXT NOT NULL,
    started_at  INTEGER NOT NULL,
    finished_at INTEGER,
    encoding    TEXT NOT NULL,
    delimiter   TEXT NOT NULL,
    read_rows   INTEGER NOT NULL DEFAULT 0,
    imported    INTEGER NOT NULL DEFAULT 0,
    merged      INTEGER NOT NULL DEFAULT 0,
    rejected    INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE leads (
    id           INTEGER PRIMARY KEY,
    first_name   TEXT NOT NULL DEFAULT '',
    last_name    TEXT NOT NULL DEFAULT '',
    email        TEXT NOT NULL DEFAULT '',
    phone        TEXT NOT NULL DEFAULT '',
    company      TEXT NOT NULL DEFAULT '',
    title        TEXT NOT NULL DEFAULT '',
    website      TEXT NOT NULL DEFAULT '',
    linkedin_url TEXT NOT NULL DEFAULT '',
    city         TEXT NOT NULL DEFAULT '',
    country      TEXT NOT NULL DEFAULT '',
    notes        TEXT NOT NULL DEFAULT '',
    import_id    INTEGER REFERENCES imports(id),
    created_at   INTEGER NOT NULL,
    updated_at   INTEGER NOT NULL
);

-- Every user-facing column of the lead table, built-in or custom, in table order.
-- sql_name is the column of `leads`; custom columns are named c<id> so a rename never touches the table.
CREATE TABLE columns (
    id           INTEGER PRIMARY KEY,
    sql_name     TEXT NOT NULL UNIQUE,
    display_name TEXT NOT NULL UNIQUE COLLATE NOCASE,
    kind         TEXT NOT NULL DEFAULT 'text',
    position     INTEGER NOT NULL,
    builtin      INTEGER NOT NULL DEFAULT 0,
    config       TEXT NOT NULL DEFAULT '{}'
);

INSERT INTO columns (sql_name, display_name, kind, position, builtin) VALUES
    ('first_name',   'First name',   'text',  1, 1),
    ('last_name',    'Last name',    'text',  2, 1),
    ('email',        'Email',        'text',  3, 1),
    ('phone',        'Phone',        'text',  4, 1),
    ('company',      'Company',      'text',  5, 1),
    ('title',        'Title',        'text',  6, 1),
    ('website',      'Website',      'url',   7, 1),
    ('linkedin_url', 'LinkedIn URL', 'url',   8, 1),
    ('city',         'City',         'text',  9, 1),
    ('country',      'Country',      'text', 10, 1),
    ('notes',        'Notes',        'text', 11, 1);

-- Full-text index over the searchable built-in fields. External content: the text lives once, in `leads`.
-- It is filled after an import commits (see SearchIndex), never inside the import's transaction,
-- and meta.fts_indexed_upto records the highest lead id it covers.
CREATE VIRTUAL TABLE leads_fts USING fts5 (
    first_name, last_name, email, company, title, notes,
    content = 'leads', content_rowid = 'id', tokenize = 'unicode61 remove_diacritics 2'
);
INSERT INTO meta (key, value) VALUES ('fts_indexed_upto', '0');
