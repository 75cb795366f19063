-- LeadSync workspace schema, version 3: executable columns (template, AI, webhook, email verification).
-- Their definition is columns.kind and columns.config (JSON, see ColumnSpec); their value is the
-- column's own c<id> cell, and the cells of the columns their outputs map to.

-- The state of a computed cell, once its column has been run on the lead.
-- status: done, failed, skipped (a required input is empty). input_hash: of what was sent, so a cell
-- whose inputs changed since is stale.
CREATE TABLE cell_states (
    column_id  INTEGER NOT NULL REFERENCES columns(id) ON DELETE CASCADE,
    lead_id    INTEGER NOT NULL REFERENCES leads(id) ON DELETE CASCADE,
    status     TEXT NOT NULL,
    reason     TEXT NOT NULL DEFAULT '',
    input_hash BLOB,
    tokens_in  INTEGER NOT NULL DEFAULT 0,
    tokens_out INTEGER NOT NULL DEFAULT 0,
    cost       REAL NOT NULL DEFAULT 0,
    run_id     INTEGER,
    updated_at INTEGER NOT NULL,
    PRIMARY KEY (column_id, lead_id)
) WITHOUT ROWID;
CREATE INDEX cell_states_run ON cell_states (run_id);

-- One run of a column over its targets. state: running (also: interrupted, when no process runs it),
-- done, cancelled, stopped (too many failures in a row). options: what was asked (JSON), for resume.
CREATE TABLE column_runs (
    id          INTEGER PRIMARY KEY,
    column_id   INTEGER NOT NULL REFERENCES columns(id) ON DELETE CASCADE,
    started_at  INTEGER NOT NULL,
    finished_at INTEGER,
    state       TEXT NOT NULL,
    options     TEXT NOT NULL DEFAULT '{}',
    targets     INTEGER NOT NULL DEFAULT 0,
    done        INTEGER NOT NULL DEFAULT 0,
    failed      INTEGER NOT NULL DEFAULT 0,
    skipped     INTEGER NOT NULL DEFAULT 0,
    cached      INTEGER NOT NULL DEFAULT 0,
    tokens_in   INTEGER NOT NULL DEFAULT 0,
    tokens_out  INTEGER NOT NULL DEFAULT 0,
    cost        REAL NOT NULL DEFAULT 0,
    message     TEXT NOT NULL DEFAULT ''
);

-- The values a run replaced, so it can be reverted; kept until the column's next run.
CREATE TABLE run_previous_values (
    run_id   INTEGER NOT NULL REFERENCES column_runs(id) ON DELETE CASCADE,
    lead_id  INTEGER NOT NULL,
    sql_name TEXT NOT NULL,
    value    TEXT NOT NULL,
    PRIMARY KEY (run_id, lead_id, sql_name)
) WITHOUT ROWID;

-- Results by what produced them: sha256 of (kind, the configuration that shapes the answer, the
-- rendered request). An unchanged cell is never requested twice.
CREATE TABLE exec_cache (
    key        BLOB PRIMARY KEY,
    outputs    TEXT NOT NULL,
    tokens_in  INTEGER NOT NULL DEFAULT 0,
    tokens_out INTEGER NOT NULL DEFAULT 0,
    created_at INTEGER NOT NULL
) WITHOUT ROWID;

-- Prices per million tokens, editable; a model without a row costs 0 (a local model).
CREATE TABLE model_prices (
    model      TEXT PRIMARY KEY COLLATE NOCASE,
    input_usd  REAL NOT NULL,
    output_usd REAL NOT NULL
) WITHOUT ROWID;
INSERT INTO model_prices (model, input_usd, output_usd) VALUES
    ('gpt-4o-mini', 0.15, 0.60),
    ('gpt-4o', 2.50, 10.00),
    ('gpt-4.1-mini', 0.40, 1.60),
    ('gpt-4.1', 2.00, 8.00);
