/**
 * Deterministic SVG views of a journey map (MAP, FLOW, MATRIX) through
 * {@link dev.journeykit.render.svg.SvgRenderer}.
 */
package dev.journeykit.render.svg;
