package dev.journeykit.core.analysis;

import dev.journeykit.core.model.Keyworded;

/** How much a finding matters, most severe first; the order findings are sorted in. */
public enum Severity implements Keyworded {
    ERROR, WARNING, INFO;

    /** The word reports use: {@code error}, {@code warning} or {@code info}. */
    @Override
    public String keyword() {
        return Keyworded.wordOf(this);
    }

    /** The severity spelled {@code keyword} ({@code error}, {@code warning}, {@code info}), or null. */
    public static Severity fromKeyword(String keyword) {
        return Keyworded.byKeyword(Severity.class, keyword);
    }
}
