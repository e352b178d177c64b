package dev.journeykit.core.model;

import java.util.Objects;

/**
 * Where an element was written: file name, 1-based line and 1-based column.
 *
 * <p>Positions are metadata: they are never part of an element's value, so two elements that
 * differ only in where they were written are equal.
 */
public record SourcePosition(String file, int line, int column) {

    public SourcePosition {
        Objects.requireNonNull(file, "file must not be null");
        if (line < 1 || column < 1) {
            throw new IllegalArgumentException(
                    "line and column are 1-based, got " + line + ":" + column);
        }
    }

    /** {@code file:line:column}, the form every diagnostic starts with. */
    @Override
    public String toString() {
        return file + ":" + line + ":" + column;
    }
}
