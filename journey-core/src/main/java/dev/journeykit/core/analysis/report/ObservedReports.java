package dev.journeykit.core.analysis.report;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.journeykit.core.analysis.AnalysisReport;
import dev.journeykit.core.analysis.Finding;
import dev.journeykit.core.analysis.SuppressedFinding;
import dev.journeykit.core.analysis.Severity;
import dev.journeykit.core.analysis.internal.Findings;
import dev.journeykit.core.internal.Percent;
import dev.journeykit.core.internal.PrettyJson;
import dev.journeykit.core.internal.Utf8JsonSink;
import dev.journeykit.core.observe.LogCounts;
import dev.journeykit.core.observe.NonLinear;
import dev.journeykit.core.observe.Observation;
import dev.journeykit.core.observe.ObservedJourney;
import dev.journeykit.core.observe.RepeatContact;
import dev.journeykit.core.observe.StageObservation;
import dev.journeykit.core.observe.StepObservation;
import dev.journeykit.core.observe.TransitionObservation;
import dev.journeykit.core.observe.Variant;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
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
        return new String(jsonBytes(file, observed, findingsLater, variants), StandardCharsets.UTF_8);
    }

    /**
     * The JSON report of {@link #json(String, ObservedJourney, Supplier, int)} as UTF-8 bytes,
     * written straight to them (the report of a large log is megabytes).
     */
    public static byte[] jsonBytes(String file, ObservedJourney observed, Supplier<AnalysisReport> findingsLater, int variants) {
        Objects.requireNonNull(observed, "observed must not be null");
        Objects.requireNonNull(findingsLater, "findings must not be null");
        // written as it goes, not built as a tree first: the transitions of a large log are tens of
        // thousands of objects, and the figures are all written before the findings are asked for
        // room at once for the transitions, most of a large report (about 200 bytes each as laid out
        // here, 224 with some room for the rest): no doubling of megabytes as the report grows
        long transitions = observed.overall().transitions().size();
        for (Observation persona : observed.personas().values()) {
            transitions += persona.transitions().size();
        }
        Utf8JsonSink out = new Utf8JsonSink((int) Math.min(1 << 28, (1 << 16) + 224 * transitions));
        try (JsonGenerator g = PrettyJson.generator(out)) {
            g.writeStartObject();
            g.writeStringField("file", file);
            g.writeStringField("map", observed.map());
            LogCounts log = observed.log();
            g.writeObjectFieldStart("log");
            g.writeArrayFieldStart("files");
            for (String f : log.files()) {
                g.writeString(f);
            }
            g.writeEndArray();
            g.writeNumberField("rows", log.rows());
            g.writeNumberField("events", log.events());
            g.writeNumberField("unbound", log.unbound());
            g.writeNumberField("skipped", log.skipped());
            g.writeNumberField("customers", log.customers());
            g.writeNumberField("unknownPersona", log.unknownPersona());
            g.writeNumberField("personaConflicts", log.personaConflicts());
            g.writeEndObject();
            Observation all = observed.overall();
            g.writeFieldName("stages");
            stages(g, all);
            g.writeArrayFieldStart("steps");
            for (StepObservation s : all.steps()) {
                g.writeStartObject();
                g.writeStringField("id", s.id());
                g.writeNumberField("events", s.events());
                g.writeNumberField("customers", s.customers());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeFieldName("transitions");
            transitions(g, all);
            g.writeFieldName("nonLinear");
            nonLinear(g, all.nonLinear());
            g.writeArrayFieldStart("repeatContacts");
            for (RepeatContact r : all.repeatContacts()) {
                g.writeStartObject();
                g.writeStringField("stage", r.stage());
                g.writeNumberField("customers", r.customers());
                g.writeNumberField("share", share(r.share()));
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeFieldName("variants");
            variants(g, all.variants(), all.customers(), variants);
            g.writeObjectFieldStart("fitness");
            share(g, "overall", all.fitness());
            g.writeObjectFieldStart("personas");
            for (var persona : observed.personas().entrySet()) {
                share(g, persona.getKey(), persona.getValue().fitness());
            }
            g.writeEndObject();
            g.writeEndObject();
            g.writeArrayFieldStart("unboundEvents");
            for (var e : observed.unboundEvents()) {
                g.writeStartObject();
                g.writeStringField("name", e.name());
                g.writeNumberField("count", e.count());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeObjectFieldStart("personas");
            for (var persona : observed.personas().entrySet()) {
                Observation o = persona.getValue();
                g.writeObjectFieldStart(persona.getKey());
                g.writeNumberField("customers", o.customers());
                g.writeFieldName("stages");
                stages(g, o);
                g.writeFieldName("transitions");
                transitions(g, o);
                g.writeFieldName("nonLinear");
                nonLinear(g, o.nonLinear());
                g.writeFieldName("variants");
                variants(g, o.variants(), o.customers(), variants);
                g.writeEndObject();
            }
            g.writeEndObject();
            AnalysisReport findings = Objects.requireNonNull(findingsLater.get(), "findings must not be null");
            g.writeArrayFieldStart("findings");
            for (Finding f : findings.findings()) {
                PrettyJson.writeTree(g, JsonReports.finding(f));
            }
            g.writeEndArray();
            g.writeArrayFieldStart("suppressed");
            for (SuppressedFinding s : findings.suppressed()) {
                PrettyJson.writeTree(g, JsonReports.finding(s.finding()).put("reason", s.reason()));
            }
            g.writeEndArray();
            g.writeObjectFieldStart("summary");
            g.writeNumberField("error", findings.count(Severity.ERROR));
            g.writeNumberField("warning", findings.count(Severity.WARNING));
            g.writeNumberField("info", findings.count(Severity.INFO));
            g.writeEndObject();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("the observe report could not be written", e);
        }
        return out.finish();
    }

    private static void stages(JsonGenerator g, Observation o) throws IOException {
        g.writeStartArray();
        for (StageObservation s : o.stages()) {
            g.writeStartObject();
            g.writeStringField("id", s.id());
            g.writeStringField("name", s.name());
            g.writeNumberField("reached", s.reached());
            g.writeNumberField("furthest", s.furthest());
            share(g, "dropOff", s.dropOff());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void transitions(JsonGenerator g, Observation o) throws IOException {
        g.writeStartArray();
        for (TransitionObservation t : o.transitions()) {
            g.writeStartObject();
            g.writeStringField("from", t.from());
            g.writeStringField("to", t.to());
            g.writeNumberField("count", t.count());
            g.writeNumberField("customers", t.customers());
            g.writeBooleanField("designed", t.designed());
            g.writeNumberField("medianSeconds", t.medianSeconds());
            g.writeNumberField("p90Seconds", t.p90Seconds());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void nonLinear(JsonGenerator g, NonLinear n) throws IOException {
        g.writeStartObject();
        g.writeNumberField("customers", n.customers());
        g.writeNumberField("share", share(n.share()));
        g.writeNumberField("revisitCustomers", n.revisitCustomers());
        g.writeEndObject();
    }

    private static void variants(JsonGenerator g, List<Variant> all, long customers, int limit) throws IOException {
        g.writeStartObject();
        g.writeNumberField("distinct", all.size());
        int shown = limit < 0 ? all.size() : Math.min(limit, all.size());
        g.writeArrayFieldStart("list");
        long otherCustomers = customers; // every customer took one variant
        for (int i = 0; i < shown; i++) {
            Variant v = all.get(i);
            g.writeStartObject();
            g.writeArrayFieldStart("steps");
            for (String step : v.steps()) {
                g.writeString(step);
            }
            g.writeEndArray();
            g.writeNumberField("customers", v.customers());
            g.writeEndObject();
            otherCustomers -= v.customers();
        }
        g.writeEndArray();
        g.writeObjectFieldStart("others");
        g.writeNumberField("variants", all.size() - shown);
        g.writeNumberField("customers", otherCustomers);
        g.writeEndObject();
        g.writeEndObject();
    }

    private static void share(JsonGenerator g, String field, OptionalDouble value) throws IOException {
        if (value.isPresent()) {
            g.writeNumberField(field, share(value.getAsDouble()));
        } else {
            g.writeNullField(field);
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
        return Percent.of(share);
    }
}
