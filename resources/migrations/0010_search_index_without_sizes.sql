-- LeadSync workspace schema, version 10: the full-text index no longer keeps the token count of
-- every field of every lead (FTS5 columnsize = 0).
--
-- Those counts (the leads_fts_docsize table, 14 MB a million leads) serve only ranking by bm25,
-- which LeadSync never does: a search filters, and the table's sort orders. Without them, filling
-- the index after a million-lead import takes 3.3-3.5 s instead of 4.2-4.4 s, and the workspace is
-- 14 MB smaller. FTS5 sets columnsize only when the table is created, so the index is made again:
-- it is emptied here, and the background catch-up (SearchIndex::catchUp) fills it from the first
-- lead, with its progress shown, as after an import. Until it has, a search finds only the leads
-- already indexed, as during any catch-up. See docs/decisions/0019-scale.md.
DROP TABLE leads_fts;
CREATE VIRTUAL TABLE leads_fts USING fts5 (
    first_name, last_name, email, company, title, notes,
    content = 'leads', content_rowid = 'id', tokenize = 'unicode61 remove_diacritics 2',
    columnsize = 0
);
INSERT INTO leads_fts (leads_fts, rank) VALUES ('automerge', 16);
UPDATE meta SET value = '0' WHERE key = 'fts_indexed_upto';
