-- 100 000 published articles for the data-heavy benchmarks (H2): article-genere-N, published N minutes after
-- 2020-01-01, one paragraph each. Used by bench/scale.sh and bench/scheduled.sh.
insert into article (id, slug, title, language, status, published_at, created_at, updated_at, version, word_count, comment_mode)
select 1000 + x, 'article-genere-' || x, 'Article généré numéro ' || x || ' : « une citation »', 'fr', 'published',
       dateadd(minute, x, timestamp with time zone '2020-01-01 00:00:00+00'),
       dateadd(minute, x, timestamp with time zone '2020-01-01 00:00:00+00'),
       dateadd(minute, x, timestamp with time zone '2020-01-01 00:00:00+00'), 0, 12, 'open'
from system_range(1, 100000);
insert into article_slug (slug, article_id) select 'article-genere-' || x, 1000 + x from system_range(1, 100000);
insert into block (id, article_id, position, type, text, lead)
select 1000000000 + x, 1000 + x, 0, 'paragraph', 'Le paragraphe unique de l’article généré numéro ' || x || '.', true
from system_range(1, 100000);
alter table article alter column id restart with 200000;
alter sequence block_seq restart with 2000000000;
