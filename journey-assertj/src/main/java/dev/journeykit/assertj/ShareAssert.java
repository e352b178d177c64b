package dev.journeykit.assertj;

import java.util.Arrays;
import org.assertj.core.api.AbstractDoubleAssert;

/**
 * A share (0..1) that customers' behaviour gave, such as a drop-off or a fitness: AssertJ's
 * number assertions, described with what the share measures, plus {@link #isAtLeast(double)} and
 * {@link #isAtMost(double)}.
 */
public class ShareAssert extends AbstractDoubleAssert<ShareAssert> {

    /**
     * The assertion on a share. Public for AssertJ's soft assertions, which make their proxies
     * through it; the assertions that return shares give them their description.
     */
    public ShareAssert(Double actual) {
        super(actual, ShareAssert.class);
    }

    /** Passes when the share is {@code min} or more. */
    public ShareAssert isAtLeast(double min) {
        try {
            return isGreaterThanOrEqualTo(min);
        } catch (AssertionError failure) {
            throw atCaller(failure);
        }
    }

    /** Passes when the share is {@code max} or less. */
    public ShareAssert isAtMost(double max) {
        try {
            return isLessThanOrEqualTo(max);
        } catch (AssertionError failure) {
            throw atCaller(failure);
        }
    }

    /**
     * The failure without this class's frames, so that it points at the test that called (soft
     * assertions name the first frame outside AssertJ as the place of a failure).
     */
    private static AssertionError atCaller(AssertionError failure) {
        failure.setStackTrace(Arrays.stream(failure.getStackTrace())
                .filter(frame -> !frame.getClassName().startsWith(ShareAssert.class.getName()))
                .toArray(StackTraceElement[]::new));
        return failure;
    }
}
