package dev.journeykit.core.analysis;

import dev.journeykit.core.analysis.coverage.DeadEndAnalyzer;
import dev.journeykit.core.analysis.coverage.EmptyStageAnalyzer;
import dev.journeykit.core.analysis.coverage.FalloutRecoveryAnalyzer;
import dev.journeykit.core.analysis.coverage.FeedbackCoverageAnalyzer;
import dev.journeykit.core.analysis.coverage.HelpCoverageAnalyzer;
import dev.journeykit.core.analysis.coverage.MeasurementCoverageAnalyzer;
import dev.journeykit.core.analysis.coverage.PersonaGapAnalyzer;
import dev.journeykit.core.analysis.coverage.PreferredChannelAnalyzer;
import dev.journeykit.core.analysis.coverage.ProactiveCoverageAnalyzer;
import dev.journeykit.core.analysis.coverage.QuestionAnalyzer;
import dev.journeykit.core.analysis.coverage.ReachabilityAnalyzer;
import dev.journeykit.core.analysis.friction.EmotionDropAnalyzer;
import dev.journeykit.core.analysis.friction.KpiMissAnalyzer;
import dev.journeykit.core.analysis.friction.LowPointAnalyzer;
import dev.journeykit.core.analysis.friction.RepeatContactAnalyzer;
import dev.journeykit.core.analysis.friction.UnaddressedPainAnalyzer;
import dev.journeykit.core.analysis.path.EntryAnalyzer;
import dev.journeykit.core.analysis.path.LoopAnalyzer;
import dev.journeykit.core.analysis.path.NonLinearPathAnalyzer;
import dev.journeykit.core.analysis.path.StageJumpAnalyzer;
import dev.journeykit.core.analysis.saturation.ChannelSaturationAnalyzer;
import dev.journeykit.core.analysis.saturation.ProactiveSaturationAnalyzer;
import dev.journeykit.core.analysis.saturation.StageSizeAnalyzer;
import dev.journeykit.core.analysis.internal.MapFacts;
import dev.journeykit.core.analysis.internal.Tables;
import dev.journeykit.core.model.JourneyMap;
import dev.journeykit.core.model.Stage;
import dev.journeykit.core.model.Step;
import dev.journeykit.core.model.Suppression;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * A set of analyzers run together on a map into one {@link AnalysisReport}. The analyzers share
 * the work they have in common (step numbering, strongly connected components), so the whole
 * catalog runs in O(V + E + P·V + S log S) for V steps, E transitions, P personas, S stages.
 *
 * <pre>{@code
 * AnalysisReport report = Analyzers.defaults().analyze(map);
 * }</pre>
 */
public final class Analyzers {

    private static final Analyzers DEFAULTS = new Analyzers(List.of(
            new EmptyStageAnalyzer(),
            new PersonaGapAnalyzer(),
            new PreferredChannelAnalyzer(),
            new HelpCoverageAnalyzer(),
            new FeedbackCoverageAnalyzer(),
            new ProactiveCoverageAnalyzer(),
            new QuestionAnalyzer(),
            new FalloutRecoveryAnalyzer(),
            new DeadEndAnalyzer(),
            new ReachabilityAnalyzer(),
            new MeasurementCoverageAnalyzer(),
            new StageSizeAnalyzer(),
            new ProactiveSaturationAnalyzer(),
            new ChannelSaturationAnalyzer(),
            new StageJumpAnalyzer(),
            new LoopAnalyzer(),
            new EntryAnalyzer(),
            new NonLinearPathAnalyzer(),
            new EmotionDropAnalyzer(),
            new LowPointAnalyzer(),
            new UnaddressedPainAnalyzer(),
            new KpiMissAnalyzer(),
            new RepeatContactAnalyzer()));

    /** The classes of the catalog's analyzers. */
    private static final Set<Class<?>> CATALOG = catalogClasses();

    private final List<Analyzer> analyzers;

    private Analyzers(List<Analyzer> analyzers) {
        this.analyzers = analyzers;
    }

    /** Every analyzer of the catalog ({@link Rule}). */
    public static Analyzers defaults() {
        return DEFAULTS;
    }

    /** These analyzers only, in this order. */
    public static Analyzers of(List<? extends Analyzer> analyzers) {
        Objects.requireNonNull(analyzers, "analyzers must not be null");
        for (int i = 0; i < analyzers.size(); i++) {
            Objects.requireNonNull(analyzers.get(i), "analyzers[" + i + "] must not be null");
        }
        return new Analyzers(List.copyOf(analyzers));
    }

    public static Analyzers of(Analyzer... analyzers) {
        return of(List.of(Objects.requireNonNull(analyzers, "analyzers must not be null")));
    }

    /** These analyzers and {@code more} after them. */
    public Analyzers with(Analyzer... more) {
        List<Analyzer> all = new ArrayList<>(analyzers);
        all.addAll(List.of(Objects.requireNonNull(more, "analyzers must not be null")));
        return of(all);
    }

    public List<Analyzer> analyzers() {
        return analyzers;
    }

    /** Analyzes {@code map} with {@link AnalysisOptions#defaults()}. */
    public AnalysisReport analyze(JourneyMap map) {
        return analyze(map, AnalysisOptions.defaults());
    }

    /**
     * Runs every analyzer on {@code map}, applies the options' severity overrides and codes
     * switched off (to analyzers of any origin), reports the suppressions of the map that match
     * none of those findings ({@code suppression.unused}), moves the findings that a suppression
     * of the map matches to {@link AnalysisReport#suppressed()} with its reason, and sorts:
     * severity, then code, then the map's order of the subjects, then the order the analyzers
     * found them.
     */
    public AnalysisReport analyze(JourneyMap map, AnalysisOptions options) {
        Objects.requireNonNull(map, "map must not be null");
        Objects.requireNonNull(options, "options must not be null");
        AnalysisContext context = AnalysisContext.of(map, options);
        return run(context, inParallel(context));
    }

    /** As {@link #analyze(JourneyMap, AnalysisOptions)}, on every core or on this thread as told (for tests). */
    AnalysisReport analyze(JourneyMap map, AnalysisOptions options, boolean parallel) {
        return run(AnalysisContext.of(map, options), parallel);
    }

    /**
     * Runs every analyzer with the one {@code context} of this run, so they share its computations;
     * on a map of {@value #PARALLEL_STEPS} steps or more, when every analyzer is one of the
     * catalog's, on every core (their findings are gathered in the analyzers' order all the same,
     * so the report is the same either way).
     */
    private AnalysisReport run(AnalysisContext context, boolean parallel) {
        AnalysisOptions options = context.options();
        List<List<Finding>> found = parallel ? runParallel(context) : runInOrder(context);
        List<Finding> all = new ArrayList<>();
        for (int i = 0; i < found.size(); i++) {
            if (found.get(i) == null) {
                throw new IllegalStateException("analyzer " + analyzers.get(i).getClass().getName()
                        + " returned null instead of a list of findings");
            }
            applyOptions(found.get(i), options, all);
        }
        return settle(context, all, runsEveryDefault());
    }

    /** Below this many steps, analyzers run one after the other: a thread costs more than they do. */
    static final int PARALLEL_STEPS = 5_000;

    /**
     * Whether the analyzers may run at once: only the catalog's (an analyzer of your own may keep
     * state; it is never run on two threads), and only where there is more than one core and enough
     * work.
     */
    private boolean inParallel(AnalysisContext context) {
        if (context.map().steps().size() < PARALLEL_STEPS || Runtime.getRuntime().availableProcessors() < 2) {
            return false;
        }
        for (Analyzer analyzer : analyzers) {
            if (!CATALOG.contains(analyzer.getClass())) {
                return false;
            }
        }
        return true;
    }

    private static Set<Class<?>> catalogClasses() {
        Set<Class<?>> classes = new HashSet<>();
        for (Analyzer analyzer : DEFAULTS.analyzers) {
            classes.add(analyzer.getClass());
        }
        return Set.copyOf(classes);
    }

    private List<List<Finding>> runInOrder(AnalysisContext context) {
        List<List<Finding>> found = new ArrayList<>(analyzers.size());
        for (Analyzer analyzer : analyzers) {
            found.add(analyzer.analyze(context));
        }
        return found;
    }

    /**
     * The catalog's analyzers on the common fork-join pool, in the order of this set in the result.
     * They share the map (immutable) and the context's {@link MapFacts}, computed whole before they
     * start, so that no analyzer writes what another reads.
     */
    private List<List<Finding>> runParallel(AnalysisContext context) {
        MapFacts.of(context).complete();
        return java.util.stream.IntStream.range(0, analyzers.size()).parallel()
                .mapToObj(i -> analyzers.get(i).analyze(context)).toList();
    }

    /**
     * A report of findings found outside the analyzers, such as the {@code observed.*} findings of
     * an event log: the options' severity overrides and codes switched off, the map's suppressions
     * and the sort are applied as by {@link #analyze(JourneyMap, AnalysisOptions)}; no
     * {@code suppression.unused} is reported (that is the map's check).
     */
    public static AnalysisReport report(JourneyMap map, List<Finding> findings, AnalysisOptions options) {
        Objects.requireNonNull(map, "map must not be null");
        Objects.requireNonNull(options, "options must not be null");
        List<Finding> all = new ArrayList<>();
        applyOptions(Objects.requireNonNull(findings, "findings must not be null"), options, all);
        return settle(AnalysisContext.of(map, options), all, null);
    }

    /** Suppressions (and unused ones, unless {@code everyDefaultRan} is null), sorting, tables. */
    private static AnalysisReport settle(AnalysisContext context, List<Finding> all, Boolean everyDefaultRan) {
        JourneyMap map = context.map();
        AnalysisOptions options = context.options();
        SuppressionIndex suppressions = new SuppressionIndex(map.suppressions());
        List<Finding> kept = new ArrayList<>();
        List<SuppressedFinding> suppressed = new ArrayList<>();
        partition(all, suppressions, kept, suppressed);
        if (everyDefaultRan != null) {
            List<Finding> unused = new ArrayList<>();
            applyOptions(UnusedSuppressions.find(map, options, all, suppressions, everyDefaultRan), options, unused);
            partition(unused, suppressions, kept, suppressed);
        }
        MapFacts facts = MapFacts.of(context);
        Ranks rank = new Ranks(map, facts);
        sort(kept, f -> f, rank);
        sort(suppressed, SuppressedFinding::finding, rank);
        return new AnalysisReport(map.title(), map.position().map(p -> p.file()), kept, suppressed,
                () -> Tables.coverage(map), () -> Tables.stageStatistics(map), () -> Tables.pathStatistics(facts));
    }

    /**
     * The one place where the options' codes switched off and severity overrides reach findings
     * (analyzers give each finding its rule's default severity, or their own for codes outside
     * the catalog): adds to {@code out} each finding of an enabled code, with the severity the
     * options give its code.
     */
    private static void applyOptions(List<Finding> found, AnalysisOptions options, List<Finding> out) {
        for (Finding f : found) {
            if (f != null && options.isEnabled(f.code())) {
                out.add(f.withSeverity(options.severityOf(f.code(), f.severity())));
            }
        }
    }

    /** Whether this set holds an analyzer of every class of {@link #defaults()}. */
    private boolean runsEveryDefault() {
        if (this == DEFAULTS) {
            return true;
        }
        Set<Class<?>> classes = new HashSet<>();
        for (Analyzer analyzer : analyzers) {
            classes.add(analyzer.getClass());
        }
        return classes.containsAll(CATALOG);
    }

    /** Moves each finding to {@code kept}, or to {@code suppressed} with the reason of the first suppression that matches it. */
    private static void partition(List<Finding> findings, SuppressionIndex suppressions, List<Finding> kept,
                                  List<SuppressedFinding> suppressed) {
        for (Finding f : findings) {
            Suppression match = suppressions.match(f);
            if (match == null) {
                kept.add(f);
            } else {
                suppressed.add(new SuppressedFinding(f, match.reason()));
            }
        }
    }

    /**
     * The map's order of the ids a finding can name: personas, channels, stages each followed by
     * its steps; {@link Integer#MAX_VALUE} for an id the map does not have. The steps' ranks come
     * from their numbers in {@link MapFacts} (the steps in the stages' order), without a table of
     * their own.
     */
    static final class Ranks {
        private final Map<String, Integer> others = new HashMap<>();
        private final MapFacts facts;
        private final int base;

        Ranks(JourneyMap map, MapFacts facts) {
            this.facts = facts;
            map.personas().forEach(p -> others.putIfAbsent(p.id(), others.size()));
            map.channels().forEach(c -> others.putIfAbsent(c.id(), others.size()));
            base = others.size();
            int steps = 0;
            for (int s = 0; s < map.stages().size(); s++) {
                Stage stage = map.stages().get(s);
                others.putIfAbsent(stage.id(), base + s + steps);
                steps += stage.steps().size();
            }
        }

        int of(String id) {
            Integer rank = others.get(id);
            if (rank != null) {
                return rank;
            }
            int step = facts.indexOfStep(id);
            // step n of stage s follows the stages up to s and the n steps before it
            return step < 0 ? Integer.MAX_VALUE : base + facts.stageOf(step) + 1 + step;
        }
    }

    /**
     * Sorts by severity, then code, then the {@link Ranks map's order} of the subjects (ids the map
     * does not have after them, by text); ties keep the order the analyzers gave (the sort is
     * stable), which is the map's order of the metrics, questions, pains... of one element. Each
     * finding's ranks are looked up once: O(F log F).
     */
    static <T> void sort(List<T> items, Function<T, Finding> findingOf, Ranks rank) {
        // severity and code compared as one int: the codes' alphabetical order, numbered once
        Map<String, Integer> codeOrder = new HashMap<>();
        for (T item : items) {
            codeOrder.putIfAbsent(findingOf.apply(item).code(), 0);
        }
        List<String> codes = new ArrayList<>(codeOrder.keySet());
        Collections.sort(codes);
        for (int i = 0; i < codes.size(); i++) {
            codeOrder.put(codes.get(i), i);
        }
        List<Keyed<T>> keyed = new ArrayList<>(items.size());
        for (T item : items) {
            Finding f = findingOf.apply(item);
            int[] ranks = new int[f.subjects().size()];
            for (int i = 0; i < ranks.length; i++) {
                ranks[i] = rank.of(f.subjects().get(i));
            }
            int head = f.severity().ordinal() * codes.size() + codeOrder.get(f.code());
            keyed.add(new Keyed<>(item, f, head, ranks));
        }
        keyed.sort(Keyed::compareTo);
        for (int i = 0; i < keyed.size(); i++) {
            items.set(i, keyed.get(i).item);
        }
    }

    private record Keyed<T>(T item, Finding finding, int head, int[] ranks) implements Comparable<Keyed<T>> {

        @Override
        public int compareTo(Keyed<T> o) {
            int c = Integer.compare(head, o.head);
            for (int i = 0; c == 0 && i < Math.min(ranks.length, o.ranks.length); i++) {
                c = Integer.compare(ranks[i], o.ranks[i]);
                if (c == 0 && ranks[i] == Integer.MAX_VALUE) { // ids the map does not have: by text
                    c = finding.subjects().get(i).compareTo(o.finding.subjects().get(i));
                }
            }
            if (c == 0) {
                c = Integer.compare(ranks.length, o.ranks.length);
            }
            return c;
        }
    }
}
