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
