package dev.journeykit.core.analysis;

import java.util.Objects;

/** A finding that a {@code suppress} statement of the map silenced, with the reason it gives. */
public record SuppressedFinding(Finding finding, String reason) {

    public SuppressedFinding {
        Objects.requireNonNull(finding, "finding must not be null");
        Objects.requireNonNull(reason, "reason must not be null");
    }
}
