package dev.journeykit.render.svg;

import java.util.Optional;
import java.util.ServiceLoader;

/**
 * Turns an SVG picture of this module into PNG or PDF bytes. The SVG stays the one drawing: the
 * PNG and the PDF are made from it, never drawn apart. The implementation ({@code journey-render-raster}, on Apache
 * Batik, which is not modular) is found on the class path with {@link #find()}, so modules that
 * offer PNG need not require it in their {@code module-info}.
 */
public interface Rasterizer {

    /**
     * The PNG of {@code svg}: at {@code scale} pixels per SVG unit, or, when {@code width} is
     * positive, scaled to that many pixels wide (the height follows). Same SVG, same bytes.
     *
     * @throws IllegalArgumentException when the scale is not a positive finite number, or the
     *                                  SVG cannot be read
     */
    byte[] png(String svg, double scale, int width);

    /**
     * A one-page PDF of {@code svg}, in vectors: one SVG unit is one PDF point, text drawn as the
     * outlines of the font the PNG uses, so it reads the same without any font on the reader's
     * machine. No dates in it; same SVG, same bytes.
     *
     * @throws IllegalArgumentException when the SVG cannot be read
     */
    byte[] pdf(String svg);

    /** The rasterizer on the class path, if one is there. */
    static Optional<Rasterizer> find() {
        return ServiceLoader.load(Rasterizer.class, Rasterizer.class.getClassLoader()).findFirst();
    }
}
