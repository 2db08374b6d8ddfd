-- Migrations of the embedded H2 deployment only (after those in db/migration, which both databases run).
-- H2 searches with a Lucene index fed by search_pending, and counts rate limits in memory: the tables only the
-- PostgreSQL deployment uses go, among them V5's search_document with its placeholder column.
drop table search_document;
drop table rate_limit;
