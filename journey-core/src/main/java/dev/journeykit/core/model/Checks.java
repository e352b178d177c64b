package dev.journeykit.core.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** Argument checks and defensive copies shared by the model's records. */
final class Checks {

    private Checks() {
    }

    static <T> T notNull(T value, String what) {
        if (value == null) {
            throw new NullPointerException(what + " must not be null");
        }
        return value;
    }

    /** An unmodifiable copy that keeps order; names the list and the index of a null element. */
    static <T> List<T> list(List<T> values, String what) {
        notNull(values, what);
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i) == null) {
                throw new NullPointerException(what + "[" + i + "] must not be null");
            }
        }
        return List.copyOf(values);
    }

    /** An unmodifiable, insertion-ordered copy. */
    static Map<String, String> orderedMap(Map<String, String> values, String what) {
        notNull(values, what);
        Map<String, String> copy = new LinkedHashMap<>();
        values.forEach((k, v) -> {
            notNull(k, what + " key");
            copy.put(k, notNull(v, what + "['" + k + "']"));
        });
        return Collections.unmodifiableMap(copy);
    }

    static <T> Optional<T> optional(Optional<T> value, String what) {
        return notNull(value, what);
    }

    static <T> List<T> concat(List<T> a, List<T> b) {
        List<T> all = new ArrayList<>(a.size() + b.size());
        all.addAll(a);
        all.addAll(b);
        return all;
    }

    static boolean same(Object a, Object b) {
        return Objects.equals(a, b);
    }
}
