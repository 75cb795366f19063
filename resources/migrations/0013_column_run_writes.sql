-- LeadSync workspace schema, version 13: two per-cell costs of a column run go, on the writer's
-- thread, which bounds a template column's run over a million leads (see
-- docs/decisions/0019-scale.md, "Column runs").
--
-- 1. What a run's cells replaced is kept one batch to a row. run_previous_values kept a row a cell:
-- a B-tree insert per cell. A row of run_reverts holds a whole batch's cells packed (see
-- models/columns/ReplacedCells.h for the format). run_previous_values stays for the runs made before
-- this version, which can still be reverted; new runs no longer write to it.
CREATE TABLE run_reverts (
    id     INTEGER PRIMARY KEY,
    run_id INTEGER NOT NULL REFERENCES column_runs(id) ON DELETE CASCADE,
    cells  BLOB NOT NULL
);
CREATE INDEX run_reverts_run ON run_reverts (run_id);

-- 2. A cell state's lead_id loses its foreign key: SQLite looked the lead up for every state
-- inserted, though the writer has just written that lead's row, or checked that it is still there
-- (ResultWriter keeps no state for a lead deleted while its cell was computed). A trigger deletes a
-- lead's states with the lead, as ON DELETE CASCADE did, by the same seek on the key. The table is
-- made again (SQLite cannot drop a constraint otherwise), its rows copied in key order.
CREATE TABLE cell_states_without_lead_key (
    column_id  INTEGER NOT NULL REFERENCES columns(id) ON DELETE CASCADE,
    lead_id    INTEGER NOT NULL,
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
INSERT INTO cell_states_without_lead_key (column_id, lead_id, status, reason, input_hash, tokens_in,
    tokens_out, cost, run_id, updated_at)
SELECT column_id, lead_id, status, reason, input_hash, tokens_in, tokens_out, cost, run_id, updated_at
FROM cell_states
ORDER BY lead_id, column_id;
DROP TABLE cell_states;
ALTER TABLE cell_states_without_lead_key RENAME TO cell_states;
CREATE INDEX cell_states_run ON cell_states (run_id);
CREATE TRIGGER leads_delete_cell_states AFTER DELETE ON leads
BEGIN
    DELETE FROM cell_states WHERE lead_id = old.id;
END;
