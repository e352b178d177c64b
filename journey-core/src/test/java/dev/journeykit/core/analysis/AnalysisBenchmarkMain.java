package dev.journeykit.core.analysis;

import dev.journeykit.core.analysis.report.Reports;
import dev.journeykit.core.build.Channels;
import dev.journeykit.core.build.JourneyMapBuilder;
import dev.journeykit.core.build.JourneyMaps;
import dev.journeykit.core.model.FeedbackKind;
import dev.journeykit.core.model.JourneyMap;
import dev.journeykit.core.model.MetricValue;
import dev.journeykit.core.model.PainSeverity;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Measures all analyzers together on a generated map of 100,000 touchpoints and 300,000
 * transitions (not a unit test; surefire does not run it). Run from the repository root after
 * {@code mvn -q -pl journey-core -am test-compile}:
 *
 * <pre>
 * mvn -q -pl journey-core dependency:build-classpath -Dmdep.outputFile=/tmp/cp.txt
 * java -Xmx2g -cp journey-core/target/classes:journey-core/target/test-classes:$(cat /tmp/cp.txt) \
 *     dev.journeykit.core.analysis.AnalysisBenchmarkMain [touchpoints] [transitions] [runs]
 * </pre>
 *
 * The map: 500 stages of 200 touchpoints on the 13 standard channels for 5 personas, with
 * feedback, metrics, pains, questions and fall-outs sprinkled in; the transitions are flows of
 * ten, mostly to the same or the next stage, some back or over stages, from a fixed seed.
 * Prints the wall time and the process CPU time of each run (build excluded) and the best; on a
 * busy machine the CPU time is the fairer figure.
 */
public final class AnalysisBenchmarkMain {

    private AnalysisBenchmarkMain() {
    }

    public static void main(String[] args) {
        int touchpoints = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int transitions = args.length > 1 ? Integer.parseInt(args[1]) : 300_000;
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 7;
        long t0 = System.nanoTime();
        JourneyMap map = generate(touchpoints, transitions, 42);
        System.out.printf(Locale.ROOT, "built map: %d steps, %d transitions in %d ms%n",
                map.steps().size(), map.transitions().size(), (System.nanoTime() - t0) / 1_000_000);
        long best = Long.MAX_VALUE;
        AnalysisReport report = null;
        long bestCpu = Long.MAX_VALUE;
        for (int run = 1; run <= runs; run++) {
            long cpu = processCpuMillis();
            long start = System.nanoTime();
            report = Analyzers.defaults().analyze(map);
            long ms = (System.nanoTime() - start) / 1_000_000;
            long cpuMs = processCpuMillis() - cpu;
            best = Math.min(best, ms);
            bestCpu = Math.min(bestCpu, cpuMs);
            System.out.printf(Locale.ROOT, "run %d: all analyzers + tables in %d ms wall, %d ms process cpu%n",
                    run, ms, cpuMs);
        }
        for (Analyzer analyzer : Analyzers.defaults().analyzers()) {
            long begin = System.nanoTime();
            int found = analyzer.analyze(map, AnalysisOptions.defaults()).size();
            System.out.printf(Locale.ROOT, "  %-30s %6d ms, %d findings%n", analyzer.getClass().getSimpleName(),
                    (System.nanoTime() - begin) / 1_000_000, found);
        }
        long start = System.nanoTime();
        int jsonLength = Reports.json(report).length();
        System.out.printf(Locale.ROOT, "json report: %d chars in %d ms%n", jsonLength,
                (System.nanoTime() - start) / 1_000_000);
        System.out.printf(Locale.ROOT, "best: %d ms wall, %d ms process cpu; %s; %s%n", best, bestCpu, report, report.pathStatistics());
    }

    /** The CPU time of this process so far (all threads, GC and JIT included), from java.base. */
    private static long processCpuMillis() {
        return ProcessHandle.current().info().totalCpuDuration().map(d -> d.toMillis()).orElse(-1L);
    }

    /** A map of {@code touchpoints} touchpoints and {@code transitions} transitions, from {@code seed}. */
    public static JourneyMap generate(int touchpoints, int transitions, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int perStage = 200;
        int stages = Math.max(1, (touchpoints + perStage - 1) / perStage);
        List<String> channels = Channels.standard().stream().map(c -> c.id()).toList();
        String[] personas = {"p0", "p1", "p2", "p3", "p4"};
        JourneyMapBuilder b = JourneyMaps.journey("Benchmark").channels(Channels.standard());
        for (String p : personas) {
            b.persona(p, "Persona " + p, x -> x.prefers(channels.get(random.nextInt(channels.size()))));
        }
        for (int s = 0; s < stages; s++) {
            int stage = s;
            int size = Math.min(perStage, touchpoints - s * perStage);
            b.stage("s" + s, "Stage " + s, sb -> {
                for (int i = 0; i < size; i++) {
                    int n = stage * perStage + i;
                    var t = sb.touchpoint("t" + n, "Touchpoint " + n)
                            .via(channels.get(random.nextInt(channels.size())))
                            .emotion(random.nextInt(5) - 2);
                    if (random.nextInt(4) == 0) {
                        t.forPersonas(personas[random.nextInt(personas.length)]);
                    }
                    if (random.nextInt(5) == 0) {
                        t.byBrand();
                    }
                    if (random.nextInt(50) == 0) {
                        t.feedback(FeedbackKind.CSAT);
                    }
                    if (random.nextInt(40) == 0) {
                        t.metric("csat", MetricValue.number(random.nextInt(50) / 10.0), MetricValue.number(4));
                    }
                    if (random.nextInt(30) == 0) {
                        t.pain("Pain " + n, PainSeverity.HIGH);
                    }
                    if (random.nextInt(60) == 0) {
                        t.question("Question " + n + "?");
                    }
                    if (random.nextInt(80) == 0) {
                        t.fallout("Leaves " + n);
                    }
                }
            });
        }
        int flowLength = 10;
        int made = 0;
        while (made < transitions) {
            int length = Math.min(flowLength, transitions - made);
            String[] chain = new String[length + 1];
            int at = random.nextInt(touchpoints);
            chain[0] = "t" + at;
            for (int i = 1; i <= length; i++) {
                int stage = at / perStage;
                int roll = random.nextInt(100);
                int next = roll < 5 ? stage - 1 - random.nextInt(3) : roll < 8 ? stage + 2 + random.nextInt(3)
                        : roll < 60 ? stage : stage + 1;
                next = Math.max(0, Math.min(stages - 1, next));
                int first = next * perStage;
                int count = Math.min(perStage, touchpoints - first);
                at = first + random.nextInt(count);
                chain[i] = "t" + at;
            }
            b.flow(chain);
            made += length;
        }
        return b.build();
    }
}
