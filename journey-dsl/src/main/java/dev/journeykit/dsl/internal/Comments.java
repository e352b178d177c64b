package dev.journeykit.dsl.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The comments of a text by the key of the statement they belong to: lines before it, and one after it. */
final class Comments {

    /** No comments: what {@code format(map)} prints with. */
    static final Comments NONE = new Comments();

    private final Map<String, List<String>> leading = new HashMap<>();
    private final Map<String, String> trailing = new HashMap<>();

    void addLeading(String key, String text) {
        leading.computeIfAbsent(key, k -> new ArrayList<>()).add(text);
    }

    void addTrailing(String key, String text) {
        if (trailing.putIfAbsent(key, text) != null) {
            addLeading(key, text);
        }
    }

    List<String> leading(String key) {
        return leading.isEmpty() ? List.of() : leading.getOrDefault(key, List.of());
    }

    String trailing(String key) {
        return trailing.isEmpty() ? null : trailing.get(key);
    }

    boolean has(String key) {
        return !isEmpty() && (leading.containsKey(key) || trailing.containsKey(key));
    }

    boolean isEmpty() {
        return leading.isEmpty() && trailing.isEmpty();
    }
}
