#!/usr/bin/env bash
# What metrics cost the fast path: two builds side by side, both warm, GET article with wrk (2 threads, 32 connections)
# on each in turn, RUNS times, so that the machine's noise falls on both alike. Prints the mean of each and the ratio.
#   bash bench/metrics-cost.sh target/quarkus-app/quarkus-run.jar /path/to/build-without-metrics/quarkus-run.jar [runs]
# A build without metrics: this commit's parent, or any build before quarkus-micrometer-registry-prometheus was added.
set -euo pipefail
cd "$(dirname "$0")/.."
slug=russie-coree-du-nord-poutine-salue-une-amitie-invincible
work=$(mktemp -d)
pids=()
base=$((20000 + RANDOM % 20000)) # other benchmarks may hold the usual ports
trap 'for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null || true; rm -rf "$work"' EXIT
for side in 1 2; do
  KIOSQUE_DATA_DIR="$work/$side" KIOSQUE_ADMIN_TOKEN=bench-token-c2e8a51f973b06d4e1a7f28b QUARKUS_HTTP_PORT=$((base + side)) \
    java -XX:+UseSerialGC -Xmx128m -Xss512k -XX:ReservedCodeCacheSize=64m -jar "${!side}" > "$work/$side.log" 2>&1 &
  pids+=($!)
done
for side in 1 2; do
  until curl -sf "http://127.0.0.1:$((base + side))/q/health/ready" > /dev/null; do sleep 0.2; done
  curl -sf -o /dev/null "http://127.0.0.1:$((base + side))/api/articles/$slug"
  wrk -t2 -c32 -d20s "http://127.0.0.1:$((base + side))/api/articles/$slug" > /dev/null
done
for _ in $(seq 1 "${3:-8}"); do
  for side in 1 2; do
    echo "$side $(wrk -t2 -c32 -d5s "http://127.0.0.1:$((base + side))/api/articles/$slug" | awk '/Requests\/sec/ {print $2}')"
  done
done | awk '{ print; sum[$1] += $2; n[$1]++ }
  END { printf "first %.0f req/s, second %.0f req/s, first / second = %.3f\n", sum[1] / n[1], sum[2] / n[2], (sum[1] / n[1]) / (sum[2] / n[2]) }'
echo "load: $(uptime | sed 's/.*load average/load average/')"
