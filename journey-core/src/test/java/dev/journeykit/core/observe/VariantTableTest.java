package dev.journeykit.core.observe;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The table keeps its paths in blocks: paths that fill several blocks, and a path longer than a
 * block, are each found again, counted and merged as a map of paths would.
 */
class VariantTableTest {

    @Test
    void paths_over_several_blocks_and_one_longer_than_a_block_are_counted_as_a_map_counts_them() {
        Random random = new Random(7);
        List<int[]> distinct = new ArrayList<>();
        int steps = 0;
        while (steps < 3 * VariantTable.BLOCK) { // the first block grown, then two more
            int[] path = new int[1 + random.nextInt(40)];
            for (int i = 0; i < path.length; i++) {
                path[i] = random.nextInt(50);
            }
            distinct.add(path);
            steps += path.length;
        }
        int[] longPath = new int[VariantTable.BLOCK + 5];
        Arrays.fill(longPath, 3);
        distinct.add(distinct.size() / 2, longPath);

        VariantTable table = new VariantTable();
        Map<List<Integer>, Long> expected = new LinkedHashMap<>();
        for (int round = 0; round < 3; round++) {
            for (int k = round; k < distinct.size(); k += 1 + round) {
                int[] path = distinct.get(k);
                // the path in the middle of a larger array, as the fold hands paths over
                int[] within = new int[path.length + 4];
                System.arraycopy(path, 0, within, 2, path.length);
                table.add(within, 2, 2 + path.length, round + 1);
                expected.merge(key(path, 0, path.length), round + 1L, Long::sum);
            }
        }

        assertThat(counts(table)).isEqualTo(expected);
        assertThat(table.blockCount()).isGreaterThanOrEqualTo(4);
        int own = -1;
        for (int i = 0; i < table.size(); i++) {
            if (table.length(i) == longPath.length) {
                own = (int) (table.at(i) >>> 32);
                assertThat((int) table.at(i)).isZero();
            }
        }
        assertThat(table.blocks()[own]).hasSize(longPath.length);

        VariantTable merged = new VariantTable();
        merged.add(longPath, 0, longPath.length, 10);
        merged.merge(table);
        expected.merge(key(longPath, 0, longPath.length), 10L, Long::sum);
        assertThat(counts(merged)).isEqualTo(expected);
    }

    private static List<Integer> key(int[] steps, int from, int to) {
        return Arrays.stream(steps, from, to).boxed().toList();
    }

    private static Map<List<Integer>, Long> counts(VariantTable table) {
        Map<List<Integer>, Long> counts = new LinkedHashMap<>();
        for (int i = 0; i < table.size(); i++) {
            int from = (int) table.at(i);
            List<Integer> path = key(table.blocks()[(int) (table.at(i) >>> 32)], from, from + table.length(i));
            assertThat(counts.put(path, table.count(i))).as("path %s entered once", i).isNull();
        }
        return counts;
    }
}
