package dev.journeykit.core.observe;

import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;

/**
 * The variant distribution of an {@link Observation} in its order, holding the paths as step
 * indices and making each {@link Variant} when asked: a log of a million customers has about as
 * many variants, and most readers look at the first few. Immutable.
 */
final class VariantList extends AbstractList<Variant> implements RandomAccess {

    private final String[] stepIds;
    private final int[] steps;
    private final int[] start;
    private final long[] counts;
    private final int[] order;

    /** The variant at position i is path order[i]: steps[start[p] .. start[p + 1] - 1], counts[p] customers. */
    VariantList(String[] stepIds, int[] steps, int[] start, long[] counts, int[] order) {
        this.stepIds = stepIds;
        this.steps = steps;
        this.start = start;
        this.counts = counts;
        this.order = order;
    }

    @Override
    public Variant get(int index) {
        int p = order[index];
        String[] ids = new String[start[p + 1] - start[p]];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = stepIds[steps[start[p] + i]];
        }
        return new Variant(List.of(ids), counts[p]);
    }

    @Override
    public int size() {
        return order.length;
    }
}
