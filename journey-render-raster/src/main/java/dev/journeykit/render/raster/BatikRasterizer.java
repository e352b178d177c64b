package dev.journeykit.render.raster;

import dev.journeykit.render.svg.Rasterizer;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import java.awt.Font;
import java.awt.FontFormatException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import org.apache.batik.anim.dom.SAXSVGDocumentFactory;
import org.apache.batik.bridge.BridgeContext;
import org.apache.batik.bridge.BridgeException;
import org.apache.batik.bridge.DocumentLoader;
import org.apache.batik.bridge.ExternalResourceSecurity;
import org.apache.batik.bridge.FontFace;
import org.apache.batik.bridge.FontFamilyResolver;
import org.apache.batik.bridge.GVTBuilder;
import org.apache.batik.bridge.NoLoadExternalResourceSecurity;
import org.apache.batik.bridge.NoLoadScriptSecurity;
import org.apache.batik.bridge.ScriptSecurity;
import org.apache.batik.bridge.UserAgent;
import org.apache.batik.bridge.UserAgentAdapter;
import org.apache.batik.gvt.GraphicsNode;
import org.apache.batik.util.ParsedURL;
import org.apache.batik.util.XMLResourceDescriptor;
import org.apache.batik.gvt.font.AWTFontFamily;
import org.apache.batik.gvt.font.GVTFontFace;
import org.apache.batik.gvt.font.GVTFontFamily;
import org.apache.batik.transcoder.SVGAbstractTranscoder;
import org.apache.batik.transcoder.TranscoderException;
import org.apache.batik.transcoder.TranscoderInput;
import org.apache.batik.transcoder.TranscoderOutput;
import org.apache.batik.transcoder.image.PNGTranscoder;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.w3c.dom.svg.SVGDocument;

/**
 * PNG through Apache Batik's transcoder; PDF through Batik's graphics tree painted on Apache
 * PDFBox's Graphics2D bridge (rototor's pdfbox-graphics2d), so the PDF holds vectors, not pixels. Every font family resolves to the DejaVu Sans shipped in
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

    @Override
    public byte[] pdf(String svg) {
        float[] size = SvgSize.of(svg);
        GraphicsNode picture = tree(svg);
        try (PDDocument pdf = new PDDocument()) {
            PDPage page = new PDPage(new PDRectangle(size[0], size[1]));
            pdf.addPage(page);
            PdfBoxGraphics2D g = new PdfBoxGraphics2D(pdf, size[0], size[1]);
            try {
                picture.paint(g);
            } finally {
                g.dispose();
            }
            try (PDPageContentStream content = new PDPageContentStream(pdf, page)) {
                content.drawForm(g.getXFormObject());
            }
            // PDFBox would make the file identifier from the clock: make it from the SVG instead
            COSArray id = new COSArray();
            byte[] digest = Arrays.copyOf(sha256(svg), 16);
            id.add(new COSString(digest));
            id.add(new COSString(digest));
            pdf.getDocument().getTrailer().setItem(COSName.ID, id);
            ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 16);
            pdf.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("writing a PDF in memory failed", e);
        }
    }

    /** Batik's graphics tree of {@code svg}, fonts resolved to the shipped one, nothing loaded or run. */
    private static GraphicsNode tree(String svg) {
        UserAgent agent = new UserAgentAdapter() {
            @Override
            public FontFamilyResolver getFontFamilyResolver() {
                return FONTS;
            }

            @Override
            public ScriptSecurity getScriptSecurity(String type, ParsedURL script, ParsedURL document) {
                return new NoLoadScriptSecurity(type);
            }

            @Override
            public ExternalResourceSecurity getExternalResourceSecurity(ParsedURL resource, ParsedURL document) {
                return new NoLoadExternalResourceSecurity();
            }
        };
        try {
            SAXSVGDocumentFactory factory = new SAXSVGDocumentFactory(XMLResourceDescriptor.getXMLParserClassName());
            SVGDocument document = factory.createSVGDocument("file:/journeykit.svg", new StringReader(svg));
            BridgeContext context = new BridgeContext(agent, new DocumentLoader(agent));
            context.setDynamicState(BridgeContext.STATIC);
            return new GVTBuilder().build(context, document);
        } catch (IOException | BridgeException e) {
            throw new IllegalArgumentException("the SVG could not be read: " + e.getMessage(), e);
        }
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
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
