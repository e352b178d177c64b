package dev.journeykit.render.svg.internal;

import java.util.Locale;

/**
 * How the pictures write observed numbers: counts up to 9,999 in full with a thousands comma
 * ({@code 1,234}), larger ones to three significant digits with k or M ({@code 12.3k}, {@code 123k},
 * {@code 1.23M}); shares as whole percents ({@code 45%}), a share above 0 and below 0.5 % as
 * {@code <1%}. Rounding is half up on the digit kept; the text never depends on the locale.
 */
final class Counts {

    private Counts() {
    }

    static String count(long n) {
        if (n < 0) {
            return "-" + count(-n);
        }
        if (n < 10_000) {
            return n < 1000 ? Long.toString(n) : (n / 1000) + "," + String.format(Locale.ROOT, "%03d", n % 1000);
        }
        String[] units = {"k", "M", "G", "T"};
        double scaled = n / 1000.0;
        int unit = 0;
        while (unit < units.length - 1 && significant(scaled) >= 1000) {
            scaled /= 1000;
            unit++;
        }
        double r = significant(scaled);
        int decimals = r < 10 ? 2 : r < 100 ? 1 : 0;
        String text = String.format(Locale.ROOT, "%." + decimals + "f", r);
        if (decimals > 0) {
            text = text.replaceAll("0+$", "").replaceAll("\\.$", "");
        }
        return text + units[unit];
    }

    /**
     * {@code 1 persona}, {@code 2 personas}, {@code 0 gaps}: a number in digits and its noun as a
     * person writes them (the nouns of the pictures take an s).
     */
    static String of(long n, String noun) {
        return n + " " + (n == 1 ? noun : noun + "s");
    }

    /** {@code 1 customer}, {@code 1,234 customers}, {@code 12.3k customers}: {@link #count} and its noun. */
    static String counted(long n, String noun) {
        return count(n) + " " + (n == 1 ? noun : noun + "s");
    }

    static String share(double share) {
        if (share > 0 && share < 0.005) {
            return "<1%";
        }
        return Math.round(share * 100) + "%";
    }

    /** A value of 1 or more to three significant digits, rounded half up. */
    private static double significant(double v) {
        double f = v < 10 ? 100 : v < 100 ? 10 : 1;
        return Math.floor(v * f + 0.5) / f;
    }
}
