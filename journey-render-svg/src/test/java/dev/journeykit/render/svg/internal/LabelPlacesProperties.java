package dev.journeykit.render.svg.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.journeykit.render.svg.internal.Layout.Box;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * The structures the flow view places its count labels with answer what the plain lists they
 * replaced answer: the points of a line, and whether a plate overlaps a box placed before.
 */
class LabelPlacesProperties {

    /** Random polylines, some points repeated, some segments long: the same dense points, in order. */
    @Property(tries = 300)
    void dense_line_points_are_the_listed_ones(@ForAll long seed, @ForAll @IntRange(min = 0, max = 30) int count) {
        Random random = new Random(seed);
        List<double[]> raw = new ArrayList<>();
        for (int k = 0; k < count; k++) {
            if (k > 0 && random.nextInt(6) == 0) {
                raw.add(raw.get(k - 1).clone());
            } else {
                double reach = random.nextBoolean() ? 10 : 2000;
                raw.add(new double[] {random.nextDouble() * reach - reach / 4, random.nextDouble() * reach});
            }
        }
        List<double[]> listed = listed(raw);
        DenseLine line = new DenseLine(raw);
        assertThat(line.size()).isEqualTo(listed.size());
        for (int k = 0; k < listed.size(); k++) {
            assertThat(line.point(k)).as("point %s", k).containsExactly(listed.get(k));
        }
    }

    /** Every point of the line, and points at most 4 px apart between two far apart. */
    private static List<double[]> listed(List<double[]> raw) {
        List<double[]> dense = new ArrayList<>();
        for (int k = 0; k < raw.size(); k++) {
            double[] p = raw.get(k);
            if (k > 0) {
                double[] q = raw.get(k - 1);
                int steps = (int) Math.ceil(Math.hypot(p[0] - q[0], p[1] - q[1]) / 4);
                for (int s = 1; s < steps; s++) {
                    double t = (double) s / steps;
                    dense.add(new double[] {q[0] + t * (p[0] - q[0]), q[1] + t * (p[1] - q[1])});
                }
            }
            dense.add(p);
        }
        return dense;
    }

    /**
     * Random boxes from tiny to far larger than a cell, at negative and positive places, some
     * touching exactly: a plate is free in the grid when it overlaps none of the boxes added.
     */
    @Property(tries = 300)
    void box_grid_answers_what_checking_every_box_answers(@ForAll long seed,
                                                          @ForAll @IntRange(min = 0, max = 40) int count) {
        Random random = new Random(seed);
        BoxGrid grid = new BoxGrid();
        List<Box> added = new ArrayList<>();
        for (int k = 0; k < count; k++) {
            Box box = box(random, "b" + k);
            grid.add(box);
            added.add(box);
            for (int q = 0; q < 5; q++) {
                Box plate = random.nextInt(4) == 0 && !added.isEmpty() ? touching(added.get(random.nextInt(added.size())))
                        : box(random, "p");
                boolean free = added.stream().noneMatch(plate::overlaps);
                assertThat(grid.free(plate)).as("%s among %s", plate, added).isEqualTo(free);
            }
        }
    }

    private static Box box(Random random, String key) {
        double size = random.nextBoolean() ? 20 : 400;
        return new Box(key, "obstacle", Math.floor(random.nextDouble() * 600 - 200), Math.floor(random.nextDouble() * 600 - 200),
                random.nextDouble() * size, random.nextDouble() * size);
    }

    /** A box right of {@code b} that touches it, or overlaps it by a hair. */
    private static Box touching(Box b) {
        return new Box("t", "label", b.right() - 0.005, b.y(), 30, 14);
    }
}
