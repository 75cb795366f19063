-- LeadSync workspace schema, version 7: reading replies. A mailbox's IMAP account (its password is
-- the SMTP one's keychain entry or variable), how far each folder has been read, and what arrived:
-- replies, bounces, automatic replies and unsubscribe requests matched to a lead. Mail that matches
-- no lead is never stored. See docs/decisions/0016-replies.md.

ALTER TABLE mailboxes ADD COLUMN imap_url TEXT NOT NULL DEFAULT '';          -- '': no inbox to read
ALTER TABLE mailboxes ADD COLUMN imap_user TEXT NOT NULL DEFAULT '';         -- '': the SMTP user
ALTER TABLE mailboxes ADD COLUMN imap_folders TEXT NOT NULL DEFAULT 'INBOX'; -- separated by newlines
-- A message's text as it was sent (set when it is claimed), for the lead's conversation.
ALTER TABLE messages ADD COLUMN body TEXT NOT NULL DEFAULT '';

-- Where the last sync of a folder ended: a folder whose UIDVALIDITY changed is read again from the
-- look-back, and what was stored before is recognised by its Message-ID.
CREATE TABLE imap_folders (
    mailbox_id   INTEGER NOT NULL REFERENCES mailboxes(id) ON DELETE CASCADE,
    folder       TEXT NOT NULL,
    uid_validity INTEGER NOT NULL,
    last_uid     INTEGER NOT NULL,
    PRIMARY KEY (mailbox_id, folder)
) WITHOUT ROWID;

-- kind: reply, bounce (permanent), soft_bounce, auto_reply, unsubscribe. message_id: the mail's own Message-ID (or "sha1:" and
-- a hash of it when it has none), so the same mail synced twice is stored once.
CREATE TABLE replies (
    id            INTEGER PRIMARY KEY,
    mailbox_id    INTEGER NOT NULL REFERENCES mailboxes(id) ON DELETE CASCADE,
    lead_id       INTEGER NOT NULL REFERENCES leads(id) ON DELETE CASCADE,
    message_id    TEXT NOT NULL,
    in_reply_to   INTEGER REFERENCES messages(id) ON DELETE SET NULL,
    kind          TEXT NOT NULL,
    from_address  TEXT NOT NULL,
    received_at   INTEGER NOT NULL,
    subject       TEXT NOT NULL DEFAULT '',
    text          TEXT NOT NULL DEFAULT '',
    class         TEXT NOT NULL DEFAULT '',
    reason        TEXT NOT NULL DEFAULT '',
    class_by_user INTEGER NOT NULL DEFAULT 0,
    draft         TEXT NOT NULL DEFAULT '',
    state         TEXT NOT NULL DEFAULT 'new', -- new, sending, answered, unknown, discarded
    answer_id     TEXT NOT NULL DEFAULT '',    -- the Message-ID of our answer, chosen before it is sent
    answered_at   INTEGER,
    synced_at     INTEGER NOT NULL,
    UNIQUE (mailbox_id, message_id)
);
CREATE INDEX replies_lead ON replies (lead_id);
CREATE INDEX replies_received ON replies (kind, received_at);
