package dev.journeykit.cli.internal;

import dev.journeykit.core.internal.PrettyJson;
import com.fasterxml.jackson.core.io.JsonStringEncoder;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.journeykit.core.diff.Change;
import dev.journeykit.core.diff.MapDiff;
import dev.journeykit.core.model.JourneyMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code journey diff} output: text for the terminal, JSON, and Markdown for a pull-request comment. */
final class DiffReports {

    /** The Markdown sections, by the areas of the change kinds. */
    private static final Map<String, String> SECTIONS = new LinkedHashMap<>();

    static {
        for (String area : List.of("map", "persona", "channel", "stage", "step")) {
            SECTIONS.put(area, "Structure");
        }
        SECTIONS.put("emotion", "Emotions");
        SECTIONS.put("curve", "Emotions");
        SECTIONS.put("metric", "Metrics");
        SECTIONS.put("question", "Questions");
        SECTIONS.put("pain", "Pains");
        SECTIONS.put("persona-channel", "Channels per persona");
        SECTIONS.put("coverage", "Coverage matrix");
        SECTIONS.put("finding", "Findings");
    }

    private DiffReports() {
    }

    /** {@code --- OLD "title" (kind)}, {@code +++ NEW ...}, one line a change with its sign and kind, a count. */
    static String text(MapDiff diff, String oldName, String newName) {
        StringBuilder out = new StringBuilder();
        out.append("--- ").append(head(oldName, diff.before())).append('\n');
        out.append("+++ ").append(head(newName, diff.after())).append('\n');
        for (Change c : diff.changes()) {
            out.append(c.sign()).append(' ').append(c.kind()).append(": ")
                    .append(c.message()).append('\n');
        }
        for (Change c : diff.leftOpen()) {
            out.append("? ").append(c.kind()).append(": ").append(c.message()).append('\n');
        }
        out.append(count(diff)).append('\n');
        return out.toString();
    }

    static String json(MapDiff diff, String oldName, String newName) {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        ObjectNode root = nodes.objectNode();
        side(root.putObject("before"), oldName, diff.before());
        side(root.putObject("after"), newName, diff.after());
        ArrayNode changes = root.putArray("changes");
        for (Change c : diff.changes()) {
            ObjectNode node = changes.addObject();
            node.put("kind", c.kind());
            ArrayNode subjects = node.putArray("subjects");
            c.subjects().forEach(subjects::add);
            c.before().ifPresent(v -> node.put("before", v));
            c.after().ifPresent(v -> node.put("after", v));
            c.trend().ifPresent(v -> node.put("trend", v));
            node.put("message", c.message());
        }
        ArrayNode open = root.putArray("leftOpen");
        for (Change c : diff.leftOpen()) {
            ObjectNode node = open.addObject();
            ArrayNode subjects = node.putArray("subjects");
            c.subjects().forEach(subjects::add);
            node.put("message", c.message());
        }
        ObjectNode summary = root.putObject("summary");
        summary.put("changes", diff.changes().size());
        ObjectNode kinds = summary.putObject("kinds");
        diff.counts().forEach(kinds::put);
        return PrettyJson.write(root);
    }

    /** A heading, the two files, then a section a area with a bullet a change; text from the maps escaped. */
    static String markdown(MapDiff diff, String oldName, String newName) {
        StringBuilder out = new StringBuilder();
        out.append("## Journey diff: ").append(md(diff.after().title())).append("\n\n");
        out.append("`").append(code(oldName)).append("` (").append(diff.before().kind().keyword()).append(") → `")
                .append(code(newName)).append("` (").append(diff.after().kind().keyword()).append("): ")
                .append(count(diff)).append(".\n");
        String section = null;
        for (Change c : diff.changes()) {
            String s = SECTIONS.getOrDefault(c.area(), "Other");
            if (!s.equals(section)) {
                out.append("\n### ").append(s).append("\n\n");
                section = s;
            }
            out.append("- ").append(switch (c.sign()) {
                case '+' -> "➕";
                case '-' -> "➖";
                default -> "✏️";
            }).append(" `").append(c.kind()).append("` ").append(md(c.message())).append('\n');
        }
        if (!diff.leftOpen().isEmpty()) {
            out.append("\n### Questions left open\n\n");
            diff.leftOpen().forEach(c -> out.append("- ❔ ").append(md(c.message())).append('\n'));
        }
        return out.toString();
    }

    private static String head(String name, JourneyMap map) {
        return name + " \"" + new String(JsonStringEncoder.getInstance().quoteAsString(map.title()))
                + "\" (" + map.kind().keyword() + ")";
    }

    private static void side(ObjectNode node, String name, JourneyMap map) {
        node.put("file", name);
        node.put("map", map.title());
        node.put("kind", map.kind().keyword());
    }

    private static String count(MapDiff diff) {
        int n = diff.changes().size();
        return n == 0 ? "no changes" : n == 1 ? "1 change" : n + " changes";
    }

    /** Text that Markdown shows as written: its markup characters escaped, line breaks as spaces. */
    static String md(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\', '`', '*', '_', '[', ']', '<', '|', '~' -> out.append('\\').append(c);
                case '&' -> out.append("&amp;");
                case '\n', '\r' -> out.append(' ');
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** A file name inside a code span: backticks would end it, so they become quotes. */
    private static String code(String name) {
        return name.replace('`', '\'').replace('\n', ' ');
    }
}
