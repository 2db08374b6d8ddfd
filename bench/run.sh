#!/usr/bin/env bash
# Throughput and latency of Kiosque against nginx serving the same bytes, with wrk at 32 connections.
#   bash bench/run.sh            # DURATION=15s by default; writes bench/results-latest.md
# Installs wrk and nginx from Debian if missing. Loopback only (ports 8090 for Kiosque, 8099 for nginx).
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION=${DURATION:-15s}
CONNECTIONS=32
as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }
if ! command -v wrk >/dev/null || ! command -v nginx >/dev/null && [ ! -x /usr/sbin/nginx ]; then
  as_root apt-get update -q && as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q wrk nginx
fi
[ -f target/quarkus-app/quarkus-run.jar ] || ./mvnw -B -q package -DskipTests

work=$(mktemp -d)
port=8090
slug=russie-coree-du-nord-poutine-salue-une-amitie-invincible
cleanup() { kill "$kiosque" 2>/dev/null || true; [ -f "$work/nginx.pid" ] && kill "$(cat "$work/nginx.pid")" 2>/dev/null || true; wait 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT

start=$(date +%s%N)
KIOSQUE_DATA_DIR="$work/data" KIOSQUE_ADMIN_TOKEN=bench-token-c2e8a51f973b06d4e1a7f28b QUARKUS_HTTP_PORT=$port \
KIOSQUE_COMMENTS_PER_CLIENT_PER_MINUTE=100000000 KIOSQUE_COMMENTS_PER_ARTICLE_PER_MINUTE=100000000 \
  java ${JAVA_OPTS:--XX:+UseSerialGC -Xmx128m -Xss512k -XX:ReservedCodeCacheSize=64m} -jar target/quarkus-app/quarkus-run.jar > "$work/kiosque.log" 2>&1 &
kiosque=$!
until curl -sf "http://127.0.0.1:$port/q/health/ready" > /dev/null; do sleep 0.05; done
ready_ms=$(( ($(date +%s%N) - start) / 1000000 ))
started_in=$(grep -o 'started in [0-9.]*s' "$work/kiosque.log" | head -1)

# Data: the seed article (imported at start) with 300 comments, and its exact JSON bytes for nginx.
for i in $(seq 1 300); do
  curl -sf -o /dev/null -X POST "http://127.0.0.1:$port/api/articles/$slug/comments" -H 'Content-Type: application/json' \
    -d "{\"authorName\": \"Lecteur $i\", \"body\": \"Commentaire numéro $i.\"}"
done
mkdir -p "$work/www"
curl -sf "http://127.0.0.1:$port/api/articles/$slug" -o "$work/www/article.json"
cat > "$work/nginx.conf" <<NGINX
worker_processes auto;
pid $work/nginx.pid;
error_log $work/nginx-error.log;
events { worker_connections 1024; }
http {
  access_log off;
  types { application/json json; }
  server { listen 127.0.0.1:8099; root $work/www; location / { default_type application/json; } }
}
NGINX
/usr/sbin/nginx -c "$work/nginx.conf" -p "$work"

run() { # name url [script]
  local name=$1 url=$2 script=${3:-}
  local args=(-t2 -c$CONNECTIONS -d"$DURATION" --latency)
  [ -n "$script" ] && args+=(-s "$script")
  wrk "${args[@]}" "$url" > "$work/$name.txt" 2>&1
  local rps p50 p99
  rps=$(awk '/Requests\/sec/ {print $2}' "$work/$name.txt")
  p50=$(awk '$1 == "50%" {print $2}' "$work/$name.txt")
  p99=$(awk '$1 == "99%" {print $2}' "$work/$name.txt")
  echo "$name $rps $p50 $p99"
}

echo "warming up Kiosque (GET article, comments page, POST comment)..."
wrk -t2 -c$CONNECTIONS -d20s "http://127.0.0.1:$port/api/articles/$slug" > /dev/null
wrk -t2 -c$CONNECTIONS -d5s "http://127.0.0.1:$port/api/articles/$slug/comments" > /dev/null
wrk -t2 -c$CONNECTIONS -d5s -s bench/post-comment.lua "http://127.0.0.1:$port/api/articles/$slug/comments" > /dev/null

nginx_line=$(run nginx "http://127.0.0.1:8099/article.json")
article_line=$(run get-article "http://127.0.0.1:$port/api/articles/$slug")
comments_line=$(run get-comments "http://127.0.0.1:$port/api/articles/$slug/comments?limit=20")
approved() { curl -sf -H 'Authorization: Bearer bench-token-c2e8a51f973b06d4e1a7f28b' "http://127.0.0.1:$port/api/moderation/comments?status=approved&size=1" | grep -o '"totalItems":[0-9]*' | cut -d: -f2; }
sleep 3 # let requests that wrk gave up on finish
before=$(approved)
post_line=$(run post-comment "http://127.0.0.1:$port/api/articles/$slug/comments" bench/post-comment.lua)
created=$(grep -o 'created=[0-9]*' "$work/post-comment.txt" | cut -d= -f2)
timeouts=$(grep -o 'timeout [0-9]*' "$work/post-comment.txt" | cut -d' ' -f2 || echo 0)
sleep 3
after=$(approved)
count=$(curl -sf "http://127.0.0.1:$port/api/articles/$slug" | grep -o '"commentCount":[0-9]*' | cut -d: -f2)
curl -sf -H 'Accept: text/plain' "http://127.0.0.1:$port/api/articles/$slug" > "$work/seed.txt"
import_line=$(KIOSQUE_IMPORT_FILE="$work/seed.txt" run post-import "http://127.0.0.1:$port/api/articles" bench/post-import.lua)
rss_mb=$(( $(ps -o rss= -p "$kiosque") / 1024 ))

nginx_rps=$(echo "$nginx_line" | cut -d' ' -f2)
{
  echo "| Run ($CONNECTIONS connections, $DURATION) | requests/s | p50 | p99 | vs nginx |"
  echo "|---|---|---|---|---|"
  for line in "$nginx_line" "$article_line" "$comments_line" "$post_line" "$import_line"; do
    set -- $line
    printf '| %s | %s | %s | %s | %s |\n' "$1" "$2" "$3" "$4" "$(awk -v a="$2" -v b="$nginx_rps" 'BEGIN {printf "%.0f %%", 100 * a / b}')"
  done
  echo
  echo "- article bytes: $(wc -c < "$work/www/article.json"); time to ready (process start to /q/health/ready): ${ready_ms} ms ($started_in)"
  echo "- POST comment: $created answered 201 (and ${timeouts:-0} given up by wrk after 2 s); approved comments stored went from $before to $after (+$(( after - before ))); the article's commentCount is $count"
  echo "- resident memory after the load: ${rss_mb} MB (JVM options: ${JAVA_OPTS:--XX:+UseSerialGC -Xmx128m -Xss512k -XX:ReservedCodeCacheSize=64m})"
} | tee bench/results-latest.md
