package dev.journeykit.assertj;

import java.util.function.Supplier;
import org.assertj.core.api.AbstractAssert;
import org.assertj.core.api.AbstractLongAssert;
import org.assertj.core.api.Assert;
import org.assertj.core.api.AssertionErrorCollector;
import org.assertj.core.api.LongAssert;
import org.assertj.core.api.SoftAssertions;
import org.assertj.core.api.SoftAssertionsProvider;

/**
 * What every JourneyKit assertion shares: failing with a message that is taken literally (text
 * from a map may hold {@code %}), and the soft mode of {@link JourneySoftAssertions}, where a
 * failure is collected instead of thrown and the chain goes on.
 *
 * <p>In soft mode a navigation that fails (a stage the map does not have, say) is collected once,
 * and the assertion it returns skips its checks, so one mistake is reported once.
 *
 * @param <SELF> the concrete assertion, returned by every check so calls chain
 * @param <ACTUAL> the object under test
 */
public abstract class AbstractJourneyAssert<SELF extends AbstractJourneyAssert<SELF, ACTUAL>, ACTUAL>
        extends AbstractAssert<SELF, ACTUAL> {

    /** Where soft failures go; null when failures are thrown. */
    private final AssertionErrorCollector collector;
    /** True for the assertion returned by a failed navigation in soft mode: its checks do nothing. */
    private final boolean skipped;

    AbstractJourneyAssert(ACTUAL actual, Class<?> selfType, AssertionErrorCollector collector, boolean skipped) {
        super(actual, selfType);
        this.collector = collector;
        this.skipped = skipped;
    }

    /** The collector children of this assertion report to; null when failures are thrown. */
    final AssertionErrorCollector collector() {
        return collector;
    }

    /** Runs one check: throws its failure, or in soft mode collects it. */
    final SELF verify(Runnable check) {
        if (skipped) {
            return myself;
        }
        if (collector == null) {
            check.run();
            return myself;
        }
        try {
            check.run();
            collector.succeeded();
        } catch (AssertionError failure) {
            collector.collectAssertionError(failure);
        }
        return myself;
    }

    /**
     * Moves to a part of the actual: {@code child} builds the assertion on it (and throws when the
     * part is missing); in soft mode a failure is collected and {@code skippedChild} is returned.
     */
    final <C> C navigate(Supplier<C> child, Supplier<C> skippedChild) {
        if (skipped) {
            return skippedChild.get();
        }
        if (collector == null) {
            return child.get();
        }
        try {
            return child.get();
        } catch (AssertionError failure) {
            collector.collectAssertionError(failure);
            return skippedChild.get();
        }
    }

    /**
     * A share to assert on with AssertJ's number assertions: failures thrown, or in soft mode
     * collected (after a failed navigation: checked and forgotten, as the navigation was reported).
     */
    final ShareAssert share(double value, String description) {
        return numbers(ShareAssert.class, Double.class, value, () -> new ShareAssert(value)).as(description);
    }

    /** A count to assert on, thrown or collected as {@link #share} is. */
    final AbstractLongAssert<?> number(long value, String description) {
        return numbers(LongAssert.class, Long.class, value, () -> new LongAssert(value)).as(description);
    }

    private <A extends Assert<? extends A, ? extends T>, T> A numbers(Class<A> type, Class<T> actualType,
                                                                             T value, Supplier<A> thrown) {
        if (skipped) {
            return forgotten(type, actualType, value);
        }
        if (collector instanceof SoftAssertionsProvider soft) {
            return soft.proxy(type, actualType, value);
        }
        return thrown.get();
    }

    /** The share a failed navigation returns in soft mode: its checks run, and their failures are forgotten. */
    final ShareAssert skippedShare() {
        return forgotten(ShareAssert.class, Double.class, Double.NaN);
    }

    /** The count a failed navigation returns in soft mode, as {@link #skippedShare()}. */
    final AbstractLongAssert<?> skippedCount() {
        return forgotten(LongAssert.class, Long.class, 0L);
    }

    private static <A extends Assert<? extends A, ? extends T>, T> A forgotten(Class<A> type, Class<T> actualType,
                                                                                      T value) {
        return new SoftAssertions().proxy(type, actualType, value);
    }

    /** The failure with exactly this message (after any description given with {@code as(...)}). */
    final AssertionError failureOf(String message) {
        return failure(message.replace("%", "%%"));
    }

    /** The failure with this message, carrying expected and actual values for an IDE's diff view. */
    final AssertionError failureOf(String message, Object actualValue, Object expectedValue) {
        return failureWithActualExpected(actualValue, expectedValue, message.replace("%", "%%"));
    }
}
