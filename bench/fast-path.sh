#!/usr/bin/env bash
# The fast path (GET article, GET first page of comments) of several builds against nginx serving the same bytes,
# in one run, one build after the other, wrk with 2 threads and 32 connections. Writes bench/fast-path-latest.md.
#   BASELINE=/path/to/quarkus-run.jar bash bench/fast-path.sh        # this build (metrics on) and a baseline build
#   PG_URL=jdbc:postgresql://127.0.0.1:5432/kiosque_x bash bench/fast-path.sh   # jars built with -Dquarkus.profile=pg
# JAR defaults to target/quarkus-app/quarkus-run.jar; DURATION to 10s; ROUNDS (default 2) alternates the builds.
# On PostgreSQL the database is emptied before each start (drop schema public); use a database of your own.
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION=${DURATION:-10s}
ROUNDS=${ROUNDS:-2}
JAR=${JAR:-target/quarkus-app/quarkus-run.jar}
slug=russie-coree-du-nord-poutine-salue-une-amitie-invincible
port=$((20000 + RANDOM % 20000)); nginx_port=$((port + 1)) # other benchmarks may hold the usual ports
work=$(mktemp -d)
cleanup() { kill "${pid:-}" 2>/dev/null || true; [ -f "$work/nginx.pid" ] && kill "$(cat "$work/nginx.pid")" 2>/dev/null || true; wait 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT

start() { # jar
  rm -rf "$work/data"
  local env=(KIOSQUE_DATA_DIR="$work/data" KIOSQUE_ADMIN_TOKEN=bench-token-c2e8a51f973b06d4e1a7f28b QUARKUS_HTTP_PORT=$port
    KIOSQUE_COMMENTS_PER_CLIENT_PER_MINUTE=100000000 KIOSQUE_COMMENTS_PER_ARTICLE_PER_MINUTE=100000000)
  if [ -n "${PG_URL:-}" ]; then
    PGPASSWORD=kiosque psql -q -h 127.0.0.1 -U kiosque -d "${PG_URL##*/}" -c 'drop schema public cascade; create schema public;' > /dev/null
    env+=(QUARKUS_PROFILE=pg QUARKUS_DATASOURCE_JDBC_URL="$PG_URL" QUARKUS_DATASOURCE_USERNAME=kiosque QUARKUS_DATASOURCE_PASSWORD=kiosque)
  fi
  env "${env[@]}" java -XX:+UseSerialGC -Xmx128m -Xss512k -XX:ReservedCodeCacheSize=64m -jar "$1" > "$work/kiosque.log" 2>&1 &
  pid=$!
  until curl -sf "http://127.0.0.1:$port/q/health/ready" > /dev/null; do sleep 0.1; done
  for i in $(seq 1 300); do
    curl -sf -o /dev/null -X POST "http://127.0.0.1:$port/api/articles/$slug/comments" -H 'Content-Type: application/json' \
      -d "{\"authorName\": \"Lecteur $i\", \"body\": \"Commentaire numéro $i.\"}"
  done
  wrk -t2 -c32 -d20s "http://127.0.0.1:$port/api/articles/$slug" > /dev/null
  wrk -t2 -c32 -d10s "http://127.0.0.1:$port/api/articles/$slug/comments" > /dev/null
}
stop() { kill "$pid"; wait "$pid" 2>/dev/null || true; }

measure() { # label url
  wrk -t2 -c32 -d"$DURATION" --latency "$2" > "$work/wrk.txt" 2>&1
  printf '%s %s %s %s\n' "$1" "$(awk '/Requests\/sec/ {print $2}' "$work/wrk.txt")" \
    "$(awk '$1 == "50%" {print $2}' "$work/wrk.txt")" "$(awk '$1 == "99%" {print $2}' "$work/wrk.txt")" | tee -a "$work/lines"
}

# nginx serves the bytes of this build's answers
start "$JAR"
mkdir -p "$work/www"
curl -sf "http://127.0.0.1:$port/api/articles/$slug" -o "$work/www/article.json"
curl -sf "http://127.0.0.1:$port/api/articles/$slug/comments" -o "$work/www/comments.json"
stop
cat > "$work/nginx.conf" <<NGINX
worker_processes auto;
pid $work/nginx.pid;
error_log $work/nginx-error.log;
events { worker_connections 1024; }
http { access_log off; types { application/json json; }
  server { listen 127.0.0.1:$nginx_port; root $work/www; location / { default_type application/json; } } }
NGINX
/usr/sbin/nginx -c "$work/nginx.conf" -p "$work"

for round in $(seq 1 "$ROUNDS"); do
  measure nginx-article http://127.0.0.1:$nginx_port/article.json
  measure nginx-comments http://127.0.0.1:$nginx_port/comments.json
  for build in "this=$JAR" ${BASELINE:+"baseline=$BASELINE"}; do
    start "${build#*=}"
    measure "${build%%=*}-article" "http://127.0.0.1:$port/api/articles/$slug"
    measure "${build%%=*}-comments" "http://127.0.0.1:$port/api/articles/$slug/comments"
    [ "${build%%=*}" = this ] && curl -s "http://127.0.0.1:$port/q/metrics" | grep '^kiosque_fast_path_total' >> "$work/fast-path-counts" || true
    stop
  done
done

{
  echo "Load at the end: $(uptime | sed 's/.*load average/load average/'); database: ${PG_URL:-H2 file}; $ROUNDS rounds of $DURATION"
  echo
  echo "| Run (32 connections, mean of rounds) | requests/s | p50 (last round) | p99 (last round) | vs nginx, same bytes |"
  echo "|---|---|---|---|---|"
  awk '{ n[$1]++; sum[$1] += $2; p50[$1] = $3; p99[$1] = $4; if (!($1 in order)) { order[$1] = ++k; names[k] = $1 } }
    END { for (i = 1; i <= k; i++) { name = names[i]; split(name, part, "-"); ref = sum["nginx-" part[2]] / n["nginx-" part[2]];
      printf "| %s | %.0f | %s | %s | %.2f |\n", name, sum[name] / n[name], p50[name], p99[name], (sum[name] / n[name]) / ref } }' "$work/lines"
  echo
  echo "Fast path counters of this build after its last round: $(tr '\n' ' ' < "$work/fast-path-counts" 2>/dev/null | tail -c 200)"
} | tee bench/fast-path-latest.md
