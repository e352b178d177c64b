/**
 * PNG and PDF from the SVG views: {@link dev.journeykit.render.raster.BatikRasterizer} draws an
 * SVG with Apache Batik to a PNG or, through PDFBox, to a vector PDF, at the size the SVG states.
 */
package dev.journeykit.render.raster;
