package dev.journeykit.core.analysis;

import dev.journeykit.core.model.Suppression;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The suppressions of a map by code and element, so that matching a finding costs one hash lookup
 * per subject however many suppressions the map holds: O(U) to build for U suppressions, O(s + m)
 * per finding with s subjects and m matching suppressions. It remembers which suppressions matched
 * any finding, for {@code suppression.unused}.
 */
final class SuppressionIndex {

    /** A suppression's code and its {@code on} element, null when it applies everywhere. */
    /**
     * A suppression's code and element. Its equals and hashCode are written out: a record's own
     * are bootstrapped through {@code java.lang.runtime.ObjectMethods} on first use, which spins
     * some twenty method-handle classes at run time, about 10 ms on the start-up path of every
     * {@code journey check} (StartupClassesIT).
     */
    private record Key(String code, String on) {
        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && code.equals(key.code) && Objects.equals(on, key.on);
        }

        @Override
        public int hashCode() {
            return 31 * code.hashCode() + Objects.hashCode(on);
        }
    }

    private final List<Suppression> suppressions;
    private final Map<Key, List<Integer>> byKey = new HashMap<>();
    /** The codes of the suppressions: a finding of another code is looked up once, not once per subject. */
    private final Set<String> codes = new HashSet<>();
    private final boolean[] used;

    SuppressionIndex(List<Suppression> suppressions) {
        this.suppressions = suppressions;
        this.used = new boolean[suppressions.size()];
        for (int i = 0; i < suppressions.size(); i++) {
            Suppression s = suppressions.get(i);
            byKey.computeIfAbsent(new Key(s.code(), s.on().orElse(null)), k -> new ArrayList<>(1)).add(i);
            codes.add(s.code());
        }
    }

    /**
     * The first suppression in the map's order that matches {@code finding} (its code, and its
     * element among the finding's subjects or none), or null; every suppression that matches is
     * marked used.
     */
    Suppression match(Finding finding) {
        if (!codes.contains(finding.code())) {
            return null;
        }
        int first = mark(new Key(finding.code(), null), Integer.MAX_VALUE);
        for (String subject : finding.subjects()) {
            first = mark(new Key(finding.code(), subject), first);
        }
        return first == Integer.MAX_VALUE ? null : suppressions.get(first);
    }

    private int mark(Key key, int first) {
        List<Integer> hits = byKey.get(key);
        if (hits != null) {
            for (int i : hits) {
                used[i] = true;
                first = Math.min(first, i);
            }
        }
        return first;
    }

    /** Whether the suppression at {@code index} in the map's order matched a finding so far. */
    boolean isUsed(int index) {
        return used[index];
    }
}
