-- LeadSync workspace schema, version 12: a computed cell's state is keyed by its lead first.
--
-- Deleting a lead deletes its cell states (ON DELETE CASCADE), which SQLite finds by lead_id. Keyed
-- by (column_id, lead_id), with no index on lead_id, that was a scan of every state for each lead
-- deleted: 50 ms a lead once a column had run over a million leads, so undoing an import of 100,000
-- leads would have taken over an hour. Keyed by (lead_id, column_id), it is one seek; a cell's state
-- is still found by both, and a run over a column still appends its states in lead order (see
-- docs/decisions/0019-scale.md, "Column runs", for what the order costs other queries). The table is
-- made again; its rows are copied in the new order, but for the states of a lead or column that is
-- gone (possible only in a file edited by hand), which would fail the copy's foreign keys.
CREATE TABLE cell_states_by_lead (
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
    PRIMARY KEY (lead_id, column_id)
) WITHOUT ROWID;
INSERT INTO cell_states_by_lead (column_id, lead_id, status, reason, input_hash, tokens_in, tokens_out, cost,
    run_id, updated_at)
SELECT column_id, lead_id, status, reason, input_hash, tokens_in, tokens_out, cost, run_id, updated_at
FROM cell_states
WHERE lead_id IN (SELECT id FROM leads) AND column_id IN (SELECT id FROM columns)
ORDER BY lead_id, column_id;
DROP TABLE cell_states;
ALTER TABLE cell_states_by_lead RENAME TO cell_states;
CREATE INDEX cell_states_run ON cell_states (run_id);
