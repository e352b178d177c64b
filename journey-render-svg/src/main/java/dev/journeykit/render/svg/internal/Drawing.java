package dev.journeykit.render.svg.internal;

/** A finished drawing: the SVG text and the layout it was drawn from. {@link Views} makes them. */
public record Drawing(Layout layout, String svg) {
}
