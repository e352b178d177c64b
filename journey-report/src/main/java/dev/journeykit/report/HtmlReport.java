package dev.journeykit.report;

import dev.journeykit.core.analysis.AnalysisReport;
import dev.journeykit.core.analysis.Finding;
import dev.journeykit.core.analysis.Severity;
import dev.journeykit.core.model.JourneyMap;
import dev.journeykit.core.model.Keyworded;
import dev.journeykit.core.model.SourcePosition;
import dev.journeykit.core.observe.ObservedJourney;
import dev.journeykit.render.svg.Legend;
import dev.journeykit.render.svg.SvgOptions;
import dev.journeykit.render.svg.SvgRenderer;
import dev.journeykit.render.svg.Theme;
import dev.journeykit.render.svg.View;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;

/**
 * One self-contained HTML page for many maps: a summary across them, every finding in a table
 * that sorts and filters by severity and code (each linked to its element in the picture and to
 * the map's line), and per map its views inline with the findings marked, what customers did
 * when an event log was replayed through it (in tables), and its source with line numbers.
 *
 * <p>The page loads nothing: its style and its one script are inline, and its
 * Content-Security-Policy allows no network, no other script (the script is named by its hash)
 * and no inline event handler. Text from a map is escaped; its pictures are the SVG renderer's,
 * whose text is cleaned and escaped the same way. Same maps, same bytes.
 */
public final class HtmlReport {

    private static final String SCRIPT = resource("report.js");
    private static final String STYLE = resource("report.css");

    private HtmlReport() {
    }

    /**
     * One map of the report.
     *
     * @param file     the map's file as the report names it ({@code maps/shop.journey})
     * @param source   the map's text, shown with line numbers; the findings link to its lines
     * @param map      the map parsed from {@code source}
     * @param analysis its analysis (with the {@code observed.*} findings when it was made with the observation)
     * @param observed what customers did, from an event log replayed through the map; the map's
     *                 section then shows it in tables
     */
    public record Entry(String file, String source, JourneyMap map, AnalysisReport analysis,
                        Optional<ObservedJourney> observed) {
        public Entry {
            Objects.requireNonNull(file, "file must not be null");
            Objects.requireNonNull(source, "source must not be null");
            Objects.requireNonNull(map, "map must not be null");
            Objects.requireNonNull(analysis, "analysis must not be null");
            Objects.requireNonNull(observed, "observed must not be null");
        }

        /** A map without an observation. */
        public Entry(String file, String source, JourneyMap map, AnalysisReport analysis) {
            this(file, source, map, analysis, Optional.empty());
        }
    }

    /**
     * The page for {@code entries}, in their order, drawn in {@code theme}, the pictures with the
     * {@link Legend#COMPACT compact} legend of their findings; ends with {@code \n}.
     */
    public static String render(List<Entry> entries, Theme theme) {
        return render(entries, theme, Legend.COMPACT);
    }

    /**
     * The page for {@code entries}, in their order, drawn in {@code theme}, the pictures
     * explaining their findings' badges with {@code legend} (the page's table lists every finding
     * whatever it is); ends with {@code \n}.
     */
    public static String render(List<Entry> entries, Theme theme, Legend legend) {
        Objects.requireNonNull(entries, "entries must not be null");
        Objects.requireNonNull(theme, "theme must not be null");
        Objects.requireNonNull(legend, "legend must not be null");
        StringBuilder out = new StringBuilder(1 << 16);
        out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; ")
                .append("style-src 'unsafe-inline'; img-src data:; script-src '").append(sha256(SCRIPT))
                .append("'\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>JourneyKit report</title>\n<style>\n").append(STYLE).append("</style>\n</head>\n")
                .append("<body class=\"theme-").append(Keyworded.wordOf(theme)).append("\">\n");
        List<Map<View, String>> pictures = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            Map<View, String> views = new EnumMap<>(View.class);
            for (View view : views(entries.get(i))) {
                views.put(view, svg(entries.get(i), i + 1, view, theme, legend));
            }
            pictures.add(views);
        }
        summary(out, entries);
        findings(out, entries, pictures);
        for (int i = 0; i < entries.size(); i++) {
            map(out, entries.get(i), i + 1, pictures.get(i));
        }
        out.append("<script>").append(SCRIPT).append("</script>\n</body>\n</html>\n");
        return out.toString();
    }

    private static void summary(StringBuilder out, List<Entry> entries) {
        int[] totals = new int[Severity.values().length];
        int suppressed = 0;
        for (Entry e : entries) {
            for (Severity s : Severity.values()) {
                totals[s.ordinal()] += e.analysis().count(s);
            }
            suppressed += e.analysis().suppressed().size();
        }
        out.append("<header>\n<h1>JourneyKit report</h1>\n<p id=\"totals\">")
                .append(ObservedTables.count(entries.size(), "map", "maps")).append(": ")
                .append(ObservedTables.count(totals[0], "error", "errors")).append(", ")
                .append(ObservedTables.count(totals[1], "warning", "warnings")).append(", ")
                .append(totals[2]).append(" info, ").append(suppressed).append(" suppressed</p>\n</header>\n");
        out.append("<section id=\"summary\">\n<h2>Maps</h2>\n<table class=\"summary\">\n<thead><tr>")
                .append("<th scope=\"col\">Map</th><th scope=\"col\">File</th><th scope=\"col\">Errors</th>")
                .append("<th scope=\"col\">Warnings</th><th scope=\"col\">Info</th><th scope=\"col\">Suppressed</th>")
                .append("</tr></thead>\n<tbody>\n");
        for (int i = 0; i < entries.size(); i++) {
            Entry e = entries.get(i);
            out.append("<tr><td><a href=\"#m").append(i + 1).append("\">").append(Html.text(e.map().title()))
                    .append("</a></td><td>").append(Html.text(e.file())).append("</td>");
            for (Severity s : Severity.values()) {
                out.append("<td class=\"num\">").append(e.analysis().count(s)).append("</td>");
            }
            out.append("<td class=\"num\">").append(e.analysis().suppressed().size()).append("</td></tr>\n");
        }
        out.append("</tbody>\n</table>\n</section>\n");
    }

    /** A finding with what the table needs to show, sort and link it. */
    private record Row(int mapNumber, Entry entry, Finding finding, int order) {
    }

    private static void findings(StringBuilder out, List<Entry> entries, List<Map<View, String>> pictures) {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            for (Finding f : entries.get(i).analysis().findings()) {
                rows.add(new Row(i + 1, entries.get(i), f, rows.size()));
            }
        }
        TreeSet<String> codes = new TreeSet<>();
        rows.forEach(r -> codes.add(r.finding().code()));
        Map<Row, Integer> codeRank = rank(rows, Comparator.comparing((Row r) -> r.finding().code()));
        Map<Row, Integer> whereRank = rank(rows, Comparator.comparing((Row r) -> r.entry().file())
                .thenComparingInt(r -> r.finding().location().map(SourcePosition::line).orElse(0))
                .thenComparingInt(r -> r.finding().location().map(SourcePosition::column).orElse(0)));

        out.append("<section id=\"findings\">\n<h2>Findings</h2>\n<div class=\"filters\">\n")
                .append("<label>Severity <select id=\"filter-severity\"><option value=\"\">all</option>");
        for (Severity s : Severity.values()) {
            out.append("<option value=\"").append(s.keyword()).append("\">").append(s.keyword()).append("</option>");
        }
        out.append("</select></label>\n<label>Code <select id=\"filter-code\"><option value=\"\">all</option>");
        for (String code : codes) {
            out.append("<option value=\"").append(Html.attribute(code)).append("\">").append(Html.text(code))
                    .append("</option>");
        }
        out.append("</select></label>\n<output id=\"shown\">").append(rows.size()).append(" of ")
                .append(rows.size()).append(" shown</output>\n</div>\n")
                .append("<table id=\"findings-table\">\n<thead><tr>")
                .append(sortable("severity", "Severity")).append(sortable("code", "Code"))
                .append(sortable("map", "Map")).append(sortable("where", "Where"))
                .append("<th scope=\"col\">Message</th><th scope=\"col\">In the picture</th></tr></thead>\n<tbody>\n");
        for (Row r : rows) {
            Finding f = r.finding();
            String prefix = "m" + r.mapNumber();
            out.append("<tr data-severity=\"").append(f.severity().keyword())
                    .append("\" data-code=\"").append(Html.attribute(f.code()))
                    .append("\" data-sort-severity=\"").append(f.severity().ordinal())
                    .append("\" data-sort-code=\"").append(codeRank.get(r))
                    .append("\" data-sort-map=\"").append(r.mapNumber())
                    .append("\" data-sort-where=\"").append(whereRank.get(r))
                    .append("\" data-sort-order=\"").append(r.order()).append("\">")
                    .append("<td><span class=\"sev sev-").append(f.severity().keyword()).append("\">")
                    .append(f.severity().keyword()).append("</span></td><td><code>").append(Html.text(f.code()))
                    .append("</code></td><td><a href=\"#").append(prefix).append("\">")
                    .append(Html.text(r.entry().map().title())).append("</a></td><td>");
            Optional<SourcePosition> at = f.location();
            if (at.isPresent()) {
                out.append("<a href=\"#").append(prefix).append("-L").append(at.get().line()).append("\">")
                        .append(Html.text(at.get().toString())).append("</a>");
            } else {
                out.append(Html.text(r.entry().file()));
            }
            out.append("</td><td>").append(Html.text(f.message())).append("</td><td>");
            List<String> links = new ArrayList<>();
            for (String subject : f.subjects()) {
                elementAnchor(r.entry(), r.mapNumber(), subject, pictures.get(r.mapNumber() - 1)).ifPresent(id -> links.add(
                        "<a href=\"#" + id + "\">" + Html.text(subject) + "</a>"));
            }
            out.append(String.join(", ", links)).append("</td></tr>\n");
        }
        out.append("</tbody>\n</table>\n</section>\n");
    }

    private static <T> Map<T, Integer> rank(List<T> items, Comparator<T> order) {
        List<T> sorted = new ArrayList<>(items);
        sorted.sort(order);
        Map<T, Integer> ranks = new HashMap<>();
        for (int i = 0; i < sorted.size(); i++) {
            ranks.put(sorted.get(i), i);
        }
        return ranks;
    }

    private static String sortable(String key, String label) {
        return "<th scope=\"col\" aria-sort=\"none\"><button type=\"button\" data-sort=\"" + key + "\">" + label
                + "</button></th>";
    }

    /** The views a finding's element is looked for in, the first that draws it wins. */
    private static final List<View> LINK_ORDER = List.of(View.MAP, View.FLOW, View.MATRIX);

    /** The id of the element drawing {@code subject} in the first view that draws it. */
    private static Optional<String> elementAnchor(Entry entry, int mapNumber, String subject, Map<View, String> pictures) {
        for (View view : LINK_ORDER) {
            Optional<String> id = renderer(entry, mapNumber, view, Theme.LIGHT, Legend.COMPACT)
                    .elementId(entry.map(), subject);
            if (id.isPresent() && pictures.get(view).contains(" id=\"" + id.get() + "\"")) {
                return id;
            }
        }
        return Optional.empty();
    }

    /** The views of an entry: the map's own, and the funnel too when it has an observation. */
    private static List<View> views(Entry entry) {
        return entry.observed().isPresent() ? List.of(View.values()) : View.ofMap();
    }

    private static String prefix(int mapNumber, View view) {
        return "m" + mapNumber + "-" + Keyworded.wordOf(view);
    }

    private static SvgRenderer renderer(Entry entry, int mapNumber, View view, Theme theme, Legend legend) {
        SvgOptions.Builder options = SvgOptions.builder().theme(theme).idPrefix(prefix(mapNumber, view))
                .findings(entry.analysis().findings()).legend(legend);
        entry.observed().ifPresent(options::observed);
        return SvgRenderer.create(options.build());
    }

    private static String svg(Entry entry, int mapNumber, View view, Theme theme, Legend legend) {
        String svg = renderer(entry, mapNumber, view, theme, legend).render(entry.map(), view);
        return svg.startsWith("<?xml") ? svg.substring(svg.indexOf('\n') + 1) : svg;
    }

    private static void map(StringBuilder out, Entry entry, int number, Map<View, String> pictures) {
        String id = "m" + number;
        out.append("<section class=\"map\" id=\"").append(id).append("\">\n<h2>")
                .append(Html.text(entry.map().title())).append("</h2>\n<p class=\"file\">")
                .append(Html.text(entry.file())).append("</p>\n");
        for (View view : views(entry)) {
            out.append("<figure id=\"").append(prefix(number, view)).append("-view\">\n")
                    .append(pictures.get(view))
                    .append("<figcaption>").append(Keyworded.wordOf(view)).append("</figcaption>\n</figure>\n");
        }
        entry.observed().ifPresent(o -> ObservedTables.write(out, id, entry.map(), o));
        out.append("<h3>Source</h3>\n<pre class=\"source\">");
        String[] lines = entry.source().split("\r\n|\r|\n", -1);
        int count = lines.length > 1 && lines[lines.length - 1].isEmpty() ? lines.length - 1 : lines.length;
        for (int i = 0; i < count; i++) {
            out.append("<span class=\"line\" id=\"").append(id).append("-L").append(i + 1).append("\">")
                    .append("<span class=\"ln\">").append(i + 1).append("</span>")
                    .append(Html.sourceLine(lines[i])).append("</span>\n");
        }
        out.append("</pre>\n</section>\n");
    }

    private static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return "sha256-" + Base64.getEncoder().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    private static String resource(String name) {
        try (InputStream in = HtmlReport.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
