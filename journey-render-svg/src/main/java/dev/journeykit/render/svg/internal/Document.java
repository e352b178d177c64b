package dev.journeykit.render.svg.internal;

import dev.journeykit.core.model.Keyworded;
import dev.journeykit.render.svg.Theme;

/** Puts a drawing's body into a whole SVG document: prolog, title, description, style sheet, defs. */
final class Document {

    /** Longest title or description kept, in characters. */
    static final int MAX_TITLE = 1000;

    private Document() {
    }

    static String assemble(Canvas canvas, String view, String title, String description, String defs) {
        return assemble(canvas, view, title, description, defs, false);
    }

    /**
     * With {@code observed}, the style sheet also has the rules of the observation overlays; the
     * DIFF view's (class {@code jk-view-diff}) has the rules of its marks.
     */
    static String assemble(Canvas canvas, String view, String title, String description, String defs,
                           boolean observed) {
        CharSequence body = canvas.svg.buffer();
        Settings s = canvas.settings;
        double w = canvas.layout.width();
        double h = canvas.layout.height();
        String titleId = s.id("title");
        String descId = s.id("desc");
        String theme = Keyworded.wordOf(s.theme());
        SvgWriter out = new SvgWriter(8000);
        out.raw("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        out.open("svg").attr("xmlns", "http://www.w3.org/2000/svg").attr("version", "1.1")
                .attr("class", "jk jk-view-" + view + " jk-theme-" + theme)
                .attr("width", w).attr("height", h).raw(" viewBox=\"0 0 ").raw(SvgWriter.num(w)).raw(" ")
                .raw(SvgWriter.num(h)).raw("\"").attr("role", "img")
                .attr("aria-labelledby", titleId + " " + descId).end(true);
        out.open("title").attr("id", titleId).end(false).text(cap(title)).closing("title");
        out.open("desc").attr("id", descId).end(false).text(cap(description)).closing("desc");
        out.raw("<defs>\n<style type=\"text/css\">\n").raw(Styles.css(s.theme(), s.id("hatch")))
                .raw(observed ? Styles.observedCss(s.theme(), s.id("hatch")) : "")
                .raw(view.equals(DiffView.VIEW) ? Styles.diffCss(s.theme()) : "").raw("</style>\n");
        out.open("pattern").attr("id", s.id("hatch")).attr("patternUnits", "userSpaceOnUse")
                .attr("width", 8).attr("height", 8).attr("patternTransform", "rotate(45)").end(true);
        out.open("line").attr("class", "jk-hatch-line").attr("x1", 0).attr("y1", 0).attr("x2", 0).attr("y2", 8).close();
        out.closing("pattern");
        out.raw(defs);
        out.raw("</defs>\n");
        out.rect("jk-bg", 0, 0, w, h, 0);
        StringBuilder whole = new StringBuilder(out.length() + body.length() + 8);
        whole.append(out.buffer()).append(body).append("</svg>\n");
        return whole.toString();
    }

    static String themeBackground(Theme theme) {
        return Styles.background(theme);
    }

    private static String cap(String text) {
        String clean = SvgWriter.clean(text);
        if (clean.length() <= MAX_TITLE) {
            return clean;
        }
        int end = clean.offsetByCodePoints(0, clean.codePointCount(0, MAX_TITLE - 1));
        return clean.substring(0, end) + TextMetrics.ELLIPSIS;
    }
}
