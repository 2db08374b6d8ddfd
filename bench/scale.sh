#!/usr/bin/env bash
# Deep versus shallow paging on 100 000 articles and 1 000 000 comments (embedded H2).
#   bash bench/scale.sh       # writes bench/scale-latest.md; a few minutes, most of it generating the data
set -euo pipefail
cd "$(dirname "$0")/.."
command -v wrk >/dev/null || { sudo apt-get install -y -q wrk || apt-get install -y -q wrk; }
[ -f target/quarkus-app/quarkus-run.jar ] || ./mvnw -B -q package -DskipTests
work=$(mktemp -d)
port=8095
. bench/kiosque.sh
start_kiosque # migrates the empty database
stop_kiosque
echo "generating 100 000 articles and 1 000 000 comments..."
generated=$(date +%s)
for script in bench/articles.sql bench/scale.sql; do
  java -cp "$(ls target/quarkus-app/lib/main/com.h2database.h2-*.jar)" org.h2.tools.RunScript \
    -url "jdbc:h2:file:$work/kiosque" -user kiosque -password kiosque -script $script
done
echo "generated in $(( $(date +%s) - generated )) s; database file: $(( $(stat -c %s "$work/kiosque.mv.db") / 1024 / 1024 )) MB"
start_kiosque
[ -n "${GENERATE_ONLY:-}" ] && exit 0

b64() { printf '%s' "$1" | base64 -w0 | tr '+/' '-_' | tr -d '='; }
# newest first, so the deep end is the oldest: the cursor of the 21st oldest article / comment
article_cursor=$(b64 "$(( 1577836800 + 21 * 60 )).0.$(( 1000 + 21 ))")
comment_cursor=$(b64 "$(( 1609459200 + 21 )).0.$(( 10000000 + 21 ))")
base="http://127.0.0.1:$port/api/articles"
measure() { # name url
  wrk -t1 -c4 -d3s "$2" > /dev/null
  wrk -t1 -c4 -d8s --latency "$2" > "$work/$1.txt"
  printf '| %s | %s | %s | %s |\n' "$1" "$(awk '/Requests\/sec/ {print $2}' "$work/$1.txt")" \
    "$(awk '$1 == "50%" {print $2}' "$work/$1.txt")" "$(awk '$1 == "99%" {print $2}' "$work/$1.txt")"
}
{
  echo "| Page (4 connections, 8 s) | requests/s | p50 | p99 |"
  echo "|---|---|---|---|"
  measure "articles, first page" "$base?size=20"
  measure "articles, cursor at the deep end (100 000th)" "$base?size=20&cursor=$article_cursor"
  measure "articles, page number at the deep end (page 5 000)" "$base?size=20&page=5000"
  measure "comments, first page (900 000 on the article)" "$base/1/comments?limit=20"
  measure "comments, cursor at the deep end" "$base/1/comments?limit=20&cursor=$comment_cursor"
} | tee bench/scale-latest.md
