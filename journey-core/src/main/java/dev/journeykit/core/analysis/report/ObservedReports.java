package dev.journeykit.core.analysis.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.journeykit.core.analysis.AnalysisReport;
import dev.journeykit.core.analysis.Severity;
import dev.journeykit.core.analysis.internal.Findings;
import dev.journeykit.core.observe.LogCounts;
import dev.journeykit.core.observe.NonLinear;
import dev.journeykit.core.observe.Observation;
import dev.journeykit.core.observe.ObservedJourney;
import dev.journeykit.core.observe.RepeatContact;
import dev.journeykit.core.observe.StageObservation;
import dev.journeykit.core.observe.TransitionObservation;
import dev.journeykit.core.observe.Variant;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.function.Supplier;

/**
 * Renders what {@code journey observe} found: the observation of an event log and its
 * {@code observed.*} findings, as text for people and as JSON (a public contract, see
 * docs/observe.md). Shares and drop-offs have four decimals at most, times in seconds are the
 * histogram's values; every text from the map or the log is escaped by Jackson. Deterministic.
 */
public final class ObservedReports {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** How many variants the text report lists at most. */
    public static final int TEXT_VARIANTS = 10;

    private ObservedReports() {
    }

    /**
     * The JSON report: {@code file}, {@code map}, {@code log}, {@code stages}, {@code steps},
     * {@code transitions}, {@code nonLinear}, {@code repeatContacts}, {@code variants} (the top
     * {@code variants} of them in {@code list}, the rest summed in {@code others}; all when
     * {@code variants} is negative), {@code fitness}, {@code unboundEvents}, {@code personas},
     * {@code findings}, {@code suppressed}, {@code summary}, in this order, ending with {@code \n}.
     */
    public static String json(String file, ObservedJourney observed, AnalysisReport findings, int variants) {
        Objects.requireNonNull(findings, "findings must not be null");
        return json(file, observed, () -> findings, variants);
    }

    /**
     * The JSON report of {@link #json(String, ObservedJourney, AnalysisReport, int)}, the findings
     * asked of {@code findings} only when the report reaches them (they come last): they can be
     * worked out meanwhile, on another thread, while the figures of the log are laid out.
     */
    public static String json(String file, ObservedJourney observed, Supplier<AnalysisReport> findingsLater, int variants) {
        Objects.requireNonNull(observed, "observed must not be null");
        Objects.requireNonNull(findingsLater, "findings must not be null");
        ObjectNode root = NODES.objectNode();
        root.put("file", file);
        root.put("map", observed.map());
        LogCounts log = observed.log();
        ObjectNode l = root.putObject("log");
        ArrayNode files = l.putArray("files");
        log.files().forEach(files::add);
        l.put("rows", log.rows());
        l.put("events", log.events());
        l.put("unbound", log.unbound());
        l.put("skipped", log.skipped());
        l.put("customers", log.customers());
        l.put("unknownPersona", log.unknownPersona());
        l.put("personaConflicts", log.personaConflicts());
        Observation all = observed.overall();
        root.set("stages", stages(all));
        ArrayNode steps = root.putArray("steps");
        all.steps().forEach(s -> steps.addObject().put("id", s.id()).put("events", s.events()).put("customers", s.customers()));
        root.set("transitions", transitions(all));
        root.set("nonLinear", nonLinear(all.nonLinear()));
        ArrayNode repeats = root.putArray("repeatContacts");
        for (RepeatContact r : all.repeatContacts()) {
            repeats.addObject().put("stage", r.stage()).put("customers", r.customers()).put("share", share(r.share()));
        }
        root.set("variants", variants(all.variants(), all.customers(), variants));
        ObjectNode fitness = root.putObject("fitness");
        share(fitness, "overall", all.fitness());
        ObjectNode personaFitness = fitness.putObject("personas");
        observed.personas().forEach((id, o) -> share(personaFitness, id, o.fitness()));
        ArrayNode unbound = root.putArray("unboundEvents");
        observed.unboundEvents().forEach(e -> unbound.addObject().put("name", e.name()).put("count", e.count()));
        ObjectNode personas = root.putObject("personas");
        observed.personas().forEach((id, o) -> {
            ObjectNode p = personas.putObject(id);
            p.put("customers", o.customers());
            p.set("stages", stages(o));
            p.set("transitions", transitions(o));
            p.set("nonLinear", nonLinear(o.nonLinear()));
            p.set("variants", variants(o.variants(), o.customers(), variants));
        });
        AnalysisReport findings = Objects.requireNonNull(findingsLater.get(), "findings must not be null");
        ArrayNode found = root.putArray("findings");
        findings.findings().forEach(f -> found.add(JsonReports.finding(f)));
        ArrayNode suppressed = root.putArray("suppressed");
        findings.suppressed().forEach(s -> suppressed.add(JsonReports.finding(s.finding()).put("reason", s.reason())));
        ObjectNode summary = root.putObject("summary");
        summary.put("error", findings.count(Severity.ERROR));
        summary.put("warning", findings.count(Severity.WARNING));
        summary.put("info", findings.count(Severity.INFO));
        return JsonReports.write(root);
    }

    private static ArrayNode stages(Observation o) {
        ArrayNode stages = NODES.arrayNode();
        for (StageObservation s : o.stages()) {
            ObjectNode node = stages.addObject().put("id", s.id()).put("name", s.name())
                    .put("reached", s.reached()).put("furthest", s.furthest());
            share(node, "dropOff", s.dropOff());
        }
        return stages;
    }

    private static ArrayNode transitions(Observation o) {
        ArrayNode transitions = NODES.arrayNode();
        for (TransitionObservation t : o.transitions()) {
            transitions.addObject().put("from", t.from()).put("to", t.to()).put("count", t.count())
                    .put("customers", t.customers()).put("designed", t.designed())
                    .put("medianSeconds", t.medianSeconds()).put("p90Seconds", t.p90Seconds());
        }
        return transitions;
    }

    private static ObjectNode nonLinear(NonLinear n) {
        return NODES.objectNode().put("customers", n.customers()).put("share", share(n.share()))
                .put("revisitCustomers", n.revisitCustomers());
    }

    private static ObjectNode variants(List<Variant> all, long customers, int limit) {
        ObjectNode node = NODES.objectNode();
        node.put("distinct", all.size());
        int shown = limit < 0 ? all.size() : Math.min(limit, all.size());
        ArrayNode list = node.putArray("list");
        long otherCustomers = customers; // every customer took one variant
        for (int i = 0; i < shown; i++) {
            Variant v = all.get(i);
            ObjectNode item = list.addObject();
            ArrayNode steps = item.putArray("steps");
            v.steps().forEach(steps::add);
            item.put("customers", v.customers());
            otherCustomers -= v.customers();
        }
        node.putObject("others").put("variants", all.size() - shown).put("customers", otherCustomers);
        return node;
    }

    private static void share(ObjectNode node, String field, OptionalDouble value) {
        if (value.isPresent()) {
            node.put(field, share(value.getAsDouble()));
        } else {
            node.putNull(field);
        }
    }

    /** A share with at most four decimals, trailing zeros dropped: 0.2333, 0.3, 1. */
    private static BigDecimal share(double value) {
        BigDecimal d = BigDecimal.valueOf(value).setScale(4, RoundingMode.HALF_EVEN).stripTrailingZeros();
        return d.scale() < 0 ? d.setScale(0) : d;
    }

    /**
     * The text report: what was read, the stages, fitness, non-linear customers, the top
     * variants ({@value #TEXT_VARIANTS} at most, fewer when {@code variants} says so), the unbound
     * event names, then the findings as {@code journey check} prints them.
     */
    public static String text(String file, ObservedJourney observed, AnalysisReport findings, int variants) {
        StringBuilder out = new StringBuilder();
        LogCounts log = observed.log();
        out.append("journey ").append(Reports.quote(observed.map())).append(" observed in ")
                .append(String.join(", ", log.files())).append(": ")
                .append(Reports.plural((int) Math.min(Integer.MAX_VALUE, log.rows()), "row", "rows")).append(", ")
                .append(log.events()).append(" bound, ").append(log.unbound()).append(" unbound, ")
                .append(log.skipped()).append(" skipped; ")
                .append(Reports.plural((int) Math.min(Integer.MAX_VALUE, log.customers()), "customer", "customers"));
        if (log.unknownPersona() > 0 || log.personaConflicts() > 0) {
            out.append(" (").append(log.unknownPersona()).append(" with an unknown persona, ")
                    .append(log.personaConflicts()).append(" with conflicting personas)");
        }
        out.append('\n');
        Observation all = observed.overall();
        int idWidth = 5;
        for (StageObservation s : all.stages()) {
            idWidth = Math.max(idWidth, s.id().length());
        }
        out.append(String.format(Locale.ROOT, "  %-" + idWidth + "s %10s %10s %9s", "stage", "reached", "furthest",
                "drop-off")).append('\n');
        for (StageObservation s : all.stages()) {
            out.append(String.format(Locale.ROOT, "  %-" + idWidth + "s %10d %10d %9s", s.id(), s.reached(), s.furthest(),
                    s.dropOff().isPresent() ? percent(s.dropOff().getAsDouble()) : "-")).append('\n');
        }
        out.append("fitness: ").append(all.fitness().isPresent() ? percent(all.fitness().getAsDouble()) : "-")
                .append(" of the observed transitions are designed");
        observed.personas().forEach((id, o) -> out.append("; ").append(id).append(' ')
                .append(o.fitness().isPresent() ? percent(o.fitness().getAsDouble()) : "-"));
        out.append('\n');
        NonLinear n = all.nonLinear();
        out.append("non-linear: ").append(Reports.plural((int) Math.min(Integer.MAX_VALUE, n.customers()), "customer",
                "customers")).append(" (").append(percent(n.share()))
                .append(") went back a stage; ").append(n.revisitCustomers()).append(" came back to a step\n");
        int shown = Math.min(all.variants().size(), variants < 0 ? TEXT_VARIANTS : Math.min(variants, TEXT_VARIANTS));
        out.append("variants: ").append(all.variants().size()).append(" distinct")
                .append(shown > 0 ? ", the top " + shown + ":" : "").append('\n');
        for (int i = 0; i < shown; i++) {
            Variant v = all.variants().get(i);
            out.append(String.format(Locale.ROOT, "  %8d  ", v.customers())).append(String.join(" -> ", v.steps()))
                    .append('\n');
        }
        if (!observed.unboundEvents().isEmpty()) {
            out.append("unbound events:");
            int listed = 0;
            for (var e : observed.unboundEvents()) {
                if (listed++ == TEXT_VARIANTS) {
                    out.append(" and ").append(observed.unboundEvents().size() - TEXT_VARIANTS).append(" more");
                    break;
                }
                out.append(listed == 1 ? " " : ", ").append(Findings.text(e.name())).append(" (").append(e.count()).append(')');
            }
            out.append('\n');
        }
        out.append(Reports.text(findings));
        return out.toString();
    }

    /** A share as the reports write it: one decimal and a percent sign ({@code 37.5 %}). */
    public static String percent(double share) {
        return String.format(Locale.ROOT, "%.1f %%", share * 100);
    }
}
