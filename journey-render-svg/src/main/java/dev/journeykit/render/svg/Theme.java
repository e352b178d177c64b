package dev.journeykit.render.svg;

/** The colours of a picture. Every colour is a CSS rule in the SVG's one style sheet. */
public enum Theme {
    /** Dark text on a white background. */
    LIGHT,
    /** Light text on a dark background. */
    DARK,
    /** Black on white with strong outlines, for low vision and monochrome printing. */
    HIGH_CONTRAST
}
