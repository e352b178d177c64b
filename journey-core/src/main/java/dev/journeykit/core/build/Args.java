package dev.journeykit.core.build;

import java.util.List;

/**
 * Null checks for builder arguments: the message names the element and the parameter. The
 * message is built only when a value is null, so the overloads that name an element in parts
 * ({@code kind 'id'}) build no string for the calls that pass.
 */
final class Args {

    private Args() {
    }

    static <T> T notNull(T value, String element, String parameter) {
        if (value == null) {
            throw new NullPointerException(element + ": " + parameter + " must not be null");
        }
        return value;
    }

    /** {@code kind 'id': parameter must not be null}, built only for a null value. */
    static <T> T notNull(T value, String kind, String id, String parameter) {
        if (value == null) {
            throw new NullPointerException(kind + " '" + id + "': " + parameter + " must not be null");
        }
        return value;
    }

    /** An unmodifiable copy of the ids, the only one made; a null names its index. */
    static List<String> ids(String[] values, String element, String parameter) {
        notNull(values, element, parameter);
        checkElements(values, element, parameter);
        return List.of(values);
    }

    /** {@link #ids(String[], String, String)} for the element {@code kind 'id'}. */
    static List<String> ids(String[] values, String kind, String id, String parameter) {
        if (values == null || hasNull(values)) {
            ids(values, kind + " '" + id + "'", parameter); // throws, naming the parameter
        }
        return List.of(values);
    }

    private static void checkElements(String[] values, String element, String parameter) {
        for (int i = 0; i < values.length; i++) {
            if (values[i] == null) {
                throw new NullPointerException(element + ": " + parameter + "[" + i + "] must not be null");
            }
        }
    }

    private static boolean hasNull(Object[] values) {
        for (Object value : values) {
            if (value == null) {
                return true;
            }
        }
        return false;
    }
}
