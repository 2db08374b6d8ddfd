-- How each quote's speaker was found (a rule name), and where the words that decided it are:
-- the block (null for the title) and UTF-16 offsets in its text.
alter table quote add column attribution varchar(20);
alter table quote add column mention_block_id bigint;
alter table quote add column mention_start integer;
alter table quote add column mention_end integer;
