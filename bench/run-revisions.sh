#!/usr/bin/env bash
# Revisions benchmark: 1 000 paragraph edits of the 200-paragraph article on a fresh H2 file database (port 8091),
# with a reader GETting the article meanwhile. Usage: bash bench/run-revisions.sh   (builds the jar if needed)
set -euo pipefail
cd "$(dirname "$0")/.."
[ -f target/quarkus-app/quarkus-run.jar ] || ./mvnw -B -q package -DskipTests
java -cp "target/classes:target/quarkus-app/lib/main/*" bench/ImportBench.java > /dev/null   # writes target/bench-article-200.txt
port=8091
token=bench-token-c2e8a51f973b06d4e1a7f28b
data=$(mktemp -d)
KIOSQUE_DATA_DIR="$data" KIOSQUE_ADMIN_TOKEN=$token QUARKUS_HTTP_PORT=$port \
  java -XX:+UseParallelGC -Xmx256m -jar target/quarkus-app/quarkus-run.jar > "$data/kiosque.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null; rm -rf "$data"' EXIT
for _ in $(seq 1 60); do curl -sf "http://127.0.0.1:$port/q/health/ready" > /dev/null && break; sleep 0.5; done
java bench/RevisionBench.java "http://127.0.0.1:$port" $token target/bench-article-200.txt "$data"
