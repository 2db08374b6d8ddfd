#!/usr/bin/env bash
# Embedded H2 deployment: delay from commit to webhook receipt at a fixed rate of approved comments, and backlog drain after a
# receiver outage (bench/WebhookBench.java).
#   RATE=200 SECONDS_=20 OUTAGE=60 bash bench/webhooks.sh
set -euo pipefail
cd "$(dirname "$0")/.."
[ -f target/quarkus-app/quarkus-run.jar ] || ./mvnw -B -q package -DskipTests
work=$(mktemp -d)
trap 'kill $pid 2>/dev/null || true; wait 2>/dev/null || true; rm -rf "$work"' EXIT
port=$((20000 + RANDOM % 20000)); receiver=$((port + 1))
# the outage's retries: short delays, so that the drain starts soon after the receiver is back
QUARKUS_HTTP_PORT=$port KIOSQUE_DATA_DIR="$work" KIOSQUE_IMPORT_DIR="$work" KIOSQUE_ADMIN_TOKEN=bench-token-c2e8a51f973b06d4e1a7f28b \
  KIOSQUE_COMMENTS_PER_CLIENT_PER_MINUTE=1000000 KIOSQUE_COMMENTS_PER_ARTICLE_PER_MINUTE=1000000 KIOSQUE_WEBHOOKS_ALLOWED_HOSTS=127.0.0.1:$receiver KIOSQUE_WEBHOOKS_RETRY_SCHEDULE=${SCHEDULE:-1s,2s,5s,10s,10s,10s,10s,10s,10s,10s} \
  java -XX:+UseSerialGC -Xmx256m -jar target/quarkus-app/quarkus-run.jar > "$work/kiosque.log" 2>&1 &
pid=$!
until curl -sf "http://127.0.0.1:$port/q/health/ready" > /dev/null; do sleep 0.2; done
echo "load before: $(uptime | sed 's/.*load average/load average/')"
java bench/WebhookBench.java http://127.0.0.1:$port bench-token-c2e8a51f973b06d4e1a7f28b $receiver "${RATE:-200}" "${SECONDS_:-20}" "${OUTAGE:-60}"
echo "load after: $(uptime | sed 's/.*load average/load average/')"
