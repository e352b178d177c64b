package dev.journeykit.core.build;

import java.util.ArrayList;
import java.util.List;

/**
 * The builders' lists, made on the first element: most steps use a few of their dozen lists, so
 * a builder holds null for each one it never fills and gives the record {@code List.of()}.
 */
final class Lists {

    private Lists() {
    }

    /** {@code list} with {@code value} added; a new list when {@code list} is null. */
    static <T> List<T> add(List<T> list, T value) {
        List<T> out = list == null ? new ArrayList<>(4) : list;
        out.add(value);
        return out;
    }

    /**
     * {@code list} with {@code values} added. When {@code list} is null, {@code values} itself
     * (an unmodifiable list the caller made for this purpose), which the record then keeps
     * without a copy; a second call copies it into a list that grows.
     */
    static <T> List<T> addAll(List<T> list, List<T> values) {
        if (list == null) {
            return values;
        }
        List<T> out = list instanceof ArrayList<T> ? list : new ArrayList<>(list);
        out.addAll(values);
        return out;
    }

    /** The list to hand to a record: {@code List.of()} for one never filled. */
    static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
