-- Embargo: a published article leaves every read path at unpublish_at. A scheduled one is stored as published with
-- published_at in the future; readers compare times, so neither needs a job to become right.
alter table article add column unpublish_at timestamp with time zone;

-- The instants at which something must happen once (search index, caches on every instance), whichever instance
-- does it: the one whose conditional delete of the row succeeds, in the transaction that does the work. Rows whose
-- instant passed while no instance ran are done at the next start.
create table article_due (
    article_id  bigint not null references article (id) on delete cascade,
    due_at      timestamp with time zone not null,
    primary key (article_id, due_at)
);
create index article_due_at_idx on article_due (due_at);
