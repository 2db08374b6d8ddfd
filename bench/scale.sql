-- Scale data for bench/scale.sh (H2), after bench/articles.sql: 1 000 000 approved comments,
-- 900 000 of them on the seed article (id 1) and 100 per article on 1 000 others.
insert into comment (id, article_id, parent_id, root_id, depth, author_name, body, status, flag_count, client_hash, dedup_key,
                     edit_token_hash, created_at, updated_at, editable_until)
select 10000000 + x,
       case when x <= 900000 then 1 else 1000 + mod(x, 1000) + 1 end,
       null, null, 0, 'Lecteur ' || mod(x, 5000), 'Commentaire généré numéro ' || x || ', « ça passe ? »', 'approved', 0,
       'bench', 'k' || x, 'bench',
       dateadd(second, x, timestamp with time zone '2021-01-01 00:00:00+00'),
       dateadd(second, x, timestamp with time zone '2021-01-01 00:00:00+00'),
       dateadd(second, x, timestamp with time zone '2021-01-01 00:00:00+00')
from system_range(1, 1000000);
alter table comment alter column id restart with 20000000;
update article a set comment_count = (select count(*) from comment c where c.article_id = a.id and c.status = 'approved')
where a.id = 1 or a.id between 1001 and 2000;
