-- Migrations of the PostgreSQL deployment only (after those in db/migration, which both databases run).
-- PostgreSQL searches search_document, written in each article's own transaction: search_pending, the outbox of the
-- embedded deployment's Lucene index, goes.
drop table search_pending;

-- Quotes' rows take the labels of the ranking both engines share (search.Ranking): a quote's text is body (D, was C)
-- and its speaker gets a label of its own (C, was B with headings). Articles' rows keep theirs (title A, headings B,
-- paragraphs D). Concatenation shifts the speaker's positions further from the text; phrases stay within one part.
update search_document
   set terms = setweight(ts_filter(terms, '{c}'), 'D') || setweight(ts_filter(terms, '{b}'), 'C')
 where quote_id is not null;
