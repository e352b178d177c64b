package dev.journeykit.render.svg.internal;

import dev.journeykit.render.svg.Theme;

/**
 * The one style sheet of a drawing. Every colour, stroke and font is a rule on a {@code jk-}
 * class, so a page can restyle a picture with its own CSS. Colours were chosen for a contrast of
 * at least 4.5:1 between text and the fill behind it in every theme.
 */
final class Styles {

    /** Number of persona styles; persona i uses style {@code i % PERSONA_STYLES}. */
    static final int PERSONA_STYLES = 8;

    /**
     * The dash pattern of each persona style, in every theme: none is solid (a flow's transitions
     * without a persona are solid) and none is dotted (backward arrows are), so every kind of arrow
     * in the key is told apart without colour.
     */
    static final String[] DASHES = {"10 4", "10 3 2 3", "10 3 2 3 2 3", "18 4", "18 3 6 3", "5 3", "18 3 2 3",
        "5 3 2 3"};

    private record Palette(String bg, String text, String muted, String stageFill, String stageStroke,
                           String laneFill, String cardFill, String cardStroke, String momentFill,
                           String accent, String good, String bad, String warn, String curve,
                           String edge, String back, String loop, String gap, String[] heat,
                           String[] persona, String error, String warning, String info, double stroke) {
    }

    private static final Palette LIGHT = new Palette("#ffffff", "#1f2328", "#57606a", "#e7edf5", "#8c959f",
            "#f6f8fa", "#ffffff", "#6e7781", "#fff8e6", "#6639ba", "#1a7f37", "#cf222e", "#9a6700", "#0969da",
            "#57606a", "#a40e26", "#8250df", "#cf222e",
            new String[] {"#ffffff", "#ddf4ff", "#b6e3ff", "#80ccff", "#54aeff"},
            new String[] {"#0969da", "#bc4c00", "#1a7f37", "#8250df", "#bf3989", "#0a7a7a", "#6e5400", "#57606a"},
            "#cf222e", "#9a6700", "#0969da", 1.2);

    private static final Palette DARK = new Palette("#0d1117", "#e6edf3", "#9198a1", "#1c2633", "#6e7681",
            "#151b23", "#161b22", "#8b949e", "#2b2111", "#d2a8ff", "#56d364", "#ff7b72", "#e3b341", "#58a6ff",
            "#9198a1", "#ff8e8a", "#d2a8ff", "#ff7b72",
            new String[] {"#161b22", "#0c2d4a", "#0f3f6b", "#155a94", "#1b64cc"},
            new String[] {"#58a6ff", "#ffa657", "#56d364", "#d2a8ff", "#ff9bce", "#39c5cf", "#e3b341", "#c9d1d9"},
            "#ff7b72", "#e3b341", "#58a6ff", 1.2);

    private static final Palette HIGH_CONTRAST = new Palette("#ffffff", "#000000", "#000000", "#ffffff", "#000000",
            "#ffffff", "#ffffff", "#000000", "#ffffff", "#000000", "#005c00", "#a00000", "#000000", "#000000",
            "#000000", "#000000", "#000000", "#000000",
            new String[] {"#ffffff", "#ffffff", "#ebebeb", "#d6d6d6", "#c2c2c2"},
            new String[] {"#000000", "#000000", "#000000", "#000000", "#000000", "#000000", "#000000", "#000000"},
            "#a00000", "#000000", "#000000", 2.0);

    private Styles() {
    }

    private static Palette palette(Theme theme) {
        return switch (theme) {
            case LIGHT -> LIGHT;
            case DARK -> DARK;
            case HIGH_CONTRAST -> HIGH_CONTRAST;
        };
    }

    /** The background colour of a theme. */
    static String background(Theme theme) {
        return palette(theme).bg;
    }

    /** The CSS of a theme: one rule a line, in a fixed order. */
    static String css(Theme theme, String hatchId) {
        Palette p = palette(theme);
        String s = SvgWriter.num(p.stroke);
        StringBuilder b = new StringBuilder(6000);
        b.append("svg.jk{font-family:\"DejaVu Sans\",Verdana,Arial,Helvetica,sans-serif;font-size:12px}\n");
        rule(b, ".jk-bg", "fill:" + p.bg);
        rule(b, ".jk text", "fill:" + p.text);
        rule(b, ".jk .jk-title", "font-size:22px;font-weight:bold");
        rule(b, ".jk .jk-subtitle", "font-size:13px;fill:" + p.muted);
        rule(b, ".jk .jk-head", "font-size:14px;font-weight:bold");
        rule(b, ".jk .jk-bold", "font-weight:bold");
        rule(b, ".jk .jk-small", "font-size:10.5px;fill:" + p.muted);
        rule(b, ".jk .jk-brand-text", "font-size:10.5px;font-style:italic;fill:" + p.accent);
        rule(b, ".jk-header", "fill:none;stroke:none");
        rule(b, ".jk-persona", "fill:" + p.stageFill + ";stroke:" + p.stageStroke + ";stroke-width:" + s);
        rule(b, ".jk-stage", "fill:" + p.stageFill + ";stroke:" + p.stageStroke + ";stroke-width:" + s);
        rule(b, ".jk-column", "fill:" + p.laneFill + ";stroke:none");
        rule(b, ".jk-lane-band", "fill:none;stroke:" + p.stageStroke + ";stroke-width:0.6;stroke-dasharray:1 3");
        rule(b, ".jk-lane-label", "fill:" + p.stageFill + ";stroke:none");
        rule(b, ".jk-card", "fill:" + p.cardFill + ";stroke:" + p.cardStroke + ";stroke-width:" + s);
        rule(b, ".jk-moment", "fill:" + p.momentFill + ";stroke:" + p.cardStroke + ";stroke-width:" + s
                + ";stroke-dasharray:5 3");
        rule(b, ".jk-brand", "fill:" + p.accent + ";stroke:none");
        rule(b, ".jk-cell", "fill:" + p.cardFill + ";stroke:" + p.stageStroke + ";stroke-width:0.8");
        rule(b, ".jk-scale", "fill:none;stroke:none");
        rule(b, ".jk-plot", "fill:none;stroke:none");
        rule(b, ".jk .jk-pain-high", "fill:" + p.bad + ";font-weight:bold");
        rule(b, ".jk .jk-pain-medium", "fill:" + p.text);
        rule(b, ".jk .jk-pain-low", "fill:" + p.muted);
        rule(b, ".jk .jk-met", "fill:" + p.good);
        rule(b, ".jk .jk-missed", "fill:" + p.bad + ";font-weight:bold");
        rule(b, ".jk-curve", "fill:none;stroke:" + p.curve + ";stroke-width:2.5");
        rule(b, ".jk-baseline", "fill:none;stroke:" + p.muted + ";stroke-width:1;stroke-dasharray:4 4");
        rule(b, ".jk-gridline", "fill:none;stroke:" + p.stageStroke + ";stroke-width:0.5;stroke-opacity:0.5");
        rule(b, ".jk-emotion-positive", "fill:" + p.good + ";stroke:" + p.bg + ";stroke-width:1.5");
        rule(b, ".jk-emotion-neutral", "fill:" + p.warn + ";stroke:" + p.bg + ";stroke-width:1.5");
        rule(b, ".jk-emotion-negative", "fill:" + p.bad + ";stroke:" + p.bg + ";stroke-width:1.5");
        rule(b, ".jk-blueprint-line", "fill:none;stroke:" + p.accent + ";stroke-width:1.5;stroke-dasharray:8 4");
        rule(b, ".jk .jk-blueprint-label", "font-size:10.5px;font-weight:bold;fill:" + p.accent);
        rule(b, ".jk-node", "fill:" + p.cardFill + ";stroke:" + p.cardStroke + ";stroke-width:" + s);
        rule(b, ".jk-node-moment", "fill:" + p.momentFill + ";stroke:" + p.cardStroke + ";stroke-width:" + s
                + ";stroke-dasharray:5 3");
        rule(b, ".jk-node-loop", "stroke:" + p.loop + ";stroke-width:2.5");
        rule(b, ".jk .jk-loop-text", "font-size:10.5px;fill:" + p.loop);
        rule(b, ".jk-edge", "fill:none;stroke:" + p.edge + ";stroke-dasharray:none;stroke-opacity:0.85");
        rule(b, ".jk-edge-back", "fill:none;stroke:" + p.back + ";stroke-dasharray:1 5;stroke-linecap:round;stroke-opacity:0.9");
        rule(b, ".jk-edge-self", "fill:none;stroke:" + p.loop);
        rule(b, ".jk-edge-loop", "stroke:" + p.loop);
        for (int i = 0; i < PERSONA_STYLES; i++) {
            rule(b, ".jk-edge.jk-persona-" + i + ",.jk-swatch.jk-persona-" + i, "stroke:" + p.persona[i]
                    + ";stroke-dasharray:" + DASHES[i]);
            rule(b, ".jk-arrow-" + i, "fill:" + p.persona[i]);
        }
        rule(b, ".jk-arrow", "fill:" + p.edge);
        rule(b, ".jk-arrow-back", "fill:" + p.back);
        rule(b, ".jk-arrow-loop", "fill:" + p.loop);
        rule(b, ".jk-swatch", "fill:none;stroke:" + p.edge + ";stroke-width:2.5");
        rule(b, ".jk-swatch.jk-edge-back", "stroke:" + p.back);
        rule(b, ".jk-matrix-head", "fill:" + p.stageFill + ";stroke:" + p.stageStroke + ";stroke-width:" + s);
        for (int i = 0; i < p.heat.length; i++) {
            rule(b, ".jk-heat-" + i, "fill:" + p.heat[i] + ";stroke:" + p.stageStroke + ";stroke-width:" + s);
        }
        rule(b, ".jk .jk-count", "font-size:16px;font-weight:bold");
        rule(b, ".jk-gap", "fill:url(#" + hatchId + ");stroke:" + p.gap + ";stroke-width:2.5;stroke-dasharray:6 3");
        rule(b, ".jk-hatch-line", "stroke:" + p.gap + ";stroke-width:1.5;stroke-opacity:0.55");
        rule(b, ".jk-gap-plate", "fill:" + p.bg + ";stroke:none");
        rule(b, ".jk .jk-gap-text", "font-size:10.5px;font-weight:bold;fill:" + p.gap);
        rule(b, ".jk-legend", "fill:" + p.laneFill + ";stroke:" + p.stageStroke + ";stroke-width:0.8");
        rule(b, ".jk-badge-error", "fill:" + p.error + ";stroke:" + p.bg + ";stroke-width:1.5");
        rule(b, ".jk-badge-warning", "fill:" + p.warning + ";stroke:" + p.bg + ";stroke-width:1.5");
        rule(b, ".jk-badge-info", "fill:" + p.info + ";stroke:" + p.bg + ";stroke-width:1.5");
        rule(b, ".jk-badge-more", "fill:" + p.muted + ";stroke:" + p.bg + ";stroke-width:1.5");
        rule(b, ".jk .jk-badge-text", "font-size:9px;font-weight:bold;fill:" + p.bg);
        return b.toString();
    }

    /**
     * The rules of the observation overlays, after the others (so they win): taken counts, the
     * faint dashed designed-but-untaken edges, the undesigned edges (their own colour and a
     * dash-dot pattern no other arrow has), unreached steps (a dashed outline, faded), the funnel.
     */
    static String observedCss(Theme theme, String hatchId) {
        Palette p = palette(theme);
        String s = SvgWriter.num(p.stroke);
        StringBuilder b = new StringBuilder(2000);
        rule(b, ".jk-edge-untaken,.jk-swatch.jk-edge-untaken", "stroke:" + p.muted
                + ";stroke-dasharray:4 4;stroke-opacity:0.55;stroke-linecap:butt");
        rule(b, ".jk-arrow-untaken", "fill:" + p.muted + ";fill-opacity:0.55");
        rule(b, ".jk-edge-undesigned,.jk-swatch.jk-edge-undesigned", "stroke:" + p.gap
                + ";stroke-dasharray:12 3 2 3;stroke-opacity:0.9;stroke-linecap:butt");
        rule(b, ".jk-arrow-undesigned", "fill:" + p.gap);
        rule(b, ".jk-node-unreached", "stroke-dasharray:3 3;fill-opacity:0.6");
        rule(b, ".jk .jk-unreached-text", "font-size:10.5px;font-weight:bold;fill:" + p.bad);
        rule(b, ".jk .jk-observed-text", "font-size:10.5px;font-weight:bold;fill:" + p.text);
        rule(b, ".jk-count-plate", "fill:" + p.bg + ";stroke:" + p.stageStroke + ";stroke-width:0.8;fill-opacity:0.92");
        rule(b, ".jk-count-plate.jk-count-undesigned", "stroke:" + p.gap + ";stroke-width:" + s);
        rule(b, ".jk .jk-edge-count", "font-size:10.5px;font-weight:bold;fill:" + p.text);
        rule(b, ".jk .jk-funnel-count", "font-size:14px;font-weight:bold;fill:" + p.text);
        rule(b, ".jk-funnel-bar", "fill:" + p.curve + ";stroke:none");
        rule(b, ".jk-funnel-left", "fill:" + p.bg + ";stroke:none");
        rule(b, ".jk-funnel-drop", "fill:url(#" + hatchId + ");stroke:" + p.gap + ";stroke-width:" + s);
        rule(b, ".jk-funnel-track", "fill:" + p.laneFill + ";stroke:" + p.stageStroke + ";stroke-width:0.8");
        return b.toString();
    }

    /**
     * The rules of the DIFF view's marks, after the others (so they win): an added box has a thick
     * solid outline, a changed one a thick dash-dot outline, a moved one thick long dashes (an
     * added mark wins over a moved one, a moved over a changed); a removed element is a ghost, a
     * thin dotted outline on no fill with muted text. Each mark also has its words in the box
     * ({@code jk-diff-tag-*}), so no mark is told by colour alone.
     */
    static String diffCss(Theme theme) {
        Palette p = palette(theme);
        // the light theme's green and amber reach 4.5:1 on white, not on the tinted stage and persona
        // cards that carry marks too: a darker shade of each there
        String good = theme == Theme.LIGHT ? "#116329" : p.good;
        String warn = theme == Theme.LIGHT ? "#7d4e00" : p.warn;
        StringBuilder b = new StringBuilder(1500);
        rule(b, ".jk-diff-sample", "fill:" + p.cardFill + ";stroke:" + p.cardStroke + ";stroke-width:" + SvgWriter.num(p.stroke));
        rule(b, ".jk-diff-changed", "stroke:" + warn + ";stroke-width:3;stroke-dasharray:9 3 2 3");
        rule(b, ".jk-diff-moved", "stroke:" + p.accent + ";stroke-width:3;stroke-dasharray:12 4");
        rule(b, ".jk-diff-added", "stroke:" + good + ";stroke-width:3;stroke-dasharray:none");
        rule(b, ".jk-diff-removed", "fill:" + p.bg + ";fill-opacity:0.6;stroke:" + p.muted
                + ";stroke-width:1.5;stroke-dasharray:1.5 3;stroke-linecap:round");
        rule(b, ".jk-diff-ghost-column", "fill:none;stroke:" + p.stageStroke + ";stroke-width:0.8;stroke-dasharray:1.5 3");
        rule(b, ".jk .jk-diff-ghost text", "fill:" + p.muted);
        rule(b, ".jk .jk-diff-tag-added", "font-size:10.5px;font-weight:bold;fill:" + good);
        rule(b, ".jk .jk-diff-tag-changed", "font-size:10.5px;font-weight:bold;fill:" + warn);
        rule(b, ".jk .jk-diff-tag-moved", "font-size:10.5px;font-weight:bold;fill:" + p.accent);
        rule(b, ".jk .jk-diff-ghost .jk-diff-tag-removed", "font-size:10.5px;font-weight:bold;fill:" + p.muted);
        rule(b, ".jk-diff-old-curve", "fill:none;stroke:" + p.muted + ";stroke-width:2;stroke-dasharray:6 4");
        rule(b, ".jk-diff-old-point", "fill:" + p.bg + ";stroke:" + p.muted + ";stroke-width:1.5");
        rule(b, ".jk-diff-now-swatch", "stroke:" + p.curve);
        return b.toString();
    }

    private static void rule(StringBuilder b, String selector, String declarations) {
        b.append(selector).append('{').append(declarations).append("}\n");
    }
}
