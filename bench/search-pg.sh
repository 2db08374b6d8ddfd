#!/usr/bin/env bash
# Search on PostgreSQL with 100 000 generated French articles: the start-up backfill that fills search_document,
# the table's size, and two-word query latency (same queries as bench/search.sh).
#   bash bench/search-pg.sh         # writes bench/search-pg-latest.md; about 10 minutes
set -euo pipefail
cd "$(dirname "$0")/.."
count=${COUNT:-100000}
db=kiosque_search_bench
.ci/postgres-start $db > /dev/null
work=$(mktemp -d)
port=8096
. bench/kiosque.sh
./mvnw -B -q package -DskipTests -Dquarkus.profile=pg -Dquarkus.package.output-directory="$work/app" > "$work/build.log" 2>&1 || { cat "$work/build.log"; exit 1; }
jar="$work/app/quarkus-run.jar"
export QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:5432/$db" QUARKUS_DATASOURCE_USERNAME=kiosque QUARKUS_DATASOURCE_PASSWORD=kiosque
start_kiosque # migrates the empty database
stop_kiosque
echo "generating $count articles..."
pgjdbc=$(ls "$work"/app/lib/main/org.postgresql.postgresql-*.jar)
words=$(java -cp "$pgjdbc" bench/SearchBench.java generate "jdbc:postgresql://127.0.0.1:5432/$db" "$count" src/test/resources/corpus)
psql_q() { PGPASSWORD=kiosque psql -h 127.0.0.1 -U kiosque -d $db -At -c "$1"; }
t0=$(date +%s%N)
start_kiosque
ready_ms=$(( ($(date +%s%N) - t0) / 1000000 ))
# the backfill of the search rows runs in the background: wait for every published article to have its row
until [ "$(psql_q "select count(*) from article a where status = 'published' and not exists (select 1 from search_document d where d.article_id = a.id)")" = 0 ]; do sleep 2; done
backfill_ms=$(( ($(date +%s%N) - t0) / 1000000 ))
psql_q "vacuum analyze search_document" > /dev/null
{
  echo "Data: $count generated articles ($words words in all) + the seed, PostgreSQL $(psql_q 'show server_version' | cut -d' ' -f1)."
  echo
  echo "- start: $ready_ms ms to ready; the background backfill of every article's search rows done after $backfill_ms ms"
  echo "- search_document: $(psql_q "select pg_size_pretty(pg_table_size('search_document'))") table, $(psql_q "select pg_size_pretty(pg_indexes_size('search_document'))") indexes (GIN on the tsvectors)"
  echo
  echo "| clients | two-word queries | queries/s | p50 ms | p99 ms | max ms | with hits |"
  echo "|---|---|---|---|---|---|---|"
  java bench/SearchBench.java queries "http://127.0.0.1:$port" src/test/resources/corpus 1000 1
  java bench/SearchBench.java queries "http://127.0.0.1:$port" src/test/resources/corpus 1000 4
} | tee bench/search-pg-latest.md
