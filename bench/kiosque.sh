# Starting and stopping Kiosque for the data-heavy benchmarks; sourced by scale.sh, search.sh and search-pg.sh.
# Uses $work (data folder and kiosque.log) and $port; $jar defaults to the packaged H2 build; $JAVA_OPTS is passed
# to the JVM (a JFR recording, say). Anything else Kiosque should see (a PostgreSQL URL) is exported by the caller.
# The EXIT trap stops Kiosque and removes $work (kept, and named, with KEEP=1).

start_kiosque() {
  KIOSQUE_DATA_DIR="$work" KIOSQUE_ADMIN_TOKEN=bench-token-c2e8a51f973b06d4e1a7f28b QUARKUS_HTTP_PORT=$port \
    java -XX:+UseSerialGC -Xmx192m ${JAVA_OPTS:-} -jar "${jar:-target/quarkus-app/quarkus-run.jar}" >> "$work/kiosque.log" 2>&1 &
  pid=$!
  until curl -sf "http://127.0.0.1:$port/q/health/ready" > /dev/null; do sleep 0.2; done
}

stop_kiosque() {
  kill "$pid"
  wait "$pid" 2>/dev/null || true
}

trap 'kill ${pid:-} 2>/dev/null || true; [ -n "${KEEP:-}" ] && echo "kept $work" || rm -rf "$work"' EXIT
