package dev.journeykit.core.build;

import java.util.ArrayList;
import java.util.List;

/** Null checks for builder arguments: the message names the element and the parameter. */
final class Args {

    private Args() {
    }

    static <T> T notNull(T value, String element, String parameter) {
        if (value == null) {
            throw new NullPointerException(element + ": " + parameter + " must not be null");
        }
        return value;
    }

    static List<String> ids(String[] values, String element, String parameter) {
        notNull(values, element, parameter);
        List<String> out = new ArrayList<>(values.length);
        for (int i = 0; i < values.length; i++) {
            out.add(notNull(values[i], element, parameter + "[" + i + "]"));
        }
        return out;
    }
}
