/**
 * Not API: one layout and one writer per view, the view dispatch, text metrics and the SVG writer.
 */
package dev.journeykit.render.svg.internal;
