package dev.journeykit.core.analysis;

import dev.journeykit.core.model.JourneyMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * What one analysis run hands to every analyzer, explicitly: the map, the options, and the
 * computations the analyzers share (step numbering, strongly connected components...), each made
 * once per run on first use. {@link Analyzers} makes one context per run; an analyzer called on
 * its own with a map and options gets a fresh one. Further inputs of a run (such as what was
 * observed of the journey in an event log) join the context as further components, so the
 * {@link Analyzer} interface does not change when they arrive.
 *
 * <p>{@link #shared} may be called from several threads: the catalog's analyzers run on every core
 * on large maps (your own analyzers never run on two threads).
 */
public final class AnalysisContext {

    private final JourneyMap map;
    private final AnalysisOptions options;
    private final Map<Class<?>, Object> shared = new HashMap<>();

    private AnalysisContext(JourneyMap map, AnalysisOptions options) {
        this.map = map;
        this.options = options;
    }

    /** A new context for analyzing {@code map} with {@code options}. */
    public static AnalysisContext of(JourneyMap map, AnalysisOptions options) {
        return new AnalysisContext(Objects.requireNonNull(map, "map must not be null"),
                Objects.requireNonNull(options, "options must not be null"));
    }

    public JourneyMap map() {
        return map;
    }

    public AnalysisOptions options() {
        return options;
    }

    /**
     * The run's one instance of {@code type}, computed from this context by {@code compute} on the
     * first call for that type: how analyzers share work (your own analyzers may use it too).
     */
    public synchronized <T> T shared(Class<T> type, Function<AnalysisContext, ? extends T> compute) {
        Objects.requireNonNull(type, "type must not be null");
        Object value = shared.get(type);
        if (value == null) {
            value = Objects.requireNonNull(compute.apply(this), "a shared computation returned null");
            shared.put(type, value);
        }
        return type.cast(value);
    }
}
