package dev.journeykit.report;

import dev.journeykit.core.analysis.report.ObservedReports;
import dev.journeykit.core.model.JourneyMap;
import dev.journeykit.core.model.Step;
import dev.journeykit.core.observe.LogCounts;
import dev.journeykit.core.observe.Observation;
import dev.journeykit.core.observe.ObservedJourney;
import dev.journeykit.core.observe.StageObservation;
import dev.journeykit.core.observe.TransitionObservation;
import dev.journeykit.core.observe.UnboundEvent;
import dev.journeykit.core.observe.Variant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The tables of a map's observation in the report: what was read, the stages (all customers and
 * each persona's), the observed transitions (designed or not, with their times), the top
 * variants and the event names bound to no step. Counts are exact and grouped ({@code 12,345});
 * shares are written as the text report writes them ({@code 37.5 %}); long tables stop at
 * {@value #MAX_ROWS} rows and say how many more there are.
 */
final class ObservedTables {

    /** The most rows a table of transitions, variants or unbound events shows. */
    static final int MAX_ROWS = 50;
    /** The most variants listed. */
    static final int MAX_VARIANTS = 10;

    private ObservedTables() {
    }

    static void write(StringBuilder out, String id, JourneyMap map, ObservedJourney observed) {
        LogCounts log = observed.log();
        Observation all = observed.overall();
        out.append("<section class=\"observed\" id=\"").append(id).append("-observed\">\n<h3>Observed</h3>\n")
                .append("<p class=\"log\">").append(count(log.customers(), "customer", "customers")).append(", ")
                .append(count(log.events(), "event", "events")).append(" bound to steps, from ")
                .append(count(log.rows(), "row", "rows")).append(" of ").append(Html.text(String.join(", ", log.files())))
                .append("; ").append(count(log.unbound(), "row", "rows")).append(" bound to no step, ")
                .append(count(log.skipped()))
                .append(" skipped. ").append(all.fitness().isPresent()
                        ? ObservedReports.percent(all.fitness().getAsDouble()) + " of the observed transitions are designed; "
                        : "")
                .append(count(all.nonLinear().customers(), "customer", "customers")).append(" (")
                .append(ObservedReports.percent(all.nonLinear().share())).append(") went back a stage.</p>\n");
        stages(out, observed);
        transitions(out, map, all);
        variants(out, map, all);
        unbound(out, observed.unboundEvents());
        out.append("</section>\n");
    }

    private static void stages(StringBuilder out, ObservedJourney observed) {
        out.append("<table class=\"observed-stages\">\n<caption>Stages: customers who reached each, and who went no further</caption>\n")
                .append("<thead><tr><th scope=\"col\">Stage</th><th scope=\"col\">Reached</th>")
                .append("<th scope=\"col\">Went no further</th><th scope=\"col\">Drop-off</th>");
        for (String persona : observed.personas().keySet()) {
            out.append("<th scope=\"col\">Reached: ").append(Html.text(persona)).append("</th>");
        }
        out.append("</tr></thead>\n<tbody>\n");
        for (StageObservation s : observed.overall().stages()) {
            out.append("<tr><th scope=\"row\">").append(Html.text(s.name())).append("</th><td class=\"num\">")
                    .append(count(s.reached())).append("</td><td class=\"num\">").append(count(s.furthest()))
                    .append("</td><td class=\"num\">")
                    .append(s.dropOff().isPresent() ? ObservedReports.percent(s.dropOff().getAsDouble()) : "-")
                    .append("</td>");
            for (Map.Entry<String, Observation> p : observed.personas().entrySet()) {
                out.append("<td class=\"num\">")
                        .append(p.getValue().stage(s.id()).map(o -> count(o.reached())).orElse("-")).append("</td>");
            }
            out.append("</tr>\n");
        }
        out.append("</tbody>\n</table>\n");
    }

    private static void transitions(StringBuilder out, JourneyMap map, Observation all) {
        List<TransitionObservation> rows = new ArrayList<>(all.transitions());
        rows.sort((a, b) -> Long.compare(b.count(), a.count())); // stable: map order among equal counts
        out.append("<table class=\"observed-transitions\">\n<caption>Transitions customers made, most often first</caption>\n")
                .append("<thead><tr><th scope=\"col\">From</th><th scope=\"col\">To</th><th scope=\"col\">Times</th>")
                .append("<th scope=\"col\">Customers</th><th scope=\"col\">In the map</th>")
                .append("<th scope=\"col\">Median time</th><th scope=\"col\">90th percentile</th></tr></thead>\n<tbody>\n");
        for (TransitionObservation t : rows.subList(0, Math.min(rows.size(), MAX_ROWS))) {
            out.append("<tr").append(t.designed() ? "" : " class=\"undesigned\"").append("><td>")
                    .append(step(map, t.from())).append("</td><td>").append(step(map, t.to()))
                    .append("</td><td class=\"num\">").append(count(t.count())).append("</td><td class=\"num\">")
                    .append(count(t.customers())).append("</td><td>").append(t.designed() ? "designed" : "not designed")
                    .append("</td><td class=\"num\">").append(duration(t.medianSeconds()))
                    .append("</td><td class=\"num\">").append(duration(t.p90Seconds())).append("</td></tr>\n");
        }
        out.append("</tbody>\n</table>\n");
        more(out, rows.size(), "transitions");
    }

    private static void variants(StringBuilder out, JourneyMap map, Observation all) {
        List<Variant> variants = all.variants();
        if (variants.isEmpty()) {
            return;
        }
        out.append("<table class=\"observed-variants\">\n<caption>The most common variants (paths customers took)</caption>\n")
                .append("<thead><tr><th scope=\"col\">Steps</th><th scope=\"col\">Customers</th>")
                .append("<th scope=\"col\">Share</th></tr></thead>\n<tbody>\n");
        for (Variant v : variants.subList(0, Math.min(variants.size(), MAX_VARIANTS))) {
            List<String> steps = new ArrayList<>(v.steps().size());
            v.steps().forEach(s -> steps.add(step(map, s)));
            out.append("<tr><td>").append(String.join(" &rarr; ", steps)).append("</td><td class=\"num\">")
                    .append(count(v.customers())).append("</td><td class=\"num\">")
                    .append(all.customers() == 0 ? "-" : ObservedReports.percent((double) v.customers() / all.customers()))
                    .append("</td></tr>\n");
        }
        out.append("</tbody>\n</table>\n");
        if (variants.size() > MAX_VARIANTS) {
            out.append("<p class=\"more\">").append(count(variants.size() - MAX_VARIANTS)).append(" more variants</p>\n");
        }
    }

    private static void unbound(StringBuilder out, List<UnboundEvent> events) {
        if (events.isEmpty()) {
            return;
        }
        out.append("<table class=\"observed-unbound\">\n<caption>Event names bound to no step</caption>\n")
                .append("<thead><tr><th scope=\"col\">Event</th><th scope=\"col\">Rows</th></tr></thead>\n<tbody>\n");
        for (UnboundEvent e : events.subList(0, Math.min(events.size(), MAX_ROWS))) {
            out.append("<tr><td><code>").append(Html.text(e.name())).append("</code></td><td class=\"num\">")
                    .append(count(e.count())).append("</td></tr>\n");
        }
        out.append("</tbody>\n</table>\n");
        more(out, events.size(), "event names");
    }

    private static void more(StringBuilder out, long size, String what) {
        if (size > MAX_ROWS) {
            out.append("<p class=\"more\">").append(count(size - MAX_ROWS)).append(" more ").append(what).append("</p>\n");
        }
    }

    /** A step's name, its id beside it in the tooltip; the id alone when the map has no such step. */
    private static String step(JourneyMap map, String id) {
        return map.step(id).map(Step::name)
                .map(name -> "<span title=\"" + Html.attribute(id) + "\">" + Html.text(name) + "</span>")
                .orElse(Html.text(id));
    }

    static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    /** {@code 1 customer}, {@code 1,234 customers}: a count and its noun as a person writes them. */
    static String count(long n, String one, String many) {
        return count(n) + " " + (n == 1 ? one : many);
    }

    /** Seconds as people read a wait: {@code 45 s}, {@code 3.5 min}, {@code 2.1 h}, {@code 4.0 d}. */
    static String duration(double seconds) {
        if (seconds < 60) {
            return String.format(Locale.ROOT, "%.0f s", seconds);
        }
        if (seconds < 3600) {
            return String.format(Locale.ROOT, "%.1f min", seconds / 60);
        }
        if (seconds < 86_400) {
            return String.format(Locale.ROOT, "%.1f h", seconds / 3600);
        }
        return String.format(Locale.ROOT, "%.1f d", seconds / 86_400);
    }
}
