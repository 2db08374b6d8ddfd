#!/usr/bin/env bash
# What the time conditions of scheduled publishing and embargo cost on list reads and search (embedded H2): the same
# reads on 100 000 published articles, then after one in ten became scheduled and another one in ten embargoed.
#   bash bench/scheduled.sh     # writes bench/scheduled-latest.md; about 4 minutes
set -euo pipefail
cd "$(dirname "$0")/.."
command -v wrk >/dev/null || { sudo apt-get install -y -q wrk || apt-get install -y -q wrk; }
[ -f target/quarkus-app/quarkus-run.jar ] || ./mvnw -B -q package -DskipTests
work=$(mktemp -d)
port=${PORT:-8094}
. bench/kiosque.sh
sql() { java -cp "$(ls target/quarkus-app/lib/main/com.h2database.h2-*.jar)" org.h2.tools.RunScript \
  -url "jdbc:h2:file:$work/kiosque" -user kiosque -password kiosque -script "$1"; }
start_kiosque # migrates the empty database
stop_kiosque
sql bench/articles.sql

b64() { printf '%s' "$1" | base64 -w0 | tr '+/' '-_' | tr -d '='; }
base="http://127.0.0.1:$port/api"
reads=(
  "articles, first page|$base/articles?size=20"
  "articles, page 2 000|$base/articles?size=20&page=2000"
  "articles, keyset cursor at the deep end|$base/articles?status=published&size=20&cursor=$(b64 "$(( 1577836800 + 21 * 60 )).0.1021")"
  "articles, one day of them|$base/articles?size=20&publishedAfter=2020-02-01&publishedBefore=2020-02-02"
  "search, a word in every article|$base/search?type=article&q=paragraphe%20unique"
  "search, a rare word|$base/search?type=article&q=numero%2042424"
)
measure() { # label: one line of requests/s, p50, p99 per read
  rm -rf "$work/search"; start_kiosque # the search index is rebuilt from what is public
  for read in "${reads[@]}"; do
    wrk -t1 -c4 -d3s "${read#*|}" > /dev/null
    wrk -t1 -c4 -d8s --latency "${read#*|}" > "$work/wrk.txt"
    echo "${read%%|*}|$(awk '/Requests\/sec/ {printf "%d", $2}' "$work/wrk.txt")|$(awk '$1 == "50%" {print $2}' "$work/wrk.txt")|$(awk '$1 == "99%" {print $2}' "$work/wrk.txt")"
  done > "$work/$1.txt"
  stop_kiosque
}
measure plain
sql bench/scheduled.sql
measure scheduled
{
  echo "| Read (wrk, 4 connections, 8 s) | all 100 000 public: req/s, p50, p99 | 10 % scheduled + 10 % embargoed: req/s, p50, p99 | req/s ratio |"
  echo "|---|---|---|---|"
  paste -d'|' "$work/plain.txt" "$work/scheduled.txt" | awk -F'|' '{printf "| %s | %s, %s, %s | %s, %s, %s | %.2f |\n", $1, $2, $3, $4, $6, $7, $8, $6 / $2}'
} | tee bench/scheduled-latest.md
