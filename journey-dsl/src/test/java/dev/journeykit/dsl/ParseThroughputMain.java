package dev.journeykit.dsl;

import dev.journeykit.core.build.JourneyMapBuilder;
import dev.journeykit.core.build.JourneyMaps;
import dev.journeykit.core.model.ChannelKind;
import dev.journeykit.core.model.JourneyMap;
import dev.journeykit.core.model.MetricValue;
import dev.journeykit.core.model.PainSeverity;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Measures parse throughput and format time on a generated journey of about 10 MB (not a unit
 * test: surefire does not run {@code *Main} classes). Run it from the repository root with a fixed
 * heap and the serial collector, so that garbage collection on other cores does not blur the
 * figures:
 *
 * <pre>{@code
 * mvn -q -pl journey-dsl -am test-compile
 * mvn -q -pl journey-dsl dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -XX:+UseSerialGC -Xms2g -Xmx2g \
 *     -cp journey-dsl/target/classes:journey-dsl/target/test-classes:$(cat journey-dsl/target/cp.txt) \
 *     dev.journeykit.dsl.ParseThroughputMain 10 8
 * }</pre>
 *
 * Arguments: the size in MB (default 10) and the number of measured rounds (default 5, after
 * three warm-up rounds). Prints wall time and the thread's CPU time (the fairer figure on a busy
 * machine) for each round, and the best of each. Every round also checks that formatting the
 * parsed map gives the text back.
 */
public final class ParseThroughputMain {

    private ParseThroughputMain() {
    }

    public static void main(String[] args) {
        int megabytes = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        JourneyMap map = generate(megabytes * 1_000_000L);
        String text = JourneyDsl.format(map);
        double mb = text.getBytes(StandardCharsets.UTF_8).length / 1e6;
        System.out.printf(Locale.ROOT, "generated %.2f MB: %d stages, %d steps, %d transitions, %d lines%n",
                mb, map.stages().size(), map.steps().size(), map.transitions().size(),
                text.chars().filter(c -> c == '\n').count());
        double bestParseWall = Double.MAX_VALUE;
        double bestParseCpu = Double.MAX_VALUE;
        double bestFormatWall = Double.MAX_VALUE;
        double bestFormatCpu = Double.MAX_VALUE;
        for (int round = -3; round < rounds; round++) {
            long wall = System.nanoTime();
            long cpu = cpuNanos();
            JourneyMap parsed = JourneyDsl.parse("generated.journey", text);
            double parseWall = (System.nanoTime() - wall) / 1e9;
            double parseCpu = (cpuNanos() - cpu) / 1e9;
            wall = System.nanoTime();
            cpu = cpuNanos();
            String again = JourneyDsl.format(parsed);
            double formatWall = (System.nanoTime() - wall) / 1e9;
            double formatCpu = (cpuNanos() - cpu) / 1e9;
            if (!again.equals(text)) {
                throw new AssertionError("format(parse(text)) differs from text");
            }
            if (round >= 0) {
                System.out.printf(Locale.ROOT,
                        "round %d: parse %.3f s wall (%.1f MB/s), %.3f s cpu (%.1f MB/s); format %.3f s wall, %.3f s cpu%n",
                        round + 1, parseWall, mb / parseWall, parseCpu, mb / parseCpu, formatWall, formatCpu);
                bestParseWall = Math.min(bestParseWall, parseWall);
                bestParseCpu = Math.min(bestParseCpu, parseCpu);
                bestFormatWall = Math.min(bestFormatWall, formatWall);
                bestFormatCpu = Math.min(bestFormatCpu, formatCpu);
            }
        }
        System.out.printf(Locale.ROOT, "best: parse %.1f MB/s wall, %.1f MB/s cpu; format %.3f s wall, %.3f s cpu%n",
                mb / bestParseWall, mb / bestParseCpu, bestFormatWall, bestFormatCpu);
    }

    /**
     * The current thread's CPU time, through java.management found at run time (the module
     * under test does not read that module, and the main runs on the class path).
     */
    private static long cpuNanos() {
        try {
            Object bean = Class.forName("java.lang.management.ManagementFactory")
                    .getMethod("getThreadMXBean").invoke(null);
            return (long) Class.forName("java.lang.management.ThreadMXBean")
                    .getMethod("getCurrentThreadCpuTime").invoke(bean);
        } catch (ReflectiveOperationException e) {
            return System.nanoTime();
        }
    }

    /** A map of many stages of rich touchpoints, its text about {@code bytes} long. */
    static JourneyMap generate(long bytes) {
        int stages = (int) Math.max(1, bytes / 7_570);
        JourneyMapBuilder b = JourneyMaps.journey("Generated journey, " + stages + " stages")
                .objective("Measure the parser").timeline("1 year")
                .persona("amber", "Amber, 32", p -> p.goal("Stop hair frizz").prefers("chat", "sms"))
                .persona("ben", "Ben, 45", p -> p.description("Buys gifts").prefers("web"))
                .channel("web", "Website", ChannelKind.SELF_SERVICE)
                .channel("chat", "Live chat", ChannelKind.ASSISTED)
                .channel("sms", "Text message", ChannelKind.MESSAGING)
                .channel("phone", "Call center", ChannelKind.VOICE);
        String[] channels = {"web", "chat", "sms", "phone"};
        List<String> steps = new ArrayList<>();
        for (int s = 0; s < stages; s++) {
            int stage = s;
            b.stage("stage-" + s, "Stage " + s + ": the customer moves on", st -> {
                st.goal("Goal of stage " + stage + " with \"quotes\" and unicode: café 😀");
                for (int t = 0; t < 12; t++) {
                    String id = "s" + stage + "-step-" + t;
                    steps.add(id);
                    if (t % 6 == 5) {
                        st.moment(id, "A moment of stage " + stage).emotion(-1).thought("Is it worth it?")
                                .pain("Waiting for the delivery", PainSeverity.LOW);
                        continue;
                    }
                    st.touchpoint(id, "Touchpoint " + t + " of stage " + stage).via(channels[t % 4])
                            .emotion(t % 5 - 2)
                            .action("Reads the product page and compares prices")
                            .thought("Could this fix my frizz?")
                            .question("How long does shipping take?")
                            .pain("Shipping cost appears only at checkout", PainSeverity.HIGH)
                            .opportunity("Show shipping cost on the product page")
                            .owner("E-commerce team")
                            .metric("csat", MetricValue.number(4.2), MetricValue.number(4.5))
                            .metric("aht", MetricValue.seconds(390), MetricValue.seconds(300))
                            .metric("conversion", MetricValue.percent(2.1), MetricValue.percent(3))
                            .frontstage("Agent answers with the tracking link")
                            .backstage("Agent looks the order up in the OMS");
                }
            });
        }
        b.path("amber", "Long path", steps.subList(0, Math.min(steps.size(), 5_000)).toArray(new String[0]));
        for (int i = 0; i + 1 < steps.size(); i += 7) {
            int from = i;
            b.flow(f -> f.steps(steps.get(from), steps.get(from + 1)).volume(from));
        }
        return b.build();
    }
}
