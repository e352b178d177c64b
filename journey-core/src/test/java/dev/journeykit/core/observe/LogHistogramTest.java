package dev.journeykit.core.observe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class LogHistogramTest {

    @Test
    void is_exact_up_to_64_values_and_uses_nearest_rank() {
        LogHistogram h = new LogHistogram();
        for (long v : new long[] {60_000, 10_000, 30_000, 45_500}) {
            h.add(v);
        }
        assertThat(h.quantileSeconds(0.5)).isEqualTo(30.0);
        assertThat(h.quantileSeconds(0.9)).isEqualTo(60.0);
        assertThat(h.quantileSeconds(0)).isEqualTo(10.0);
        assertThat(h.count()).isEqualTo(4);
        assertThat(new LogHistogram().quantileSeconds(0.5)).isNaN();
        assertThatThrownBy(() -> h.quantileSeconds(1.5)).hasMessage("quantile 1.5 is not within 0..1");
    }

    @Test
    void beyond_64_values_reports_the_bucket_value_within_one_percent() {
        LogHistogram h = new LogHistogram();
        for (int i = 1; i <= 1000; i++) {
            h.add(i * 1000L);
        }
        assertThat(h.quantileSeconds(0.5)).isEqualTo(LogHistogram.approximateSeconds(500_000)).isCloseTo(500.0,
                org.assertj.core.data.Percentage.withPercentage(1));
        assertThat(h.quantileSeconds(0.9)).isCloseTo(900.0, org.assertj.core.data.Percentage.withPercentage(1));
        assertThat(LogHistogram.approximateSeconds(0)).isEqualTo(0.0);
        assertThat(LogHistogram.approximateSeconds(150)).isEqualTo(0.15);
    }

    @Property(tries = 300)
    void every_value_is_reported_within_one_percent(@ForAll @LongRange(min = 0, max = 1L << 44) long millis) {
        double approx = LogHistogram.approximateSeconds(millis);
        assertThat(Math.abs(approx * 1000 - millis)).isLessThanOrEqualTo(millis * LogHistogram.RELATIVE_ERROR);
    }

    @Property(tries = 300)
    void quantiles_asked_together_in_any_order_are_the_nearest_rank_values(
            @ForAll @Size(min = 1, max = 400) long[] values, @ForAll @Size(max = 6) double[] fractions) {
        LogHistogram h = new LogHistogram();
        long[] sorted = Arrays.stream(values).map(v -> Math.abs(v) % (1L << 40)).sorted().toArray();
        Arrays.stream(values).map(v -> Math.abs(v) % (1L << 40)).forEach(h::add);
        double[] qs = Arrays.stream(fractions).map(f -> Double.isFinite(f) ? Math.abs(f) % 1.0 : 0.5).toArray();
        double[] got = h.quantilesSeconds(qs);
        assertThat(got).hasSize(qs.length);
        for (int k = 0; k < qs.length; k++) {
            long value = sorted[(int) Math.max(1, (long) Math.ceil(qs[k] * sorted.length)) - 1];
            double expected = sorted.length <= 64 ? value / 1000.0 : LogHistogram.approximateSeconds(value);
            assertThat(got[k]).as("quantile %s of %s values", qs[k], sorted.length).isEqualTo(expected);
            assertThat(h.quantileSeconds(qs[k])).isEqualTo(expected);
        }
        assertThatThrownBy(() -> h.quantilesSeconds(0.5, -0.1)).hasMessage("quantile -0.1 is not within 0..1");
        assertThat(new LogHistogram().quantilesSeconds(0.5, 0.9)).containsExactly(Double.NaN, Double.NaN);
    }

    @Property(tries = 200)
    void merging_in_any_grouping_equals_adding_everything(@ForAll @Size(max = 1000) long[] values, @ForAll long seed) {
        LogHistogram all = new LogHistogram();
        Arrays.stream(values).map(Math::abs).forEach(all::add);
        Random random = new Random(seed);
        LogHistogram a = new LogHistogram();
        LogHistogram b = new LogHistogram();
        for (long v : values) {
            (random.nextBoolean() ? a : b).add(Math.abs(v));
        }
        b.merge(a);
        for (double q : new double[] {0, 0.5, 0.9, 1}) {
            assertThat(Double.valueOf(b.quantileSeconds(q))).isEqualTo(Double.valueOf(all.quantileSeconds(q)));
        }
    }

    @Property(tries = 200)
    void adding_runs_equals_adding_each_value(@ForAll @Size(max = 1000) long[] values, @ForAll long seed) {
        long mask = (1L << 44) - 1;
        LogHistogram each = new LogHistogram();
        LogHistogram runs = new LogHistogram();
        Random random = new Random(seed);
        for (int i = 0; i < values.length; ) {
            int j = Math.min(values.length, i + 1 + random.nextInt(100));
            runs.addAll(values, i, j, mask);
            for (int k = i; k < j; k++) {
                each.add(values[k] & mask);
            }
            i = j;
        }
        assertThat(runs.count()).isEqualTo(each.count());
        for (double q : new double[] {0, 0.5, 0.9, 1}) {
            assertThat(Double.valueOf(runs.quantileSeconds(q))).isEqualTo(Double.valueOf(each.quantileSeconds(q)));
        }
    }

    /** The O(1) lookup of a value's bucket equals the binary search over the bucket ends it replaced. */
    @Property(tries = 2000)
    void the_bucket_lookup_equals_the_binary_search(@ForAll long value, @ForAll @LongRange(min = 0, max = 100_000_000) long small,
                                                    @ForAll @LongRange(min = -2, max = 2) long around) {
        for (long v : new long[] {Math.abs(value), small, Math.abs(value) >>> (small % 60), small + around}) {
            assertThat(LogHistogram.bucket(v)).as("bucket of %d", v)
                    .isEqualTo(v <= 0 ? 0 : LogHistogram.searchBucket(v));
        }
    }

    @Test
    void the_bucket_lookup_equals_the_binary_search_at_every_power_of_two_and_low_value() {
        for (int bit = 0; bit < 63; bit++) {
            for (long d = -3; d <= 3; d++) {
                long v = (1L << bit) + d;
                if (v > 0) {
                    assertThat(LogHistogram.bucket(v)).as("bucket of %d", v).isEqualTo(LogHistogram.searchBucket(v));
                }
            }
        }
        for (long v = 1; v <= 100_000; v++) {
            assertThat(LogHistogram.bucket(v)).isEqualTo(LogHistogram.searchBucket(v));
        }
        assertThat(LogHistogram.bucket(Long.MAX_VALUE)).isEqualTo(LogHistogram.searchBucket(Long.MAX_VALUE));
        assertThat(LogHistogram.bucket(0)).isZero();
        assertThat(LogHistogram.bucket(-5)).isZero();
    }
}
