#!/usr/bin/env bash
# Search on 100 000 generated French articles (embedded H2 + Lucene): start-up rebuild time, index size,
# and two-word query latency.
#   bash bench/search.sh            # writes bench/search-latest.md; about 5 minutes
#   COUNT=20000 bash bench/search.sh
set -euo pipefail
cd "$(dirname "$0")/.."
count=${COUNT:-100000}
[ -f target/quarkus-app/quarkus-run.jar ] || ./mvnw -B -q package -DskipTests
work=$(mktemp -d)
port=8096
. bench/kiosque.sh
h2=$(ls target/quarkus-app/lib/main/com.h2database.h2-*.jar)
start_kiosque # migrates the empty database
stop_kiosque
rm -rf "$work/search" # the rebuild at the next start indexes everything
echo "generating $count articles..."
words=$(java -cp "$h2" bench/SearchBench.java generate "jdbc:h2:file:$work/kiosque" "$count" src/test/resources/corpus)
t0=$(date +%s%N)
start_kiosque
ready_ms=$(( ($(date +%s%N) - t0) / 1000000 ))
{
  echo "Data: $count generated articles (4–6 paragraphs and a heading each, $words words in all) + the seed."
  echo
  echo "- start with a full index rebuild: $ready_ms ms to ready ($(grep -o 'search index rebuilt.*' "$work/kiosque.log"))"
  echo "- Lucene index on disk: $(du -sm "$work/search" | cut -f1) MB; H2 database file: $(( $(stat -c %s "$work/kiosque.mv.db") / 1024 / 1024 )) MB"
  echo
  echo "| clients | two-word queries | queries/s | p50 ms | p99 ms | max ms | with hits |"
  echo "|---|---|---|---|---|---|---|"
  java bench/SearchBench.java queries "http://127.0.0.1:$port" src/test/resources/corpus 3000 1
  java bench/SearchBench.java queries "http://127.0.0.1:$port" src/test/resources/corpus 3000 4
} | tee bench/search-latest.md
