-- LeadSync workspace schema, version 5: outreach. Mailboxes (the user's own SMTP accounts; their
-- passwords are in the keychain or an environment variable, never here), sequences of steps, the
-- leads enrolled in them, one row per message to send, and the opt-out list. Every time is epoch
-- milliseconds, UTC. See docs/decisions/0014-outreach.md.

CREATE TABLE mailboxes (
    id              INTEGER PRIMARY KEY,
    name            TEXT NOT NULL UNIQUE COLLATE NOCASE,
    from_name       TEXT NOT NULL DEFAULT '',
    from_address    TEXT NOT NULL,
    smtp_url        TEXT NOT NULL,
    smtp_user       TEXT NOT NULL DEFAULT '',
    password_env    TEXT NOT NULL DEFAULT '',   -- the variable (or keychain entry) holding the password
    time_zone       TEXT NOT NULL,
    send_window     TEXT NOT NULL,              -- SendingWindow text, in the mailbox's zone
    daily_cap       INTEGER NOT NULL,
    hourly_cap      INTEGER NOT NULL DEFAULT 0, -- 0: none
    gap_min_s       INTEGER NOT NULL,
    gap_max_s       INTEGER NOT NULL,
    unsubscribe_url TEXT NOT NULL DEFAULT '',   -- https, for RFC 8058 one-click; empty: mailto only
    created_at      INTEGER NOT NULL
);

-- A sequence's steps, window and rules as its JSON file gave them (SequenceSpec).
CREATE TABLE sequences (
    id         INTEGER PRIMARY KEY,
    name       TEXT NOT NULL UNIQUE COLLATE NOCASE,
    mailbox_id INTEGER NOT NULL REFERENCES mailboxes(id),
    spec       TEXT NOT NULL,
    paused     INTEGER NOT NULL DEFAULT 0,
    created_at INTEGER NOT NULL
);

-- A lead in a sequence. state: active, finished (every step sent), stopped (a reply, bounce, opt-out
-- or a refused recipient; reason says which), removed (unenrolled).
CREATE TABLE enrollments (
    id          INTEGER PRIMARY KEY,
    sequence_id INTEGER NOT NULL REFERENCES sequences(id) ON DELETE CASCADE,
    lead_id     INTEGER NOT NULL REFERENCES leads(id) ON DELETE CASCADE,
    state       TEXT NOT NULL DEFAULT 'active',
    reason      TEXT NOT NULL DEFAULT '',
    enrolled_at INTEGER NOT NULL,
    UNIQUE (sequence_id, lead_id)
);
CREATE INDEX enrollments_lead ON enrollments (lead_id);

-- One message of one step to one enrolled lead; never two for the same step (the unique key is the
-- first guard against a double send). state: planned, claimed (being sent by owner_pid), sent,
-- retry (a temporary failure; planned_at is the next try), failed, skipped (reason), unknown (handed
-- to the server, outcome not known: never resent by itself), cancelled.
CREATE TABLE messages (
    id            INTEGER PRIMARY KEY,
    enrollment_id INTEGER NOT NULL REFERENCES enrollments(id) ON DELETE CASCADE,
    step          INTEGER NOT NULL,
    variant       INTEGER NOT NULL DEFAULT 0,
    state         TEXT NOT NULL DEFAULT 'planned',
    planned_at    INTEGER,
    attempts      INTEGER NOT NULL DEFAULT 0,
    claimed_at    INTEGER,
    owner_pid     INTEGER,
    owner_started INTEGER,
    sent_at       INTEGER,
    message_id    TEXT NOT NULL DEFAULT '',
    subject       TEXT NOT NULL DEFAULT '',
    reason        TEXT NOT NULL DEFAULT '',
    UNIQUE (enrollment_id, step)
);
CREATE INDEX messages_due ON messages (state, planned_at);
CREATE INDEX messages_message_id ON messages (message_id) WHERE message_id <> '';

-- Addresses ("ana@example.com") and whole domains ("@example.com") never to write to.
CREATE TABLE optouts (
    value    TEXT PRIMARY KEY COLLATE NOCASE,
    source   TEXT NOT NULL DEFAULT '',
    added_at INTEGER NOT NULL
) WITHOUT ROWID;
