-- LeadSync workspace schema, version 13: what a run's cells replaced is kept one batch to a row.
--
-- run_previous_values kept a row a cell: for a template column over a million leads that was a
-- million B-tree inserts on the writer's thread, which bounds the run (about 15% of its time). A row
-- of run_reverts holds a whole batch's cells packed (see models/columns/ReplacedCells.h for the
-- format). run_previous_values stays for the runs made before this version, which can still be
-- reverted; new runs no longer write to it.
CREATE TABLE run_reverts (
    id     INTEGER PRIMARY KEY,
    run_id INTEGER NOT NULL REFERENCES column_runs(id) ON DELETE CASCADE,
    cells  BLOB NOT NULL
);
CREATE INDEX run_reverts_run ON run_reverts (run_id);
