-- LeadSync workspace schema, version 8: the pipeline and inbound leads. A lead's stage (new, contacted, qualified,
-- transferred, lost; moved only through models/pipeline/Pipeline, which enforces the rules), where it
-- came from, its line of business, the last analysis (score 0-1 as text, recommendation, reason), and
-- the sales made at handoff. See docs/decisions/0017-pipeline.md.
--
-- ADD COLUMN with a constant default rewrites nothing: existing rows read the default, so a workspace
-- of millions of leads migrates in milliseconds. Imported leads keep the default source 'import'; the
-- leads made by hand (no import) are the only rows updated.
ALTER TABLE leads ADD COLUMN stage TEXT NOT NULL DEFAULT 'new';
ALTER TABLE leads ADD COLUMN source TEXT NOT NULL DEFAULT 'import';
ALTER TABLE leads ADD COLUMN business_domain TEXT NOT NULL DEFAULT '';
ALTER TABLE leads ADD COLUMN score TEXT NOT NULL DEFAULT '';
ALTER TABLE leads ADD COLUMN recommendation TEXT NOT NULL DEFAULT '';
ALTER TABLE leads ADD COLUMN score_reason TEXT NOT NULL DEFAULT '';
-- A contact channel of its own (the bare username), and what the normalisation of the contacts could
-- not read ("the phone 12345 is not a valid number in DE"), kept beside the original value.
ALTER TABLE leads ADD COLUMN telegram TEXT NOT NULL DEFAULT '';
ALTER TABLE leads ADD COLUMN contact_check TEXT NOT NULL DEFAULT '';
UPDATE leads SET source = 'manual' WHERE import_id IS NULL;

-- The board's columns: the leads of a stage in id order, and their count, from the index alone.
CREATE INDEX leads_stage ON leads (stage);

-- The new fields' columns. A workspace may already have a custom column of one of these names (an
-- imported "Score"): it keeps its name, and the field is named "Score (pipeline)" instead, so what refers
-- to the custom column by name still finds it.
WITH new_fields (sql_name, display_name, kind, n) AS (VALUES
    ('stage', 'Stage', 'stage', 1),
    ('business_domain', 'Business domain', 'text', 2),
    ('score', 'Score', 'number', 3),
    ('recommendation', 'Recommendation', 'text', 4),
    ('score_reason', 'Score reason', 'text', 5),
    ('source', 'Source', 'text', 6),
    ('telegram', 'Telegram', 'text', 7),
    ('contact_check', 'Contact check', 'text', 8))
INSERT INTO columns (sql_name, display_name, kind, position, builtin)
SELECT f.sql_name,
       CASE WHEN EXISTS (SELECT 1 FROM columns c WHERE c.display_name = f.display_name)
            THEN f.display_name || ' (pipeline)' ELSE f.display_name END,
       f.kind, (SELECT COALESCE(MAX(position), 0) FROM columns) + f.n, 1
FROM new_fields f ORDER BY f.n;

-- A lead handed to sales: made once, when the lead moves to transferred. by: who moved it (you, the
-- CLI, the API).
CREATE TABLE sales (
    id               INTEGER PRIMARY KEY,
    lead_id          INTEGER NOT NULL UNIQUE REFERENCES leads(id) ON DELETE CASCADE,
    at               INTEGER NOT NULL,
    score            REAL NOT NULL,
    business_domain  TEXT NOT NULL,
    by               TEXT NOT NULL
);

-- A one-off message to a lead, outside any sequence (the local API's POST /send): claimed before it is
-- sent, counted in its mailbox's caps, and known by its Message-ID when the lead answers.
CREATE TABLE direct_messages (
    id         INTEGER PRIMARY KEY,
    mailbox_id INTEGER NOT NULL REFERENCES mailboxes(id),
    lead_id    INTEGER NOT NULL REFERENCES leads(id) ON DELETE CASCADE,
    state      TEXT NOT NULL DEFAULT 'claimed',  -- claimed, sent, failed, unknown
    message_id TEXT NOT NULL,
    subject    TEXT NOT NULL,
    body       TEXT NOT NULL,
    reason     TEXT NOT NULL DEFAULT '',
    claimed_at INTEGER NOT NULL,
    sent_at    INTEGER
);
CREATE INDEX direct_messages_message_id ON direct_messages (message_id);
CREATE INDEX direct_messages_lead ON direct_messages (lead_id);

-- A lead that comes in by the API is deduplicated by email as an import is: the index finds it
-- without reading every lead (imports keep their in-memory map).
CREATE INDEX leads_email_key ON leads (lower(trim(email))) WHERE email <> '';
