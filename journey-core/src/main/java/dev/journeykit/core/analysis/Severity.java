package dev.journeykit.core.analysis;

import java.util.Locale;

/** How much a finding matters, most severe first; the order findings are sorted in. */
public enum Severity {
    ERROR, WARNING, INFO;

    /** The word reports use: {@code error}, {@code warning} or {@code info}. */
    public String keyword() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The severity spelled {@code keyword} ({@code error}, {@code warning}, {@code info}), or null. */
    public static Severity fromKeyword(String keyword) {
        for (Severity s : values()) {
            if (s.keyword().equals(keyword)) {
                return s;
            }
        }
        return null;
    }
}
