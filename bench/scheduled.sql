-- For bench/scheduled.sh, after bench/articles.sql: one article in ten becomes scheduled (its publication moved ahead,
-- as Kiosque stores a scheduled article, with its due row) and another one in ten embargoed (unpublish_at passed).
update article set published_at = dateadd(minute, id, current_timestamp) where id > 1000 and mod(id, 10) = 0;
insert into article_due (article_id, due_at) select id, published_at from article where id > 1000 and mod(id, 10) = 0;
update article set unpublish_at = dateadd(minute, -id, current_timestamp) where id > 1000 and mod(id, 10) = 5;
