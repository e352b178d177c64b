package dev.journeykit.core.model;

import java.util.HashMap;
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
    private static final ClassValue<String[]> WORDS = new ClassValue<>() {
        @Override
        protected String[] computeValue(Class<?> type) {
            Object[] constants = type.getEnumConstants();
            String[] words = new String[constants.length];
            for (int i = 0; i < constants.length; i++) {
                words[i] = ((Enum<?>) constants[i]).name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
            }
            return words;
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
        return WORDS.get(e.getDeclaringClass())[e.ordinal()];
    }

    static <E extends Enum<E> & Keyworded> E byKeyword(Class<E> type, String keyword) {
        return keyword == null ? null : type.cast(BY_KEYWORD.get(type).get(keyword));
    }
}
