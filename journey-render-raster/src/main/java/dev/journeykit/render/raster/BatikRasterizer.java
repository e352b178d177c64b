package dev.journeykit.render.raster;

import dev.journeykit.render.svg.Rasterizer;
import java.awt.Font;
import java.awt.FontFormatException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import org.apache.batik.bridge.FontFace;
import org.apache.batik.bridge.FontFamilyResolver;
import org.apache.batik.bridge.UserAgent;
import org.apache.batik.gvt.font.AWTFontFamily;
import org.apache.batik.gvt.font.GVTFontFace;
import org.apache.batik.gvt.font.GVTFontFamily;
import org.apache.batik.transcoder.SVGAbstractTranscoder;
import org.apache.batik.transcoder.TranscoderException;
import org.apache.batik.transcoder.TranscoderInput;
import org.apache.batik.transcoder.TranscoderOutput;
import org.apache.batik.transcoder.image.PNGTranscoder;

/**
 * PNG through Apache Batik's transcoder. Every font family resolves to the DejaVu Sans shipped in
 * this jar (the family the SVG names first; the machine's fonts are never asked), so the same SVG gives the same PNG bytes on every machine with the same JDK.
 * No scripts run and nothing is loaded from outside the document.
 */
public final class BatikRasterizer implements Rasterizer {

    private static final Font REGULAR = font("DejaVuSans.ttf");
    private static final FontFamilyResolver FONTS = new Fonts();

    /** The widest picture made, in pixels, so a bad scale cannot ask for gigabytes. */
    static final int MAX_SIDE = 16_384;

    @Override
    public byte[] png(String svg, double scale, int width) {
        if (!(scale > 0) || !Double.isFinite(scale)) {
            throw new IllegalArgumentException("scale must be a positive number, got " + scale);
        }
        float[] size = SvgSize.of(svg);
        float pixelsWide = width > 0 ? width : (float) (size[0] * scale);
        if (pixelsWide > MAX_SIDE || pixelsWide * size[1] / size[0] > MAX_SIDE) {
            throw new IllegalArgumentException("the picture would be larger than " + MAX_SIDE + " pixels on a side");
        }
        Transcoder transcoder = new Transcoder();
        transcoder.addTranscodingHint(SVGAbstractTranscoder.KEY_WIDTH, Math.max(1f, Math.round(pixelsWide)));
        transcoder.addTranscodingHint(SVGAbstractTranscoder.KEY_EXECUTE_ONLOAD, Boolean.FALSE);
        transcoder.addTranscodingHint(SVGAbstractTranscoder.KEY_ALLOW_EXTERNAL_RESOURCES, Boolean.FALSE);
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 16);
        try {
            transcoder.transcode(new TranscoderInput(new StringReader(svg)), new TranscoderOutput(out));
        } catch (TranscoderException e) {
            throw new IllegalArgumentException("the SVG could not be rasterized: " + e.getMessage(), e);
        }
        return out.toByteArray();
    }

    /** A PNG transcoder whose user agent resolves fonts to the shipped ones. */
    private static final class Transcoder extends PNGTranscoder {
        @Override
        protected UserAgent createUserAgent() {
            return new SVGAbstractTranscoderUserAgent() {
                @Override
                public FontFamilyResolver getFontFamilyResolver() {
                    return FONTS;
                }
            };
        }
    }

    /**
     * Every family is the shipped DejaVu Sans; bold and italic text is derived from it by Java 2D,
     * the same way on every machine.
     */
    private static final class Fonts implements FontFamilyResolver {

        private static final GVTFontFamily FAMILY = new AWTFontFamily(new GVTFontFace("DejaVu Sans"), REGULAR);

        @Override
        public GVTFontFamily resolve(String familyName) {
            return FAMILY;
        }

        @Override
        public GVTFontFamily resolve(String familyName, FontFace fontFace) {
            return FAMILY;
        }

        @Override
        public GVTFontFamily loadFont(InputStream in, FontFace fontFace) {
            return FAMILY;
        }

        @Override
        public GVTFontFamily getDefault() {
            return FAMILY;
        }

        @Override
        public GVTFontFamily getFamilyThatCanDisplay(char c) {
            return FAMILY;
        }
    }

    private static Font font(String name) {
        try (InputStream in = BatikRasterizer.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing font resource " + name);
            }
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (FontFormatException e) {
            throw new IllegalStateException("font resource " + name + " is broken", e);
        }
    }
}
