package dev.journeykit.core.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import dev.journeykit.core.model.Channel;
import dev.journeykit.core.model.Element;
import dev.journeykit.core.model.Flow;
import dev.journeykit.core.model.JourneyValidationException;
import dev.journeykit.core.model.Persona;
import dev.journeykit.core.model.PersonaPath;
import dev.journeykit.core.model.Problem;
import dev.journeykit.core.model.Stage;
import dev.journeykit.core.model.Suppression;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The errors of {@link JsonMapReader} that are not about one value: JSON syntax errors, told in
 * the user's words rather than Jackson's (no feature or constraint names), and the problems of a
 * map that does not validate, each at the JSON path of its element.
 */
final class JsonErrors {

    /** The limits of {@code StreamReadConstraints}, by the name of the getter its message names. */
    private static final Map<String, String> LIMITS = Map.of(
            "getMaxNestingDepth", "the JSON is nested too deeply",
            "getMaxNumberLength", "a number has too many digits",
            "getMaxStringLength", "a string is too long",
            "getMaxNameLength", "a field name is too long",
            "getMaxDocumentLength", "the document is too long");
    private static final Pattern LIMIT = Pattern.compile(
            "\\((\\d+)\\) exceeds the maximum allowed \\((\\d+), from `StreamReadConstraints\\.(\\w+)\\(\\)`\\)");
    private static final Pattern NON_STANDARD = Pattern.compile("^Non-standard token '([^']*)'.*", Pattern.DOTALL);
    private static final Pattern CONTROL = Pattern.compile(
            "^Illegal unquoted character \\(\\(CTRL-CHAR, code (\\d+)\\)\\).*", Pattern.DOTALL);
    private static final Pattern BETWEEN = Pattern.compile(
            "^Illegal character \\(\\(CTRL-CHAR, code (\\d+)\\)\\): only regular white space.*", Pattern.DOTALL);
    private static final int MESSAGE_LIMIT = 20;

    private JsonErrors() {
    }

    static JourneyJsonException syntaxError(JsonProcessingException e) {
        String path = e.getProcessor() instanceof JsonParser parser ? path(parser.getParsingContext()) : "$";
        JsonLocation at = e.getLocation();
        String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
        return new JourneyJsonException(path, "not valid JSON" + where + ": " + plain(e.getOriginalMessage()), e);
    }

    /**
     * Jackson's message in a user's words: the parser's limits said as what is too large, and no
     * name of a Jackson feature or setting (a user cannot switch them on).
     */
    static String plain(String message) {
        String text = message == null ? "unreadable JSON" : message;
        Matcher limit = LIMIT.matcher(text);
        if (limit.find()) {
            String what = LIMITS.getOrDefault(limit.group(3), "the JSON is too large");
            return what + " (" + limit.group(1) + "; at most " + limit.group(2) + ")";
        }
        Matcher nonStandard = NON_STANDARD.matcher(text);
        if (nonStandard.matches()) {
            return "'" + nonStandard.group(1) + "' is not a JSON value (numbers must be finite)";
        }
        Matcher control = CONTROL.matcher(text);
        if (control.matches()) {
            return "a control character (code " + control.group(1) + ") in a string: write it escaped, "
                    + "as \\n, \\t or \\u00XX";
        }
        if (text.contains("maybe a (non-standard) comment")) {
            return "comments are not allowed in JSON";
        }
        Matcher between = BETWEEN.matcher(text);
        if (between.matches()) {
            return "a control character (code " + between.group(1) + ") between JSON values: only spaces, "
                    + "tabs and line breaks may be there";
        }
        // whatever else names a Jackson setting: the message ends before it
        int setting = indexOfAny(text, "`", "Feature", "ALLOW_", "StreamRead", " You can disable", " (consider");
        if (setting >= 0) {
            text = text.substring(0, setting).replaceAll("(?:[\\s(:;,]|\\benabl\\w*|\\bconsider)+$", "");
        }
        return text;
    }

    private static int indexOfAny(String text, String... parts) {
        int first = -1;
        for (String part : parts) {
            int at = text.indexOf(part);
            if (at >= 0 && (first < 0 || at < first)) {
                first = at;
            }
        }
        return first;
    }

    /** The JSON path of a parser's place: {@code $.stages[1].steps}. */
    static String path(JsonStreamContext context) {
        Deque<String> parts = new ArrayDeque<>();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inArray()) {
                parts.push("[" + Math.max(0, c.getCurrentIndex()) + "]");
            } else if (c.inObject() && c.getCurrentName() != null) {
                parts.push(JsonObject.field("", c.getCurrentName()));
            }
        }
        return "$" + String.join("", parts);
    }

    /**
     * A map read whole that is not valid: each problem at the JSON path of the element it is
     * about (the field when the problem names one), the exception's path that of the first.
     */
    static JourneyJsonException invalid(JourneyValidationException e, String title, List<Persona> personas,
                                        List<Channel> channels, List<Stage> stages, List<PersonaPath> paths,
                                        List<Flow> flows, List<Suppression> suppressions) {
        Map<String, String> at = new HashMap<>();
        put(at, personas, "$.personas");
        put(at, channels, "$.channels");
        for (int i = 0; i < stages.size(); i++) {
            at.put(Problem.elementOf(stages.get(i)), "$.stages[" + i + "]");
            put(at, stages.get(i).steps(), "$.stages[" + i + "].steps");
        }
        for (int i = 0; i < paths.size(); i++) {
            at.put(Problem.elementOf(paths.get(i)), "$.paths[" + i + "]");
        }
        for (int i = 0; i < flows.size(); i++) {
            at.put(Problem.elementOf(flows.get(i)), "$.flows[" + i + "]");
        }
        for (int i = 0; i < suppressions.size(); i++) {
            at.put(Problem.elementOf(suppressions.get(i)), "$.suppressions[" + i + "]");
        }
        List<Problem> problems = e.problems();
        StringBuilder message = new StringBuilder("journey '").append(title).append("' is not valid: ")
                .append(problems.size()).append(problems.size() == 1 ? " problem" : " problems");
        for (int i = 0; i < problems.size() && i < MESSAGE_LIMIT; i++) {
            message.append("\n  - ").append(path(at, problems.get(i))).append(": ").append(problems.get(i).message());
        }
        if (problems.size() > MESSAGE_LIMIT) {
            message.append("\n  ... and ").append(problems.size() - MESSAGE_LIMIT).append(" more");
        }
        return new JourneyJsonException(e, problems.isEmpty() ? "$" : path(at, problems.get(0)), message.toString());
    }

    /** Elements in a list, by how problems name them; a later element of the same name wins (a duplicate id). */
    private static void put(Map<String, String> at, List<? extends Element> elements, String list) {
        for (int i = 0; i < elements.size(); i++) {
            at.put(Problem.elementOf(elements.get(i)), list + "[" + i + "]");
        }
    }

    /** The path of a problem: its element's, and the field the problem is about when it is one field. */
    private static String path(Map<String, String> at, Problem problem) {
        if (problem.element().equals("journey")) {
            return switch (problem.kind()) {
                case EMPTY_NAME -> "$.title";
                case INVALID_SCALE -> "$.emotionScale";
                default -> "$";
            };
        }
        String element = at.getOrDefault(problem.element(), "$");
        String field = switch (problem.kind()) {
            case DUPLICATE_ID, INVALID_ID -> ".id";
            case EMPTY_NAME -> problem.element().startsWith("suppression") ? ".code" : ".name";
            case EMOTION_OUT_OF_SCALE -> ".emotion";
            case NEGATIVE_VOLUME -> ".volume";
            case SHORT_PATH -> ".steps";
            case UNKNOWN_REFERENCE -> referenceField(problem);
            default -> "";
        };
        return element + field;
    }

    private static String referenceField(Problem problem) {
        String message = problem.message();
        if (message.contains(" unknown channel ") || message.contains(" has no channel")) {
            return message.contains(" prefers ") ? ".preferredChannels" : ".channel";
        }
        if (message.contains(" refers to unknown persona ")) {
            return ".persona";
        }
        if (message.contains(" is for unknown persona ")) {
            return ".personas";
        }
        if (problem.element().startsWith("suppression")) {
            return ".on";
        }
        return message.contains(" refers to unknown step ") ? ".steps" : "";
    }
}
