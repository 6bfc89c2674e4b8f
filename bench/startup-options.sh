#!/usr/bin/env bash
# What JVM options would do to start-up, none of which plain `java -jar` can carry (docs/scaling.md,
# "Start-up"): bench/startup.sh over the executable jar; its extracted layout (Spring Boot's
# `-Djarmode=tools extract`: plain jars on the JDK's class path); that layout with an application
# class-data-sharing archive (CDS, trained on a first start of the seed graph until the context is
# refreshed); CDS with the JIT's thresholds raised, serial GC and a larger first metaspace; the jar on the
# C1 compiler only (what `spring-boot:run` does); and CDS with C1 only.
#
#   bench/startup-options.sh [-n runs] [jar]        (default: 2 runs, target/lodestone-*.jar)
#   JAVA_OPTS="-Xmx1g" bench/startup-options.sh     (as for bench/startup.sh: for every variant)
set -euo pipefail
cd "$(dirname "$0")/.."

runs=2
while getopts "n:" opt; do
    case $opt in
        n) runs=$OPTARG ;;
        *) echo "usage: $0 [-n runs] [jar]" >&2; exit 2 ;;
    esac
done
shift $((OPTIND - 1))
jar=${1:-$(ls target/lodestone-*[0-9T].jar)}

work=$(mktemp -d "${TMPDIR:-/tmp}/lodestone-startup-options.XXXXXX")
trap 'rm -rf "$work"' EXIT

java -Djarmode=tools -jar "$jar" extract --destination "$work/app" >/dev/null
app="$work/app/$(basename "$jar")"
# shellcheck disable=SC2086
java ${JAVA_OPTS:-} -XX:ArchiveClassesAtExit="$work/app.jsa" -Dspring.context.exit=onRefresh -jar "$app" \
    --server.port=0 --lodestone.embedded.bolt-port=0 --lodestone.embedded.http-port=0 \
    --lodestone.embedded.data-dir="$work/training" --lodestone.import.directory="$PWD/import" >"$work/training.log" 2>&1 \
    || { echo "the CDS training run failed; see its log:" >&2; tail -20 "$work/training.log" >&2; exit 1; }
rm -rf "$work/training"

cds="-XX:SharedArchiveFile=$work/app.jsa"
lean="-XX:+UseSerialGC -XX:MetaspaceSize=256m"
bench/startup.sh -n "$runs" "$jar" "$app" "$cds $app" "$cds -XX:CompileThresholdScaling=4 $lean $app" \
    "-XX:TieredStopAtLevel=1 $jar" "$cds -XX:TieredStopAtLevel=1 $lean $app"
