#!/usr/bin/env bash
# Start-up of the service on the seed graph, as a user starts it: plain `java -jar`, then the seconds
# until the first answer (200) of a real question, once on a fresh data directory (the seed graph is
# imported) and once more on that directory (restart). With several jars the runs alternate (A B A B
# ...) so that a busy machine hurts each variant alike; medians at the end. CPU seconds are the
# process's user+system time when it first answered (steadier than wall time on a shared machine).
# A variant may put JVM options of its own before its jar, in one argument (bench/startup-options.sh).
#
#   bench/startup.sh [-n runs] [-q path] [jar ...]      (default: 5 runs, target/lodestone-*.jar)
#   bench/startup.sh "-XX:TieredStopAtLevel=1 target/lodestone-0.1.0-SNAPSHOT.jar" ...
#   JAVA_OPTS="-Xmx1g" bench/startup.sh ...            (extra JVM options for every variant; none by default)
set -euo pipefail
cd "$(dirname "$0")/.."

runs=5
question=/api/entities/country:VN
while getopts "n:q:" opt; do
    case $opt in
        n) runs=$OPTARG ;;
        q) question=$OPTARG ;;
        *) echo "usage: $0 [-n runs] [-q path] [jar ...]" >&2; exit 2 ;;
    esac
done
shift $((OPTIND - 1))
jars=("$@")
if [ ${#jars[@]} -eq 0 ]; then
    jars=(target/lodestone-*[0-9T].jar)
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/lodestone-startup.XXXXXX")
pid=
cleanup() {
    if [ -n "$pid" ]; then kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; fi
    rm -rf "$work"
}
trap cleanup EXIT

free_port() {
    python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

# Prints "wall cpu": seconds from launch to the first 200 of $question, and the process's CPU seconds then.
start_once() {
    local variant=$1 data=$2 log=$3 jar options port tick start now code
    jar=${variant##* }
    options=${variant%"$jar"}
    port=$(free_port)
    tick=$(getconf CLK_TCK)
    start=$(date +%s.%N)
    # shellcheck disable=SC2086
    java ${JAVA_OPTS:-} $options -jar "$jar" --server.port="$port" --lodestone.embedded.bolt-port=0 \
        --lodestone.embedded.http-port=0 --lodestone.embedded.data-dir="$data" \
        --lodestone.import.directory="$PWD/import" >"$log" 2>&1 &
    pid=$!
    while true; do
        if ! kill -0 "$pid" 2>/dev/null; then
            echo "service exited before answering; see $log" >&2; tail -20 "$log" >&2; exit 1
        fi
        code=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port$question" || true)
        if [ "$code" = 200 ]; then
            now=$(date +%s.%N)
            read -r -a stat <"/proc/$pid/stat"
            kill "$pid"; wait "$pid" 2>/dev/null || true; pid=
            awk -v s="$start" -v n="$now" -v u="${stat[13]}" -v k="${stat[14]}" -v t="$tick" \
                'BEGIN { printf "%.1f %.1f\n", n - s, (u + k) / t }'
            return
        fi
        sleep 0.1
    done
}

median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2) }'; }

echo "question $question, $runs runs, load average $(cut -d' ' -f1-3 /proc/loadavg), JAVA_OPTS='${JAVA_OPTS:-}'"
for ((r = 1; r <= runs; r++)); do
    for j in "${!jars[@]}"; do
        data="$work/data-$j-$r"
        first=$(start_once "${jars[$j]}" "$data" "$work/first-$j-$r.log")
        again=$(start_once "${jars[$j]}" "$data" "$work/restart-$j-$r.log")
        rm -rf "$data"
        echo "$first $again" >>"$work/results-$j"
        echo "run $r ${jars[$j]}: first start ${first% *} s (${first#* } cpu-s), restart ${again% *} s (${again#* } cpu-s)"
    done
done
for j in "${!jars[@]}"; do
    f=$(cut -d' ' -f1 "$work/results-$j" | median); fc=$(cut -d' ' -f2 "$work/results-$j" | median)
    g=$(cut -d' ' -f3 "$work/results-$j" | median); gc=$(cut -d' ' -f4 "$work/results-$j" | median)
    echo "median ${jars[$j]}: first start $f s ($fc cpu-s), restart $g s ($gc cpu-s)"
done
