package dev.journeykit.assertj;

import org.assertj.core.api.AbstractDoubleAssert;

/**
 * A share (0..1) that customers' behaviour gave, such as a drop-off or a fitness: AssertJ's
 * number assertions, described with what the share measures, plus {@link #isAtLeast(double)} and
 * {@link #isAtMost(double)}.
 */
public class ShareAssert extends AbstractDoubleAssert<ShareAssert> {

    ShareAssert(double actual, String description) {
        super(actual, ShareAssert.class);
        as(description);
    }

    /** Passes when the share is {@code min} or more. */
    public ShareAssert isAtLeast(double min) {
        return isGreaterThanOrEqualTo(min);
    }

    /** Passes when the share is {@code max} or less. */
    public ShareAssert isAtMost(double max) {
        return isLessThanOrEqualTo(max);
    }
}
