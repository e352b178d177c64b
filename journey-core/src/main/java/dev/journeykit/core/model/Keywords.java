package dev.journeykit.core.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The words of {@link Keyworded} enums, worked out once per enum: reading a large map looks up a
 * keyword for every touchpoint, and lower-casing every constant's name for each lookup was a
 * fair part of what reading JSON allocated.
 */
final class Keywords {

    private Keywords() {
    }

    /** Each constant's name in lower case with '_' as '-', by ordinal. */
    private static final ClassValue<List<String>> WORDS = new ClassValue<>() {
        @Override
        protected List<String> computeValue(Class<?> type) {
            List<String> words = new ArrayList<>();
            for (Object constant : type.getEnumConstants()) {
                words.add(((Enum<?>) constant).name().toLowerCase(Locale.ROOT).replace('_', '-'));
            }
            return List.copyOf(words);
        }
    };

    /** Each constant's {@code keyword()}, by ordinal. */
    private static final ClassValue<List<String>> KEYWORDS = new ClassValue<>() {
        @Override
        protected List<String> computeValue(Class<?> type) {
            List<String> words = new ArrayList<>();
            for (Object constant : type.getEnumConstants()) {
                words.add(((Keyworded) constant).keyword());
            }
            return List.copyOf(words);
        }
    };

    /** Each constant by its {@code keyword()}, the first constant for a word two share. */
    private static final ClassValue<Map<String, Object>> BY_KEYWORD = new ClassValue<>() {
        @Override
        protected Map<String, Object> computeValue(Class<?> type) {
            Map<String, Object> byWord = new HashMap<>();
            for (Object constant : type.getEnumConstants()) {
                byWord.putIfAbsent(((Keyworded) constant).keyword(), constant);
            }
            return byWord;
        }
    };

    static String wordOf(Enum<?> e) {
        return WORDS.get(e.getDeclaringClass()).get(e.ordinal());
    }

    static List<String> wordsOf(Class<?> type) {
        return WORDS.get(type);
    }

    static List<String> keywords(Class<?> type) {
        return KEYWORDS.get(type);
    }

    static <E extends Enum<E> & Keyworded> E byKeyword(Class<E> type, String keyword) {
        return keyword == null ? null : type.cast(BY_KEYWORD.get(type).get(keyword));
    }
}
