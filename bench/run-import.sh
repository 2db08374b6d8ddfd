#!/usr/bin/env bash
# Import benchmark: a 200-paragraph article parsed in process, then imported through HTTP into a fresh H2 file
# database. Usage: bash bench/run-import.sh   (builds the jar if needed; port 8090)
set -euo pipefail
cd "$(dirname "$0")/.."
[ -f target/quarkus-app/quarkus-run.jar ] || ./mvnw -B -q package -DskipTests
port=8090
data=$(mktemp -d)
KIOSQUE_DATA_DIR="$data" KIOSQUE_ADMIN_TOKEN=bench-token-c2e8a51f973b06d4e1a7f28b QUARKUS_HTTP_PORT=$port \
  java -XX:+UseParallelGC -Xmx256m -jar target/quarkus-app/quarkus-run.jar > "$data/kiosque.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null; rm -rf "$data"' EXIT
for _ in $(seq 1 60); do curl -sf "http://127.0.0.1:$port/q/health/ready" > /dev/null && break; sleep 0.5; done
java -cp "target/classes:target/quarkus-app/lib/main/*" bench/ImportBench.java "http://127.0.0.1:$port" bench-token-c2e8a51f973b06d4e1a7f28b
