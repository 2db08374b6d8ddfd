#!/usr/bin/env bash
# POST comment as in bench/run.sh (wrk, 2 threads, 32 connections, unique bodies, one article), on H2 or PostgreSQL,
# with the machine's load (uptime) beside the figure, the group commit's metrics, and a durability count: every 201 is
# an approved comment stored once. Writes bench/comment-posts-latest.md (appends one line per run).
#   bash bench/comment-posts.sh                                              # embedded H2 (target/quarkus-app)
#   JAR=target/pg-app/quarkus-run.jar PG_URL=jdbc:postgresql://127.0.0.1:5432/kiosque_x bash bench/comment-posts.sh
# The pg jar: ./mvnw -B -q package -DskipTests -Dquarkus.profile=pg -Dquarkus.package.output-directory="$PWD/target/pg-app"
# On PostgreSQL the database is emptied before the start (drop schema public); use a database of your own.
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION=${DURATION:-15s}
JAR=${JAR:-target/quarkus-app/quarkus-run.jar}
slug=russie-coree-du-nord-poutine-salue-une-amitie-invincible
token=bench-token-c2e8a51f973b06d4e1a7f28b
port=$((20000 + RANDOM % 20000)) # other benchmarks may hold the usual ports
work=$(mktemp -d)
cleanup() { kill "${pid:-}" 2>/dev/null || true; wait 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT
[ -f "$JAR" ] || ./mvnw -B -q package -DskipTests

env=(KIOSQUE_DATA_DIR="$work/data" KIOSQUE_ADMIN_TOKEN=$token QUARKUS_HTTP_PORT=$port
  KIOSQUE_COMMENTS_PER_CLIENT_PER_MINUTE=100000000 KIOSQUE_COMMENTS_PER_ARTICLE_PER_MINUTE=100000000)
engine=H2
if [ -n "${PG_URL:-}" ]; then
  engine="PostgreSQL (synchronous_commit $(PGPASSWORD=kiosque psql -Atq -h 127.0.0.1 -U kiosque -d "${PG_URL##*/}" -c 'show synchronous_commit'))"
  PGPASSWORD=kiosque psql -q -h 127.0.0.1 -U kiosque -d "${PG_URL##*/}" -c 'drop schema public cascade; create schema public;' > /dev/null
  env+=(QUARKUS_PROFILE=pg QUARKUS_DATASOURCE_JDBC_URL="$PG_URL" QUARKUS_DATASOURCE_USERNAME=kiosque QUARKUS_DATASOURCE_PASSWORD=kiosque)
fi
env "${env[@]}" java -XX:+UseSerialGC -Xmx128m -Xss512k -XX:ReservedCodeCacheSize=64m -jar "$JAR" > "$work/kiosque.log" 2>&1 &
pid=$!
until curl -sf "http://127.0.0.1:$port/q/health/ready" > /dev/null; do sleep 0.1; done

url="http://127.0.0.1:$port/api/articles/$slug/comments"
wrk -t2 -c32 -d${WARMUP:-15s} -s bench/post-comment.lua "$url" > /dev/null # warm-up (JIT, pool)
approved() { curl -sf -H "Authorization: Bearer $token" "http://127.0.0.1:$port/api/moderation/comments?status=approved&size=1" \
  | grep -o '"totalItems":[0-9]*' | cut -d: -f2; }
metric() { curl -sf "http://127.0.0.1:$port/q/metrics" | awk -v name="$1" '$1 == name {print $2}'; }
sleep 3 # let requests that wrk gave up on finish
before=$(approved)
batches_before=$(metric kiosque_comment_batch_size_count); posts_before=$(metric kiosque_comment_batch_size_sum)
commit_before=$(metric kiosque_comment_batch_commit_seconds_sum); wait_before=$(metric kiosque_comment_batch_queue_wait_seconds_sum)
load_before=$(uptime | sed 's/.*load average: //')
cpu_ticks() { awk '{print $14 + $15}' "/proc/$pid/stat"; } # Kiosque's user + system CPU: what a post costs, however loaded the machine
cpu_before=$(cpu_ticks)
wrk -t2 -c32 -d"$DURATION" --latency -s bench/post-comment.lua "$url" > "$work/post.txt" 2>&1
load_after=$(uptime | sed 's/.*load average: //')
cpu_after=$(cpu_ticks)
sleep 3
after=$(approved)
count=$(curl -sf "http://127.0.0.1:$port/api/articles/$slug" | grep -o '"commentCount":[0-9]*' | cut -d: -f2)
batches=$(awk -v a="$(metric kiosque_comment_batch_size_count)" -v b="$batches_before" 'BEGIN {print a - b}')
posts=$(awk -v a="$(metric kiosque_comment_batch_size_sum)" -v b="$posts_before" 'BEGIN {print a - b}')
commit_ms=$(awk -v a="$(metric kiosque_comment_batch_commit_seconds_sum)" -v b="$commit_before" -v n="$batches" 'BEGIN {printf "%.2f", 1000 * (a - b) / n}')
wait_ms=$(awk -v a="$(metric kiosque_comment_batch_queue_wait_seconds_sum)" -v b="$wait_before" -v n="$posts" 'BEGIN {printf "%.2f", 1000 * (a - b) / n}')
rps=$(awk '/Requests\/sec/ {print $2}' "$work/post.txt")
p50=$(awk '$1 == "50%" {print $2}' "$work/post.txt")
p99=$(awk '$1 == "99%" {print $2}' "$work/post.txt")
created=$(grep -o 'created=[0-9]*' "$work/post.txt" | cut -d= -f2)
non2xx=$(grep -o 'Non-2xx or 3xx responses: [0-9]*' "$work/post.txt" | grep -o '[0-9]*$' || echo 0)
cpu_ms=$(awk -v t=$((cpu_after - cpu_before)) -v hz="$(getconf CLK_TCK)" -v n="$created" 'BEGIN {printf "%.2f", 1000 * t / hz / n}')
line="| $(date -u +%FT%RZ) | $engine | $rps | $p50 | $p99 | $created (stored +$((after - before)), commentCount $count), non-2xx ${non2xx:-0} \
| $cpu_ms ms | $(awk -v p="$posts" -v b="$batches" 'BEGIN {printf "%.1f", p / b}') | $commit_ms ms | $wait_ms ms | $load_before → $load_after |"
[ -f bench/comment-posts-latest.md ] || printf '%s\n%s\n' \
  "| When | Database | created/s | p50 | p99 | 201 answers (stored) | Kiosque CPU per 201 | posts per batch | commit | queue wait | load during the run |" \
  "|---|---|---|---|---|---|---|---|---|---|---|" > bench/comment-posts-latest.md
echo "$line" | tee -a bench/comment-posts-latest.md
