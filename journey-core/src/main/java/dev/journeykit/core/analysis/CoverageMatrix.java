package dev.journeykit.core.analysis;

import dev.journeykit.core.analysis.internal.Tables;
import dev.journeykit.core.model.JourneyMap;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How many touchpoints each stage has on each channel: overall, and for each persona (a
 * touchpoint for every persona counts for each). Rows are the stages and columns the channels,
 * both in map order; personas in map order. The matrix carries its {@link CoverageGap gaps}
 * ({@link JourneyRules#coverageGaps}), so a view of it shows the gaps the analyzers report.
 */
public record CoverageMatrix(List<String> stages, List<String> channels, List<List<Integer>> overall,
                             Map<String, List<List<Integer>>> byPersona, List<CoverageGap> gaps) {

    public CoverageMatrix {
        stages = List.copyOf(Objects.requireNonNull(stages, "stages must not be null"));
        channels = List.copyOf(Objects.requireNonNull(channels, "channels must not be null"));
        overall = copy(Objects.requireNonNull(overall, "overall must not be null"));
        Map<String, List<List<Integer>>> personas = new LinkedHashMap<>();
        Objects.requireNonNull(byPersona, "byPersona must not be null")
                .forEach((persona, counts) -> personas.put(persona, copy(counts)));
        byPersona = Collections.unmodifiableMap(personas);
        gaps = List.copyOf(Objects.requireNonNull(gaps, "gaps must not be null"));
    }

    /** The matrix of {@code map}. O(S·C·(P + 1) + V·P) for S stages, C channels, P personas, V steps. */
    public static CoverageMatrix of(JourneyMap map) {
        return Tables.coverage(Objects.requireNonNull(map, "map must not be null"));
    }

    /** The touchpoints of all personas in {@code stage} on {@code channel}; 0 for unknown ids. */
    public int count(String stage, String channel) {
        return at(overall, stage, channel);
    }

    /** The touchpoints for {@code persona} in {@code stage} on {@code channel}; 0 for unknown ids. */
    public int count(String persona, String stage, String channel) {
        List<List<Integer>> counts = byPersona.get(persona);
        return counts == null ? 0 : at(counts, stage, channel);
    }

    private int at(List<List<Integer>> counts, String stage, String channel) {
        int row = stages.indexOf(stage);
        int column = channels.indexOf(channel);
        return row < 0 || column < 0 ? 0 : counts.get(row).get(column);
    }

    private static List<List<Integer>> copy(List<List<Integer>> counts) {
        List<List<Integer>> rows = new ArrayList<>(counts.size());
        counts.forEach(row -> rows.add(List.copyOf(row)));
        return List.copyOf(rows);
    }
}
