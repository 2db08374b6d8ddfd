#!/usr/bin/env bash
# PostgreSQL deployment: two instances on one database; an edit made through A, how soon B serves it (bench/Propagation.java).
#   PG_DB=kiosque_mine bash bench/propagation.sh     # EDITS=1000 by default; (re)creates the database with .ci/postgres-start
set -euo pipefail
cd "$(dirname "$0")/.."
db=${PG_DB:?name a database of your own: PG_DB=...}
.ci/postgres-start "$db" > /dev/null
[ -f target/pg-app/quarkus-run.jar ] || ./mvnw -B -q package -DskipTests -Dquarkus.profile=pg -Dquarkus.package.output-directory="$PWD/target/pg-app"
work=$(mktemp -d)
pids=()
trap 'for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null || true; rm -rf "$work"' EXIT
a=$((20000 + RANDOM % 20000)); b=$((a + 1)) # other benchmarks may hold the usual ports
for port in $a $b; do
  QUARKUS_PROFILE=pg QUARKUS_HTTP_PORT=$port KIOSQUE_ADMIN_TOKEN=bench-token-c2e8a51f973b06d4e1a7f28b \
  QUARKUS_DATASOURCE_JDBC_URL=jdbc:postgresql://127.0.0.1:5432/$db QUARKUS_DATASOURCE_USERNAME=kiosque QUARKUS_DATASOURCE_PASSWORD=kiosque \
    java -XX:+UseSerialGC -Xmx128m -jar target/pg-app/quarkus-run.jar > "$work/kiosque-$port.log" 2>&1 &
  pids+=($!)
done
for port in $a $b; do until curl -sf "http://127.0.0.1:$port/q/health/ready" > /dev/null; do sleep 0.2; done; done
echo "load before: $(uptime | sed 's/.*load average/load average/')"
java bench/Propagation.java http://127.0.0.1:$a http://127.0.0.1:$b bench-token-c2e8a51f973b06d4e1a7f28b \
  russie-coree-du-nord-poutine-salue-une-amitie-invincible "${EDITS:-1000}"
echo "load after: $(uptime | sed 's/.*load average/load average/')"
