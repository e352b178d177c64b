package dev.journeykit.bench;

import dev.journeykit.core.analysis.Analyzers;
import dev.journeykit.core.model.JourneyMap;
import dev.journeykit.core.observe.ObservedJourney;
import dev.journeykit.events.EventLogOptions;
import dev.journeykit.events.EventLogs;
import dev.journeykit.render.svg.SvgOptions;
import dev.journeykit.render.svg.SvgRenderer;
import dev.journeykit.render.svg.View;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;

/**
 * The FLOW view of a {@link HubGenerator} map, where every flow enters one step: the worst shape
 * for the arcs of one column, the ports of one box, the findings overlay and the count labels.
 * {@link #flowWithFindings} draws it with the default analyzers' findings (a badge on nearly
 * every box, one finding naming every entry step), {@link #flowObserved} with the observations
 * of {@link HubGenerator#eventLog} (a count label on every flow). Both should grow in step with
 * the flows.
 */
public class RenderHubBenchmark extends MapBenchmark {

    @Param({"1000", "10000", "100000"})
    public int n;

    private SvgRenderer withFindings;
    private SvgRenderer observed;

    @Override
    protected int size() {
        return n;
    }

    @Override
    protected JourneyMap generate(int size) {
        return HubGenerator.generate(size);
    }

    @Override
    protected void prepare() {
        withFindings = SvgRenderer.create(SvgOptions.builder()
                .findings(Analyzers.defaults().analyze(map).findings()).build());
        observed = SvgRenderer.create(SvgOptions.builder().observed(observe()).build());
    }

    private ObservedJourney observe() {
        try {
            Path log = Files.createTempFile("hub-", ".csv");
            try {
                Files.writeString(log, HubGenerator.eventLog(n, JourneyGenerator.DEFAULT_SEED));
                return EventLogs.read(map, List.of(log), EventLogOptions.defaults()).observed();
            } finally {
                Files.delete(log);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Benchmark
    public String flowWithFindings() {
        return withFindings.render(map, View.FLOW);
    }

    @Benchmark
    public String flowObserved() {
        return observed.render(map, View.FLOW);
    }
}
