package dev.journeykit.core.observe;

import java.util.List;
import java.util.Objects;

/**
 * What was read: the log's files, every data row ({@code rows}, skipped ones included), the rows
 * bound to a step ({@code events}), the rows whose event name binds to none ({@code unbound}),
 * the bad rows left out ({@code skipped}), the customers (cases with at least one bound event),
 * the customers whose persona value is no persona id ({@code unknownPersona}) and those whose
 * rows name more than one persona ({@code personaConflicts}). Nothing read disappears uncounted.
 */
public record LogCounts(List<String> files, long rows, long events, long unbound, long skipped,
                        long customers, long unknownPersona, long personaConflicts) {

    public LogCounts {
        files = List.copyOf(Objects.requireNonNull(files, "files"));
    }
}
