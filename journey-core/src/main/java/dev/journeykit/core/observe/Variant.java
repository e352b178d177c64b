package dev.journeykit.core.observe;

import java.util.List;
import java.util.Objects;

/** A distinct observed path (its step ids in order) and how many customers took it. */
public record Variant(List<String> steps, long customers) {

    public Variant {
        steps = List.copyOf(Objects.requireNonNull(steps, "steps"));
    }
}
