package dev.journeykit.core.observe;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/**
 * The variant list orders its first positions without ordering the rest: whichever position is
 * read first (one of the first {@link VariantList#TOP}, or one beyond), every position holds what
 * a plain sort by (customers descending, steps lexicographic) puts there.
 */
class VariantListTest {

    private static final String[] STEP_IDS = {"a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l"};

    @Property(tries = 200)
    void the_first_positions_read_alone_are_those_of_the_whole_order(@ForAll long seed) {
        Random random = new Random(seed);
        int n = random.nextInt(random.nextBoolean() ? 40 : 3000);
        List<Variant> expected = reference(random, n, 3);
        VariantList fresh = list(expected, random);
        int k = Math.min(VariantList.TOP, n);
        for (int i = 0; i < k; i++) {
            assertThat(fresh.get(i)).isEqualTo(expected.get(i));
        }
        assertThat(fresh).isEqualTo(expected);
        VariantList beyondFirst = list(expected, random);
        if (n > 0) {
            assertThat(beyondFirst.get(n - 1)).isEqualTo(expected.get(n - 1));
        }
        assertThat(beyondFirst).isEqualTo(expected);
    }

    @Test
    void many_paths_of_the_count_at_the_last_top_position_are_ordered_whole() {
        Random random = new Random(7);
        List<Variant> expected = reference(random, 20_000, 200);
        assertThat(expected.get(VariantList.TOP).customers()).isEqualTo(expected.get(10_000).customers());
        VariantList list = list(expected, random);
        assertThat(list.get(5)).isEqualTo(expected.get(5));
        assertThat(list).isEqualTo(expected);
    }

    /** n distinct random paths, with counts of 1 but one in {@code largeOneIn} larger, in the expected order. */
    private static List<Variant> reference(Random random, int n, int largeOneIn) {
        List<List<String>> paths = new ArrayList<>();
        java.util.Set<List<String>> seen = new java.util.HashSet<>();
        while (paths.size() < n) {
            String[] steps = new String[1 + random.nextInt(8)];
            for (int i = 0; i < steps.length; i++) {
                steps[i] = STEP_IDS[random.nextInt(random.nextBoolean() ? 3 : STEP_IDS.length)];
            }
            if (seen.add(List.of(steps))) {
                paths.add(List.of(steps));
            }
        }
        List<Variant> variants = new ArrayList<>();
        for (List<String> path : paths) {
            long customers = random.nextInt(largeOneIn) > 0 ? 1 : 1 + random.nextInt(random.nextBoolean() ? 5 : 10_000);
            variants.add(new Variant(path, customers));
        }
        Comparator<List<String>> lexicographic = (x, y) -> {
            for (int i = 0; i < Math.min(x.size(), y.size()); i++) {
                int c = Integer.compare(index(x.get(i)), index(y.get(i)));
                if (c != 0) {
                    return c;
                }
            }
            return Integer.compare(x.size(), y.size());
        };
        variants.sort(Comparator.comparingLong(Variant::customers).reversed().thenComparing(Variant::steps, lexicographic));
        return variants;
    }

    /** The variants as a list of paths in a shuffled order. */
    private static VariantList list(List<Variant> variants, Random random) {
        List<Variant> shuffled = new ArrayList<>(variants);
        java.util.Collections.shuffle(shuffled, random);
        int[] start = new int[shuffled.size() + 1];
        long[] counts = new long[shuffled.size()];
        int[] steps = new int[shuffled.stream().mapToInt(v -> v.steps().size()).sum()];
        for (int p = 0; p < shuffled.size(); p++) {
            List<String> path = shuffled.get(p).steps();
            for (int i = 0; i < path.size(); i++) {
                steps[start[p] + i] = index(path.get(i));
            }
            start[p + 1] = start[p] + path.size();
            counts[p] = shuffled.get(p).customers();
        }
        return new VariantList(STEP_IDS, steps, start, counts);
    }

    private static int index(String step) {
        return Arrays.asList(STEP_IDS).indexOf(step);
    }
}
