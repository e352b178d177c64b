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

    /**
     * {@link #notNull(Object, String)} with the name in three parts, {@code before + id + after},
     * joined only when the value is null: records check every field with it and build no string
     * on the way ({@code notNull(name, "touchpoint '", id, "': name")}).
     */
    static <T> T notNull(T value, String before, String id, String after) {
        if (value == null) {
            throw new NullPointerException(before + id + after + " must not be null");
        }
        return value;
    }

    /** An unmodifiable copy that keeps order; names the list and the index of a null element. */
    static <T> List<T> list(List<T> values, String what) {
        return list(values, what, "", "");
    }

    /**
     * {@link #list(List, String)} with the name in three parts, joined only for a null. The copy
     * is the only one: {@code List.copyOf} returns a list that is already unmodifiable as is.
     */
    static <T> List<T> list(List<T> values, String before, String id, String after) {
        notNull(values, before, id, after);
        if (values.isEmpty()) {
            return List.of();
        }
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i) == null) {
                throw new NullPointerException(before + id + after + "[" + i + "] must not be null");
            }
        }
        if (values.getClass() == ArrayList.class && values.size() <= 2) {
            // A builder's short list: List.copyOf would copy it to a temporary array first.
            return values.size() == 1 ? List.of(values.get(0)) : List.of(values.get(0), values.get(1));
        }
        return List.copyOf(values);
    }

    /** An unmodifiable, insertion-ordered copy. */
    static Map<String, String> orderedMap(Map<String, String> values, String before, String id, String after) {
        String what = before + id + after; // a few per map: personas only
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

    static <T> Optional<T> optional(Optional<T> value, String before, String id, String after) {
        return notNull(value, before, id, after);
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
