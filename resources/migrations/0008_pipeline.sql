-- LeadSync workspace schema, version 8: the pipeline. A lead's stage (new, contacted, qualified,
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
UPDATE leads SET source = 'manual' WHERE import_id IS NULL;

-- The board's columns: the leads of a stage in id order, and their count, from the index alone.
CREATE INDEX leads_stage ON leads (stage);

INSERT INTO columns (sql_name, display_name, kind, position, builtin)
SELECT 'stage', 'Stage', 'stage', COALESCE(MAX(position), 0) + 1, 1 FROM columns;
INSERT INTO columns (sql_name, display_name, kind, position, builtin)
SELECT 'business_domain', 'Business domain', 'text', MAX(position) + 1, 1 FROM columns;
INSERT INTO columns (sql_name, display_name, kind, position, builtin)
SELECT 'score', 'Score', 'number', MAX(position) + 1, 1 FROM columns;
INSERT INTO columns (sql_name, display_name, kind, position, builtin)
SELECT 'recommendation', 'Recommendation', 'text', MAX(position) + 1, 1 FROM columns;
INSERT INTO columns (sql_name, display_name, kind, position, builtin)
SELECT 'score_reason', 'Score reason', 'text', MAX(position) + 1, 1 FROM columns;
INSERT INTO columns (sql_name, display_name, kind, position, builtin)
SELECT 'source', 'Source', 'text', MAX(position) + 1, 1 FROM columns;

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
