#!/usr/bin/env bash
# Load test: the service on the embedded default (fat jar), a mixed read workload (bench/mixed.lua),
# two runs back to back on loopback only; records throughput, latency, errors and the service's RSS
# before and after each run, and writes them to the "Load" section of bench/RESULTS.md.
#   bench/load.sh                      # builds the jar first
#   SKIP_BUILD=1 DURATION=10s bench/load.sh
set -euo pipefail
cd "$(dirname "$0")/.."

DURATION=${DURATION:-60s}
CONNECTIONS=${CONNECTIONS:-32}
THREADS=${THREADS:-2}
OUT=target/bench
DATA=target/bench-data
mkdir -p "$OUT"

command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }
if [ -z "${SKIP_BUILD:-}" ]; then
  ./mvnw -B -q -DskipTests package
fi
JAR=$(ls target/lodestone-*.jar | grep -v '\.original$' | head -1)
# A free port for the API; Bolt and Browser take any free port, so other builds on the machine are not disturbed.
PORT=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
BASE="http://127.0.0.1:$PORT"

SERVICE_CMD=(java -Xms256m -Xmx1g -jar "$JAR" --server.address=127.0.0.1 --server.port="$PORT"
  --lodestone.embedded.bolt-port=0 --lodestone.embedded.http-port=0 --lodestone.embedded.data-dir="$DATA")
"${SERVICE_CMD[@]}" > "$OUT/service.log" 2>&1 &
PID=$!
trap 'kill "$PID" 2>/dev/null; wait "$PID" 2>/dev/null || true' EXIT

for _ in $(seq 1 180); do
  if curl -fs "$BASE/actuator/health" >/dev/null 2>&1; then break; fi
  kill -0 "$PID" 2>/dev/null || { echo "the service stopped; see $OUT/service.log" >&2; exit 1; }
  sleep 1
done
curl -fs "$BASE/actuator/health" >/dev/null || { echo "the service did not become healthy" >&2; exit 1; }

rss() { awk '/VmRSS/ {print $2}' "/proc/$PID/status"; }
# One pass over every request of the mix, so the runs measure a warm service.
for path in "/api/entities?q=vietnam" "/api/entities/country:VN" "/api/entities/firm:asml/neighbourhood?depth=1" \
            "/api/paths?from=bloc:EU&to=firm:huawei" "/api/sources?limit=20"; do
  curl -fs "$BASE$path" >/dev/null
done

WRK_CMD="wrk -t$THREADS -c$CONNECTIONS -d$DURATION --latency -s bench/mixed.lua"
declare -a ROWS
for run in 1 2; do
  before=$(rss)
  $WRK_CMD "$BASE" > "$OUT/run$run.txt"
  after=$(rss)
  summary=$(grep '^SUMMARY' "$OUT/run$run.txt")
  statuses=$(grep '^STATUS' "$OUT/run$run.txt" | cut -d' ' -f2-)
  get() { sed -n "s/.* $1=\([^ ]*\).*/\1/p" <<< "$summary"; }
  ROWS+=("| $run | $(get requests) | $(get rps) | $(get p50_ms) | $(get p99_ms) | $(get max_ms) | $(get non2xx) | $(get socket_errors) | $statuses | $((before / 1024)) | $((after / 1024)) |")
  cat "$OUT/run$run.txt"
done

SECTION=$(cat <<SECTION
## Load

Mixed read workload (\`bench/mixed.lua\`): 30 % search, 25 % entity, 20 % neighbourhood, 15 % paths
(shortest, heavy-query cap applies), 10 % sources; $CONNECTIONS connections, $THREADS wrk threads, $DURATION per run,
two runs back to back against one warm service on the embedded default, loopback only.

- date: $(date -u '+%Y-%m-%d %H:%M UTC'); commit $(git rev-parse --short HEAD)
- machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GB RAM, $(uname -sr); $(java -version 2>&1 | head -1)
- service: \`${SERVICE_CMD[*]}\`
- load: \`$WRK_CMD $BASE\` (twice)
- command: \`bench/load.sh\` (DURATION=$DURATION CONNECTIONS=$CONNECTIONS THREADS=$THREADS)

| run | requests | req/s | p50 ms | p99 ms | max ms | non-2xx | socket errors | statuses | RSS before MiB | RSS after MiB |
| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |
$(printf '%s\n' "${ROWS[@]}")
SECTION
)

# Replaces only the "## Load" section, so other sections of the file stay as they are.
python3 - "$SECTION" <<'PY'
import pathlib, re, sys
path = pathlib.Path("bench/RESULTS.md")
text = path.read_text() if path.exists() else "# Benchmark results\n"
section = sys.argv[1].rstrip() + "\n"
pattern = re.compile(r"^## Load\n.*?(?=^## |\Z)", re.S | re.M)
text = pattern.sub(lambda m: section + "\n", text, count=1) if pattern.search(text) else text.rstrip() + "\n\n" + section
path.write_text(text)
PY
echo "wrote the Load section of bench/RESULTS.md"
