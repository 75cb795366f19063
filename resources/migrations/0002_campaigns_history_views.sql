-- LeadSync workspace schema, version 2: campaigns, the lead history and saved views.

-- Campaigns are tags: a lead belongs to any number of them.
CREATE TABLE campaigns (
    id         INTEGER PRIMARY KEY,
    name       TEXT NOT NULL UNIQUE COLLATE NOCASE,
    created_at INTEGER NOT NULL
);

-- Keyed by campaign first: "the leads of campaign X" (the filter) is a range of the primary key;
-- the second index answers "the campaigns of lead N" (the table column, deletes).
CREATE TABLE lead_campaigns (
    campaign_id INTEGER NOT NULL REFERENCES campaigns(id) ON DELETE CASCADE,
    lead_id     INTEGER NOT NULL REFERENCES leads(id) ON DELETE CASCADE,
    added_at    INTEGER NOT NULL,
    PRIMARY KEY (campaign_id, lead_id)
) WITHOUT ROWID;
CREATE INDEX lead_campaigns_lead ON lead_campaigns (lead_id, campaign_id);

-- What happened to a lead after it was created or imported, newest last: field edits, campaign
-- membership changes (and, later, outreach). Creation and import are read from the lead itself.
-- kind: 'edit' (field = the column's SQL name), 'campaign_added', 'campaign_removed' (new_value = name).
CREATE TABLE lead_events (
    id        INTEGER PRIMARY KEY,
    lead_id   INTEGER NOT NULL REFERENCES leads(id) ON DELETE CASCADE,
    at        INTEGER NOT NULL,
    kind      TEXT NOT NULL,
    field     TEXT NOT NULL DEFAULT '',
    old_value TEXT NOT NULL DEFAULT '',
    new_value TEXT NOT NULL DEFAULT ''
);
CREATE INDEX lead_events_lead ON lead_events (lead_id, at);

-- A named filter + search + sort + column set, as JSON (see SavedView).
CREATE TABLE saved_views (
    name       TEXT PRIMARY KEY COLLATE NOCASE,
    definition TEXT NOT NULL
) WITHOUT ROWID;
