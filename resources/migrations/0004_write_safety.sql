-- LeadSync workspace schema, version 4: writes that cannot lose each other, and runs that know
-- whether their process is still alive.

-- What a run wrote into the cell, beside what it replaced: a revert puts the old value back only
-- while the cell still holds the run's value, so an edit made after the run is never lost.
-- NULL for the runs kept before this version.
ALTER TABLE run_previous_values ADD COLUMN written TEXT;

-- The process that runs a run: its PID and its start time (on Linux, from /proc: a PID reused by
-- another program has another start time), and a heartbeat the runner renews while it runs. A run
-- left 'running' whose owner is gone was interrupted (kill -9, a power loss) and can be resumed; a
-- run whose owner is alive is never offered for resume.
ALTER TABLE column_runs ADD COLUMN owner_pid INTEGER;
ALTER TABLE column_runs ADD COLUMN owner_started INTEGER;
ALTER TABLE column_runs ADD COLUMN heartbeat_at INTEGER;

-- An import commits in batches (so the desktop app and a CLI run from cron can write in between)
-- and stays all or nothing: until it is 'done', what it added can be taken back. Its new leads carry
-- its id; the cells it filled in existing leads (a merge only fills empty cells) are listed in
-- import_merges; the columns it made are in new_columns (JSON ids). A 'running' import whose owner
-- process is gone (kill -9, a power loss) is taken back at the next open.
ALTER TABLE imports ADD COLUMN state TEXT NOT NULL DEFAULT 'done';
ALTER TABLE imports ADD COLUMN owner_pid INTEGER;
ALTER TABLE imports ADD COLUMN owner_started INTEGER;
ALTER TABLE imports ADD COLUMN heartbeat_at INTEGER;
ALTER TABLE imports ADD COLUMN new_columns TEXT NOT NULL DEFAULT '[]';
CREATE TABLE import_merges (
    import_id INTEGER NOT NULL REFERENCES imports(id) ON DELETE CASCADE,
    lead_id   INTEGER NOT NULL,
    sql_name  TEXT NOT NULL,
    value     TEXT NOT NULL, -- what the import wrote into the empty cell
    PRIMARY KEY (import_id, lead_id, sql_name)
) WITHOUT ROWID;
