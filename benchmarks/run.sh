#!/usr/bin/env bash
# Runs the JourneyKit benchmarks with short iterations and prints one table, then times Graphviz
# `dot -Tsvg` on the generated FLOW graphs next to JourneyKit's own FLOW render.
#
#   benchmarks/run.sh                 # everything (about 10 minutes on 2 cores)
#   benchmarks/run.sh Build Dsl       # only the benchmarks whose names match these JMH regexps
#
# Environment: SKIP_BUILD=1 reuses benchmarks/target/benchmarks.jar; SKIP_DOT=1 skips Graphviz;
# DOT_TIMEOUT (seconds, default 300) bounds each dot run; JMH_OPTS replaces the iteration options.
# Everything is written to benchmarks/target/results/ (jmh.csv, table.md, maps/, dot.txt).
set -euo pipefail
export LC_ALL=C

cd "$(dirname "$0")/.."
out=benchmarks/target/results
jar=benchmarks/target/benchmarks.jar
flow_sizes=(100 1000 5000)
all_sizes=(100 1000 5000 10000 100000)
jmh_opts=${JMH_OPTS:-"-f 1 -wi 2 -i 3 -w 1s -r 1s"}

if [[ -z "${SKIP_BUILD:-}" ]]; then
    echo "== building the benchmarks jar" >&2
    mvn -B -q -pl benchmarks -am package -DskipTests >&2
fi
mkdir -p "$out/maps"

echo "== generating maps (seed 42)" >&2
java -cp "$jar" dev.journeykit.bench.Generate "$out/maps" "${all_sizes[@]}" > "$out/sizes.txt"
cat "$out/sizes.txt" >&2

echo "== running JMH: $jmh_opts ${*:-(all)}" >&2
start=$(date +%s)
# shellcheck disable=SC2086
java -Duser.language=en -Duser.country=US -jar "$jar" $jmh_opts -rf csv -rff "$out/jmh.csv" "$@" >"$out/jmh.log" 2>&1 \
    || { tail -40 "$out/jmh.log" >&2; exit 1; }
echo "== JMH took $(( $(date +%s) - start )) s" >&2

: > "$out/dot.txt"
if [[ -z "${SKIP_DOT:-}" ]]; then
    if ! command -v dot >/dev/null 2>&1; then
        echo "== installing Graphviz (apt-get)" >&2
        apt-get update >&2 && DEBIAN_FRONTEND=noninteractive apt-get install -y graphviz >&2
    fi
    echo "== timing dot -Tsvg ($(dot -V 2>&1))" >&2
    for n in "${flow_sizes[@]}"; do
        t0=$(date +%s%N)
        if timeout "${DOT_TIMEOUT:-300}" dot -Tsvg "$out/maps/flow-$n.dot" -o "$out/maps/flow-$n.dot.svg" 2>"$out/maps/dot-$n.err"; then
            echo "$n $(( ($(date +%s%N) - t0) / 1000000 ))" >> "$out/dot.txt"
        else
            echo "$n timeout" >> "$out/dot.txt"
        fi
    done
fi

# One table: benchmark, N, score, error, units (+ MB/s for parse, from the .journey size).
awk -v sizes="$out/sizes.txt" -v dots="$out/dot.txt" '
function unq(s) { gsub(/^"|"$/, "", s); return s }
function fmt(x) { return x >= 100 ? sprintf("%.0f", x) : x >= 10 ? sprintf("%.1f", x) : x >= 1 ? sprintf("%.2f", x) : sprintf("%.3f", x) }
BEGIN {
    FS = ","
    while ((getline line < sizes) > 0) {
        split(line, kv, " ")
        for (i in kv) { split(kv[i], p, "="); f[p[1]] = p[2] }
        bytes[f["n"]] = f["journey_bytes"]; transitions[f["n"]] = f["transitions"]
    }
    while ((getline line < dots) > 0) { split(line, p, " "); dot[p[1]] = p[2] }
    print "| benchmark | N | score | error | units | note |"
    print "|---|---:|---:|---:|---|---|"
}
NR == 1 { next }
{
    name = unq($1); sub(/^dev\.journeykit\.bench\./, "", name); sub(/Benchmark\./, ".", name)
    n = unq($8); score = unq($5); err = unq($6); unit = unq($7)
    note = ""
    if (name ~ /parse$/ && (n in bytes) && unit == "ms/op" && score > 0) {
        note = sprintf("%.1f MB/s", bytes[n] / 1e6 / (score / 1000))
    }
    if (name ~ /flow$/ && (n in dot)) {
        flow[n] = score
    }
    printf "| %s | %s | %s | %s | %s | %s |\n", name, n, fmt(score), (err == "NaN" ? "-" : fmt(err)), unit, note
    rows++
}
END {
    if (length(dot) > 0) {
        print ""
        print "| N (FLOW) | transitions | Graphviz dot -Tsvg, one cold run (ms) | JourneyKit FLOW render, JMH (ms/op) |"
        print "|---:|---:|---:|---:|"
        split("100 1000 5000", order, " ")
        for (i = 1; i <= 3; i++) {
            n = order[i]
            if (!(n in dot)) continue
            printf "| %s | %s | %s | %s |\n", n, transitions[n], (dot[n] == "timeout" ? "> timeout" : dot[n]), ((n in flow) ? fmt(flow[n]) : "-")
        }
    }
}' "$out/jmh.csv" | tee "$out/table.md"
