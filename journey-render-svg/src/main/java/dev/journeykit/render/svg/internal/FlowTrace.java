package dev.journeykit.render.svg.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * A line as segments (M, L, C), giving its path data and its points (curves sampled), for the
 * layout's routes; its end can be pulled back to leave room for a drawn arrowhead.
 */
final class FlowTrace {
    /** Each segment: {type ('M', 'L' or 'C'), coordinates...}. */
    private final List<double[]> segments = new ArrayList<>();
    private double x;
    private double y;

    FlowTrace move(double px, double py) {
        segments.add(new double[] {'M', px, py});
        x = px;
        y = py;
        return this;
    }

    FlowTrace line(double px, double py) {
        segments.add(new double[] {'L', px, py});
        x = px;
        y = py;
        return this;
    }

    FlowTrace curve(double x1, double y1, double x2, double y2, double px, double py) {
        segments.add(new double[] {'C', x1, y1, x2, y2, px, py});
        x = px;
        y = py;
        return this;
    }

    /** A quarter turn: a quadratic corner through (cx, cy), drawn as a cubic. */
    FlowTrace corner(double cx, double cy, double px, double py) {
        return curve(x + 2.0 / 3 * (cx - x), y + 2.0 / 3 * (cy - y), px + 2.0 / 3 * (cx - px),
                py + 2.0 / 3 * (cy - py), px, py);
    }

    /**
     * Pulls the end back by {@code length} along the direction the line arrives in; returns {tip x, tip y,
     * unit direction x, unit direction y}, the tip being the old end.
     */
    double[] pullBack(double length) {
        double[] last = segments.get(segments.size() - 1);
        int n = last.length;
        double fromX = n == 7 ? last[3] : previousX();
        double fromY = n == 7 ? last[4] : previousY();
        double tipX = last[n - 2];
        double tipY = last[n - 1];
        double dx = tipX - fromX;
        double dy = tipY - fromY;
        double len = Math.hypot(dx, dy);
        if (len < 1e-9) {
            dx = 1;
            dy = 0;
        } else {
            dx /= len;
            dy /= len;
        }
        double pull = Math.min(length, Math.max(0, len - 1));
        // the new end lies on the line from the last control point to the tip: same direction
        last[n - 2] -= dx * pull;
        last[n - 1] -= dy * pull;
        return new double[] {tipX, tipY, dx, dy};
    }

    private double previousX() {
        double[] prev = segments.get(segments.size() - 2);
        return prev[prev.length - 2];
    }

    private double previousY() {
        double[] prev = segments.get(segments.size() - 2);
        return prev[prev.length - 1];
    }

    String d() {
        StringBuilder d = new StringBuilder();
        for (double[] seg : segments) {
            if (seg.length == 7) {
                SvgWriter.d(d, 'C', seg[1], seg[2], seg[3], seg[4], seg[5], seg[6]);
            } else {
                SvgWriter.d(d, (char) seg[0], seg[1], seg[2]);
            }
        }
        return d.toString();
    }

    List<double[]> points() {
        int size = 1; // room for a drawn head's tip
        for (double[] seg : segments) {
            size += seg.length == 7 ? 16 : 1;
        }
        List<double[]> points = new ArrayList<>(size);
        double cx = 0;
        double cy = 0;
        for (double[] seg : segments) {
            if (seg.length == 7) {
                for (int i = 1; i <= 16; i++) {
                    double t = i / 16.0;
                    double u = 1 - t;
                    points.add(new double[] {
                            u * u * u * cx + 3 * u * u * t * seg[1] + 3 * u * t * t * seg[3] + t * t * t * seg[5],
                            u * u * u * cy + 3 * u * u * t * seg[2] + 3 * u * t * t * seg[4] + t * t * t * seg[6]});
                }
                cx = seg[5];
                cy = seg[6];
            } else {
                points.add(new double[] {seg[1], seg[2]});
                cx = seg[1];
                cy = seg[2];
            }
        }
        return points;
    }
}
