#!/usr/bin/env bash
# Runs the JourneyKit benchmarks with short iterations and prints one table, then times Graphviz
# `dot -Tsvg` on the generated FLOW graphs next to JourneyKit's own FLOW render.
#
#   benchmarks/run.sh                 # everything (about 7 minutes on 2 quiet cores, Graphviz install included,
#                                     # and about 2 more for RenderHub, the FLOW of a map of up to 100,000 flows into one step;
#                                     # each JMH fork first touches its 4 GB heap: up to ten seconds more a fork on this machine)
#   benchmarks/run.sh Build Dsl       # only the benchmarks whose names match these JMH regexps
#
# Environment: SKIP_BUILD=1 reuses benchmarks/target/benchmarks.jar and the CLI's jar and zip; SKIP_JMH=1 reuses the last
# jmh.csv; SKIP_DOT=1 skips Graphviz; SKIP_WHOLE=1 skips the whole-process table (WholeProcess:
# java -version, the CLI and its launcher on an example map, FLOW against dot, check and
# fmt --check of the 100,000-touchpoint map; WHOLE_ROUNDS rounds, default 5);
# DOT_TIMEOUT (seconds, default 120) bounds each dot run (larger sizes are skipped after one times out); JMH_OPTS replaces the iteration options
# (by default none: each benchmark's own, MapBenchmark's 1 fork, 2 warm-up and 3 measured iterations of 1 s, the DSL parse's 15 s warm-up).
# Everything is written to benchmarks/target/results/ (jmh.csv, table.md, maps/, dot.txt).
# Besides JMH's wall-clock score the table shows the CPU time of the benchmark JVM per operation
# (CpuTimeProfiler), which stays meaningful when other work shares the machine.
set -euo pipefail
export LC_ALL=C

cd "$(dirname "$0")/.."
out=benchmarks/target/results
jar=benchmarks/target/benchmarks.jar
flow_sizes=(100 500 1000 5000)
all_sizes=(100 500 1000 5000 10000 100000)
jmh_opts=${JMH_OPTS:-}

if [[ -z "${SKIP_BUILD:-}" ]]; then
    echo "== building the benchmarks jar" >&2
    mvn -B -q -pl benchmarks,journey-cli -am package -DskipTests >&2
fi
mkdir -p "$out/maps"

echo "== generating maps (seed 42)" >&2
java -cp "$jar" dev.journeykit.bench.Generate "$out/maps" "${all_sizes[@]}" > "$out/sizes.txt"
cat "$out/sizes.txt" >&2

if [[ -z "${SKIP_JMH:-}" ]]; then
    echo "== running JMH: ${jmh_opts:-(the iterations each benchmark sets)} ${*:-(all)}" >&2
    start=$(date +%s)
    # shellcheck disable=SC2086
    java -Duser.language=en -Duser.country=US -jar "$jar" $jmh_opts \
        -prof dev.journeykit.bench.CpuTimeProfiler -rf csv -rff "$out/jmh.csv" "$@" >"$out/jmh.log" 2>&1 \
        || { tail -40 "$out/jmh.log" >&2; exit 1; }
    echo "== JMH took $(( $(date +%s) - start )) s" >&2
fi

: > "$out/dot.txt"
if [[ -z "${SKIP_DOT:-}" ]]; then
    if ! command -v dot >/dev/null 2>&1; then
        echo "== installing Graphviz (apt-get)" >&2
        apt-get update >&2 && DEBIAN_FRONTEND=noninteractive apt-get install -y graphviz >&2
    fi
    echo "== timing dot -Tsvg ($(dot -V 2>&1)) and a cold JourneyKit FLOW render, one run each" >&2
    TIMEFORMAT='%R %U %S'
    dot_limit=${DOT_TIMEOUT:-120}
    dot_over=""
    for n in "${flow_sizes[@]}"; do
        # a cold JVM: parse the .journey file, render FLOW, write the SVG
        jk=$( { time java -cp "$jar" dev.journeykit.bench.ColdRender flow "$out/maps/synthetic-$n.journey" \
                "$out/maps/flow-$n.journeykit.svg" >/dev/null; } 2>&1 | tail -1 )
        if [[ -n "$dot_over" ]]; then
            echo "$n skipped $dot_over $jk" >> "$out/dot.txt"
            continue
        fi
        dt=$( { time timeout "$dot_limit" dot -Tsvg "$out/maps/flow-$n.dot" -o "$out/maps/flow-$n.dot.svg" \
                2>"$out/maps/dot-$n.err"; } 2>&1 | tail -1 ) || true
        if [[ -s "$out/maps/flow-$n.dot.svg" ]] && grep -q '</svg>' "$out/maps/flow-$n.dot.svg"; then
            echo "$n done $dt $jk" >> "$out/dot.txt"
        else
            echo "$n timeout $dt $jk" >> "$out/dot.txt"
            dot_over=$n
        fi
        echo "   n=$n: $(tail -1 "$out/dot.txt")" >&2
    done
fi

: > "$out/whole.md"
if [[ -z "${SKIP_WHOLE:-}" ]]; then
    echo "== whole processes, each beside its anchor (${WHOLE_ROUNDS:-5} rounds)" >&2
    java -cp "$jar" dev.journeykit.bench.WholeProcess "$out/maps" journey-cli/target/journey.jar \
        "$(ls journey-cli/target/journey-*.zip | head -1)" examples/maps/satin-pillowcase.journey \
        "$out/whole" "${WHOLE_ROUNDS:-5}" > "$out/whole.md"
fi

# One table: benchmark, N, score, error, units, CPU per op (+ MB/s for parse, from the text's size).
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
    while ((getline line < dots) > 0) { k = substr(line, 1, index(line, " ") - 1); dot[k] = substr(line, index(line, " ") + 1); dots_seen++ }
}
{ sub(/\r$/, "") }   # JMH writes its CSV with CRLF line ends
NR == 1 { next }
{
    name = unq($1); sub(/^dev\.journeykit\.bench\./, "", name); sub(/Benchmark\./, ".", name)
    n = unq($8); score = unq($5); err = unq($6); unit = unq($7)
    if (name ~ /:cpu$/) { sub(/:cpu$/, "", name); cpu[name, n] = score; next }
    rows++; rname[rows] = name; rn[rows] = n; rscore[rows] = score; rerr[rows] = err; runit[rows] = unit
}
END {
    print "| benchmark | N | score | error | units | CPU ms/op | note |"
    print "|---|---:|---:|---:|---|---:|---|"
    for (r = 1; r <= rows; r++) {
        name = rname[r]; n = rn[r]; score = rscore[r]; note = ""
        if (name ~ /parse$/ && (n in bytes) && runit[r] == "ms/op" && score > 0) {
            note = sprintf("%.1f MB/s (%.1f MB/s of CPU)", bytes[n] / 1e6 / (score / 1000),
                           ((name, n) in cpu) ? bytes[n] / 1e6 / (cpu[name, n] / 1000) : 0)
        }
        if (name ~ /flow$/) { flow[n] = score; flowcpu[n] = ((name, n) in cpu) ? cpu[name, n] : "" }
        printf "| %s | %s | %s | %s | %s | %s | %s |\n", name, n, fmt(score),
               (rerr[r] == "NaN" ? "-" : fmt(rerr[r])), runit[r], (((name, n) in cpu) ? fmt(cpu[name, n]) : "-"), note
    }
    if (dots_seen > 0) {
        print ""
        print "| N (FLOW) | transitions | Graphviz dot -Tsvg: wall s (CPU s) | JourneyKit cold JVM, parse + FLOW + write: wall s (CPU s) | JourneyKit FLOW render in JMH: ms/op (CPU ms/op) |"
        print "|---:|---:|---:|---:|---:|"
        split("100 500 1000 5000", order, " ")
        for (i = 1; i <= 4; i++) {
            n = order[i]
            if (!(n in dot)) continue
            split(dot[n], d, " ")
            # d: status [dot wall user sys] jk-wall jk-user jk-sys ("skipped" has the size that timed out instead)
            if (d[1] == "skipped") { dcell = "not run (N = " d[2] " timed out)"; j = 3 }
            else { dcell = sprintf("%s%.1f (%.1f)", (d[1] == "timeout" ? "> " : ""), d[2], d[3] + d[4]); j = 5 }
            jcell = sprintf("%.1f (%.1f)", d[j], d[j + 1] + d[j + 2])
            printf "| %s | %s | %s | %s | %s |\n", n, transitions[n], dcell, jcell,
                   ((n in flow) ? fmt(flow[n]) " (" (flowcpu[n] != "" ? fmt(flowcpu[n]) : "-") ")" : "-")
        }
    }
}' "$out/jmh.csv" | tee "$out/table.md"
if [[ -s "$out/whole.md" ]]; then
    echo
    echo "Whole processes (benchmarks/target/results/whole.md):"
    echo
    cat "$out/whole.md"
fi
