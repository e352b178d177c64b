package dev.journeykit.core.build;

import java.util.ArrayList;
import java.util.List;

/**
 * The builders' lists, made on the first element: most steps use a few of their dozen lists, so
 * a builder holds null for each one it never fills and gives the record {@code List.of()}. Values
 * must not be null (the builders check them first): {@code List.of} rejects null.
 */
final class Lists {

    private Lists() {
    }

    /**
     * {@code list} with {@code value} added. The first element is held as {@code List.of(value)},
     * which the record keeps as it is (most lists of a step have one element); the second moves
     * the elements to a list that grows.
     */
    static <T> List<T> add(List<T> list, T value) {
        if (list == null) {
            return List.of(value);
        }
        List<T> out = list instanceof ArrayList<T> ? list : grow(list);
        out.add(value);
        return out;
    }

    private static <T> List<T> grow(List<T> list) {
        List<T> out = new ArrayList<>(list.size() + 4);
        out.addAll(list);
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
        List<T> out = list instanceof ArrayList<T> ? list : grow(list);
        out.addAll(values);
        return out;
    }

    /** The list to hand to a record: {@code List.of()} for one never filled. */
    static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
