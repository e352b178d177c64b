package dev.journeykit.render.svg.internal;

import dev.journeykit.core.build.JourneyMapBuilder;
import dev.journeykit.core.build.JourneyMaps;
import dev.journeykit.core.model.ChannelKind;
import dev.journeykit.core.model.JourneyMap;
import dev.journeykit.core.model.MetricValue;
import dev.journeykit.core.model.PainSeverity;
import dev.journeykit.dsl.JourneyDsl;
import dev.journeykit.render.svg.SampleMaps;
import dev.journeykit.render.svg.SvgRenderer;
import dev.journeykit.render.svg.View;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Stream;
import java.util.Locale;
import java.util.Random;

/**
 * The figures of the SVG renderer, printed: render time of the MAP view at 1,000 touchpoints and
 * of the FLOW view at 5,000 touchpoints with 15,000 transitions (min and median of 9 runs after 5
 * warm-up runs, one thread), and the crossing counts of the FLOW view before and after the ordering step
 * for sample and generated maps and for every {@code .journey} file in the folder named by the first
 * argument (default {@code examples/maps}). Not a test (surefire does not run it); run it from the
 * project root with
 *
 * <pre>
 * mvn -q -pl journey-render-svg -am test-compile
 * java -cp "journey-render-svg/target/classes:journey-render-svg/target/test-classes:$(cat cp.txt)" \
 *     dev.journeykit.render.svg.internal.RenderFiguresMain
 * </pre>
 *
 * where cp.txt comes from {@code mvn -pl journey-render-svg dependency:build-classpath -Dmdep.outputFile=cp.txt}.
 */
public final class RenderFiguresMain {

    private RenderFiguresMain() {
    }

    /** A map of {@code stages} stages of {@code perStage} touchpoints with content in every lane. */
    static JourneyMap bigMap(int stages, int perStage, int transitions, long seed) {
        Random random = new Random(seed);
        JourneyMapBuilder b = JourneyMaps.journey("Generated journey " + stages + "x" + perStage)
                .objective("Measure rendering time")
                .persona("p0", "First persona", p -> p.prefers("c0", "c1"))
                .persona("p1", "Second persona", p -> p.prefers("c2"));
        for (int c = 0; c < 8; c++) {
            b.channel("c" + c, "Channel " + c, ChannelKind.values()[c % ChannelKind.values().length]);
        }
        for (int s = 0; s < stages; s++) {
            int stage = s;
            b.stage("s" + s, "Stage number " + s, st -> {
                st.goal("Goal of stage " + stage);
                for (int i = 0; i < perStage; i++) {
                    String id = "t" + stage + "-" + i;
                    var t = st.touchpoint(id, "Touchpoint " + stage + "." + i + " with a longer name to wrap")
                            .via("c" + random.nextInt(8)).emotion(random.nextInt(5) - 2)
                            .action("Does something at " + i);
                    if (i % 3 == 0) {
                        t.thought("Thinks about step " + i).pain("It hurts a little", PainSeverity.values()[i % 3]);
                    }
                    if (i % 5 == 0) {
                        t.metric("csat", MetricValue.number(4.1), MetricValue.number(4.5)).byBrand();
                    }
                    if (i % 2 == 0) {
                        t.forPersonas("p" + (i / 2 % 2));
                    }
                }
            });
        }
        for (int k = 0; k < transitions; k++) {
            int s = random.nextInt(stages);
            int r = random.nextInt(10);
            int t = r < 7 ? Math.min(stages - 1, s + 1) : r < 8 ? Math.min(stages - 1, s + 2) : r < 9 ? s
                    : Math.max(0, s - 1);
            String from = "t" + s + "-" + random.nextInt(perStage);
            String to = "t" + t + "-" + random.nextInt(perStage);
            long volume = 1 + random.nextInt(1000);
            b.flow(f -> f.steps(from, to).volume(volume));
        }
        return b.build();
    }

    /** {min, median} of 9 timed runs after 5 warm-up runs, in milliseconds. */
    static double[] millis(Runnable run) {
        for (int i = 0; i < 5; i++) {
            run.run();
        }
        double[] times = new double[9];
        for (int i = 0; i < times.length; i++) {
            long start = System.nanoTime();
            run.run();
            times[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(times);
        return new double[] {times[0], times[times.length / 2]};
    }

    public static void main(String[] args) {
        SvgRenderer renderer = SvgRenderer.create();
        JourneyMap map1000 = bigMap(10, 100, 0, 1);
        int[] size = new int[1];
        double[] mapMs = millis(() -> size[0] = renderer.render(map1000, View.MAP).length());
        System.out.printf(Locale.ROOT, "MAP  %d touchpoints: %.0f ms min, %.0f ms median, %d chars of SVG%n",
                map1000.touchpoints().size(), mapMs[0], mapMs[1], size[0]);
        JourneyMap flow5000 = bigMap(20, 250, 15_000, 2);
        double[] flowMs = millis(() -> size[0] = renderer.render(flow5000, View.FLOW).length());
        System.out.printf(Locale.ROOT, "FLOW %d touchpoints, %d transitions: %.0f ms min, %.0f ms median, %d chars of SVG%n",
                flow5000.touchpoints().size(), flow5000.transitions().size(), flowMs[0], flowMs[1], size[0]);
        double[] matrixMs = millis(() -> size[0] = renderer.render(flow5000, View.MATRIX).length());
        System.out.printf(Locale.ROOT, "MATRIX %d touchpoints: %.0f ms min, %.0f ms median%n",
                flow5000.touchpoints().size(), matrixMs[0], matrixMs[1]);

        System.out.println("FLOW crossings (map order -> after barycentre sweeps):");
        crossings("sample pillowcase", SampleMaps.pillowcase());
        crossings("sample blueprint", SampleMaps.blueprint());
        crossings("sample crossing flow", SampleMaps.crossingFlow());
        crossings("generated 5x8, 60 transitions", bigMap(5, 8, 60, 3));
        crossings("generated 10x20, 400 transitions", bigMap(10, 20, 400, 4));
        crossings("generated 20x250, 15000 transitions", flow5000);
        Path examples = Path.of(args.length > 0 ? args[0] : "examples/maps");
        if (Files.isDirectory(examples)) {
            try (Stream<Path> files = Files.list(examples)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".journey")).sorted().toList()) {
                    crossings("example " + file.getFileName(), JourneyDsl.parse(file));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static void crossings(String name, JourneyMap map) {
        long[] counts = Figures.crossings(map);
        System.out.printf(Locale.ROOT, "  %-38s %8d -> %8d%n", name, counts[0], counts[1]);
    }
}
