package dev.journeykit.core.model;

/** An enum constant with the lower-case, hyphenated word the DSL and JSON use for it. */
public interface Keyworded {

    /** The word used in {@code .journey} text and JSON, e.g. {@code current-state}. */
    String keyword();

    /** The constant spelled {@code keyword}, or null when none is. */
    static <E extends Enum<E> & Keyworded> E byKeyword(Class<E> type, String keyword) {
        return Keywords.byKeyword(type, keyword);
    }

    /** The word for an enum constant: its name in lower case with '_' as '-'. */
    static String wordOf(Enum<?> e) {
        return Keywords.wordOf(e);
    }
}
