package dev.journeykit.render.raster;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The width and height that the root element of an SVG document of JourneyKit states. */
final class SvgSize {

    private static final Pattern ROOT = Pattern.compile("<svg\\b[^>]*>");
    private static final Pattern WIDTH = Pattern.compile("\\swidth=\"([0-9.]+)\"");
    private static final Pattern HEIGHT = Pattern.compile("\\sheight=\"([0-9.]+)\"");

    private SvgSize() {
    }

    /** {width, height} in SVG units; both positive. */
    static float[] of(String svg) {
        Matcher root = ROOT.matcher(svg);
        if (!root.find()) {
            throw new IllegalArgumentException("not an SVG document: no <svg> element");
        }
        float width = number(WIDTH, root.group(), "width");
        float height = number(HEIGHT, root.group(), "height");
        return new float[] {width, height};
    }

    private static float number(Pattern attribute, String tag, String name) {
        Matcher m = attribute.matcher(tag);
        if (!m.find()) {
            throw new IllegalArgumentException("the <svg> element has no " + name);
        }
        try {
            float value = Float.parseFloat(m.group(1));
            if (!(value > 0) || !Float.isFinite(value)) {
                throw new IllegalArgumentException("the <svg> element's " + name + " is not positive");
            }
            return value;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("the <svg> element's " + name + " is not a number", e);
        }
    }
}
