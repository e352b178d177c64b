package dev.journeykit.core.model;

import java.util.List;

/** An enum constant with the lower-case, hyphenated word the DSL and JSON use for it. */
public interface Keyworded {

    /** The word used in {@code .journey} text and JSON, e.g. {@code current-state}. */
    String keyword();

    /** The constant spelled {@code keyword}, or null when none is. */
    static <E extends Enum<E> & Keyworded> E byKeyword(Class<E> type, String keyword) {
        return Keywords.byKeyword(type, keyword);
    }

    /** The keywords of {@code type}'s constants, in declaration order. */
    static <E extends Enum<E> & Keyworded> List<String> keywords(Class<E> type) {
        return Keywords.keywords(type);
    }

    /**
     * The word for an enum constant: its name in lower case with '_' as '-'. The one spelling of
     * enum constants as words, for any enum (also the CLI's option values and SVG class names).
     */
    static String wordOf(Enum<?> e) {
        return Keywords.wordOf(e);
    }

    /** The words ({@link #wordOf}) of {@code type}'s constants, in declaration order. */
    static List<String> wordsOf(Class<? extends Enum<?>> type) {
        return Keywords.wordsOf(type);
    }

    /** The constant of {@code type} whose {@link #wordOf word} is {@code word}, or null when none is. */
    static <E extends Enum<E>> E byWord(Class<E> type, String word) {
        int i = wordsOf(type).indexOf(word);
        return i < 0 ? null : type.getEnumConstants()[i];
    }
}
