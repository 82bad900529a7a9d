-- Search as you type: the search tables again, now with indexes of the first two
-- and first three characters of every word, so that a word being typed ("ngh")
-- is one list to read rather than the lists of every word it begins merged at
-- each keystroke. Otherwise as in 001. The tables are contentless, so they
-- cannot rebuild themselves: the migration's Go step (reindexReports) indexes
-- every report again, in this same transaction.
DROP TABLE search_headline;
DROP TABLE search_headline_folded;
DROP TABLE search_text;
CREATE VIRTUAL TABLE search_headline USING fts5 (
	words, -- the headline, lower-cased, diacritics kept
	content = '', contentless_delete = 1, detail = none, tokenize = 'ascii', prefix = '2 3'
);
CREATE VIRTUAL TABLE search_headline_folded USING fts5 (
	words, -- the headline folded: no diacritics, đ → d
	content = '', contentless_delete = 1, detail = none, tokenize = 'ascii', prefix = '2 3'
);
CREATE VIRTUAL TABLE search_text USING fts5 (
	words, -- every text of the report, headline included, folded
	content = '', contentless_delete = 1, detail = none, tokenize = 'ascii', prefix = '2 3'
);
