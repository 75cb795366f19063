-- LeadSync workspace schema, version 11: the full-text index keeps which leads hold a word, not where
-- in their fields (FTS5 detail = none).
--
-- The positions were 60 of the index's 82 MB a million leads, and a third of the time to fill it
-- after an import (3.1 s against 2.0 s a million). They served one thing: a word the user types that
-- the tokenizer splits (john@acme.com, o'brien) was searched as a phrase. Such a word is now
-- searched as its tokens, and the leads found are kept only when a field holds the tokens in a row,
-- checked by splitting the field again with the same tokenizer (SearchIndex, leadsync_phrases()):
-- search results stay as they were. FTS5 sets detail only when the table is made, so the index is
-- made again: emptied here, and filled by the background catch-up (SearchIndex::catchUp) from the
-- first lead, with its progress shown, as after an import. See docs/decisions/0019-scale.md.
DROP TABLE leads_fts;
CREATE VIRTUAL TABLE leads_fts USING fts5 (
    first_name, last_name, email, company, title, notes,
    content = 'leads', content_rowid = 'id', tokenize = 'unicode61 remove_diacritics 2',
    columnsize = 0, detail = none
);
INSERT INTO leads_fts (leads_fts, rank) VALUES ('automerge', 16);
UPDATE meta SET value = '0' WHERE key = 'fts_indexed_upto';
