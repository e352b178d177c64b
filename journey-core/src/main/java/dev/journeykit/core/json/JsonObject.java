package dev.journeykit.core.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.journeykit.core.internal.SafeText;
import dev.journeykit.core.model.Keyworded;
import dev.journeykit.core.model.SourcePosition;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A JSON object being read from a parser, with its path for messages. The path is joined from
 * the parent's only when a message needs it: a large map has some 400,000 objects and no error.
 * The value readers take the parser from the name of a field to the last token of its value.
 */
final class JsonObject {

    /** Reads the object at a {@link JsonObject}. */
    @FunctionalInterface
    interface Read<T> {
        T read(JsonObject object) throws IOException;
    }

    final JsonParser p;
    private final JsonObject parent;
    private final String name;
    private final int index;
    private final String what;
    private final Set<String> allowed;
    private String path;

    /**
     * The object at {@code parent.name[index]} ({@code parent.name} when index is -1; the root
     * when parent is null, with {@code name} its path), whose START_OBJECT has been read.
     * {@code allowed} names its fields for messages (null: any field).
     */
    JsonObject(JsonParser p, JsonObject parent, String name, int index, String what, Set<String> allowed) {
        this.p = p;
        this.parent = parent;
        this.name = name;
        this.index = index;
        this.what = what;
        this.allowed = allowed;
        this.path = parent == null ? name : null;
    }

    /** As the constructor, checking that the parser's current token starts an object. */
    static JsonObject open(JsonParser p, JsonObject parent, String name, int index, String what, Set<String> allowed)
            throws IOException {
        JsonObject object = new JsonObject(p, parent, name, index, what, allowed);
        if (p.currentToken() != JsonToken.START_OBJECT) {
            throw new JourneyJsonException(object.path(), "expected an object (" + article(what) + "), got "
                    + describe(p));
        }
        return object;
    }

    /** {@code $.stages[1].steps[4]}: built on first use, for a message. */
    String path() {
        if (path == null) {
            String at = field(parent.path(), name);
            path = index < 0 ? at : at + "[" + index + "]";
        }
        return path;
    }

    /** The path of item {@code index} of the array {@code field}, for a message. */
    String itemPath(String field, int index) {
        return field(path(), field) + "[" + index + "]";
    }

    /** The name of the next field, the parser at it; null at the end of the object. */
    String nextField() throws IOException {
        return p.nextToken() == JsonToken.FIELD_NAME ? p.currentName() : null;
    }

    JourneyJsonException unknown(String field) {
        return new JourneyJsonException(field(path(), field), "unknown field " + quote(field)
                + " in " + article(what) + " (expected one of: " + String.join(", ", allowed) + ")");
    }

    void require(Object value, String field) {
        if (value == null) {
            throw new JourneyJsonException(field(path(), field), "missing required field of " + article(what));
        }
    }

    private JourneyJsonException wrongType(String field, String expected) throws IOException {
        return new JourneyJsonException(field(path(), field), "expected " + expected + ", got " + describe(p));
    }

    String text(String field) throws IOException {
        if (p.nextToken() != JsonToken.VALUE_STRING) {
            throw wrongType(field, "a string");
        }
        return p.getText();
    }

    /** An array of strings. */
    List<String> texts(String field) throws IOException {
        if (p.nextToken() != JsonToken.START_ARRAY) {
            throw wrongType(field, "an array");
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; p.nextToken() != JsonToken.END_ARRAY; i++) {
            if (p.currentToken() != JsonToken.VALUE_STRING) {
                throw new JourneyJsonException(itemPath(field, i), "expected a string, got " + describe(p));
            }
            out.add(p.getText());
        }
        return out;
    }

    <T> List<T> objects(String field, String itemWhat, Set<String> itemFields, Read<T> read)
            throws IOException {
        if (p.nextToken() != JsonToken.START_ARRAY) {
            throw wrongType(field, "an array");
        }
        List<T> out = new ArrayList<>();
        for (int i = 0; p.nextToken() != JsonToken.END_ARRAY; i++) {
            out.add(read.read(open(p, this, field, i, itemWhat, itemFields)));
        }
        return out;
    }

    JsonObject object(String field, String objectWhat, Set<String> fields) throws IOException {
        p.nextToken();
        return open(p, this, field, -1, objectWhat, fields);
    }

    int integer(String field) throws IOException {
        return (int) integral(field, Integer.MIN_VALUE, Integer.MAX_VALUE);
    }

    long integral(String field, long min, long max) throws IOException {
        if (p.nextToken() != JsonToken.VALUE_NUMBER_INT) {
            throw wrongType(field, "an integer");
        }
        JsonParser.NumberType type = p.getNumberType();
        if ((type != JsonParser.NumberType.INT && type != JsonParser.NumberType.LONG)
                || p.getLongValue() < min || p.getLongValue() > max) {
            throw new JourneyJsonException(field(path(), field), "integer " + integerText(p)
                    + " is out of range (" + min + ".." + max + ")");
        }
        return p.getLongValue();
    }

    double number(String field) throws IOException {
        JsonToken token = p.nextToken();
        if (token != JsonToken.VALUE_NUMBER_INT && token != JsonToken.VALUE_NUMBER_FLOAT) {
            throw wrongType(field, "a number");
        }
        double number = p.getDoubleValue();
        if (!Double.isFinite(number)) {
            throw new JourneyJsonException(field(path(), field), "number is out of the range of a double");
        }
        return number;
    }

    <E extends Enum<E> & Keyworded> E keyword(String field, Class<E> type, Function<String, E> fromKeyword)
            throws IOException {
        String word = text(field);
        E value = fromKeyword.apply(word);
        if (value == null) {
            throw unknownKeyword(field(path(), field), word, type);
        }
        return value;
    }

    <E extends Enum<E> & Keyworded> List<E> keywords(String field, Class<E> type,
                                                     Function<String, E> fromKeyword) throws IOException {
        List<String> words = texts(field);
        List<E> out = new ArrayList<>(words.size());
        for (int i = 0; i < words.size(); i++) {
            E value = fromKeyword.apply(words.get(i));
            if (value == null) {
                throw unknownKeyword(itemPath(field, i), words.get(i), type);
            }
            out.add(value);
        }
        return out;
    }

    Optional<SourcePosition> position() throws IOException {
        return Optional.of(JsonMapReader.position(object("position", "position", JsonMapReader.POSITION_FIELDS)));
    }

    /** How a message shows the value at the parser's current token. */
    static String describe(JsonParser p) throws IOException {
        return switch (p.currentToken()) {
            case VALUE_STRING -> "the string " + quote(p.getText());
            case VALUE_NUMBER_INT -> "the number " + integerText(p);
            case VALUE_NUMBER_FLOAT -> "the number " + Double.toString(p.getDoubleValue());
            case VALUE_TRUE -> "true";
            case VALUE_FALSE -> "false";
            case VALUE_NULL -> "null";
            case START_ARRAY -> "an array";
            default -> "an object";
        };
    }

    /** The integer at the parser, in plain decimal ({@code -0} as {@code 0}). */
    private static String integerText(JsonParser p) throws IOException {
        return p.getBigIntegerValue().toString();
    }

    static <E extends Enum<E> & Keyworded> JourneyJsonException unknownKeyword(String path, String word,
                                                                              Class<E> type) {
        return new JourneyJsonException(path, "unknown value " + quote(word) + " (expected one of: "
                + Arrays.stream(type.getEnumConstants()).map(Keyworded::keyword)
                        .collect(Collectors.joining(", ")) + ")");
    }

    /** {@code path.name}, or {@code path['name']} when the name is not a plain word. */
    static String field(String path, String name) {
        boolean plain = !name.isEmpty() && !Character.isDigit(name.charAt(0))
                && name.chars().allMatch(c -> c == '_' || (c >= 'a' && c <= 'z')
                        || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'));
        return plain ? path + "." + name
                : path + "['" + name.replace("\\", "\\\\").replace("'", "\\'") + "']";
    }

    static String quote(String text) {
        String shown = text.length() > 40 ? text.substring(0, 40) + "..." : text;
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < shown.length(); i++) {
            char c = shown.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                case '\r' -> out.append("\\r");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return SafeText.terminal(out.append('"').toString()); // C1, bidirectional overrides, lone surrogates
    }

    static String article(String what) {
        return ("aeiou".indexOf(what.charAt(0)) >= 0 ? "an " : "a ") + what;
    }
}
