package dev.journeykit.render.svg;

/**
 * How a picture with findings ({@link SvgOptions.Builder#findings}) explains its badges. Whatever
 * the legend, every element among a finding's subjects that the view draws carries a badge.
 */
public enum Legend {
    /**
     * Every finding listed with its number, severity, code, message and subjects; each element
     * carries one numbered badge per finding on it (as many as fit, then a {@code +n}). The
     * picture grows by a line or more per finding.
     */
    FULL,
    /**
     * One line: {@code Findings (N)} and, per severity, its badge shape with the count, then what
     * a badge means; each element carries one badge that counts its findings, has the shape of the
     * most severe and lists them in its tooltip. The default: the full list belongs in a report.
     */
    COMPACT,
    /** No legend block; each element carries the one counting badge of {@link #COMPACT}. */
    NONE
}
