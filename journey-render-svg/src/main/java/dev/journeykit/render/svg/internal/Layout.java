package dev.journeykit.render.svg.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The boxes and text blocks of one drawing, kept so that tests can check the geometry: no two
 * boxes overlap, and every text block stays inside its box. Backgrounds, lines and markers are
 * not boxes. Also records, by model id, the box that shows each element (for finding badges).
 */
public final class Layout {

    /** A rectangle that holds content. {@code key} is unique in a drawing. */
    public record Box(String key, String role, double x, double y, double w, double h) {

        public double right() {
            return x + w;
        }

        public double bottom() {
            return y + h;
        }

        /** Whether the interiors of the two boxes intersect (touching edges do not count). */
        public boolean overlaps(Box o) {
            double eps = 0.01;
            return x + eps < o.right() && o.x + eps < right() && y + eps < o.bottom() && o.y + eps < bottom();
        }
    }

    /**
     * Lines of text drawn in a box: {@code x} is the anchor, {@code y} the first baseline.
     * {@code anchor} is start, middle or end.
     */
    public record Label(Box box, List<String> lines, double x, double y, double fontSize,
                        double lineHeight, boolean bold, String anchor) {

        /** The widest line, measured by {@link TextMetrics}. */
        public double width() {
            double max = 0;
            for (String line : lines) {
                max = Math.max(max, TextMetrics.width(line, fontSize, bold));
            }
            return max;
        }

        public double left() {
            return switch (anchor) {
                case "middle" -> x - width() / 2;
                case "end" -> x - width();
                default -> x;
            };
        }

        public double right() {
            return left() + width();
        }

        /** The top of the first line (ascent of the font, about 0.8 em). */
        public double top() {
            return y - fontSize * 0.8;
        }

        /** The bottom of the last line (descent of the font, about 0.25 em). */
        public double bottom() {
            return y + (lines.size() - 1) * lineHeight + fontSize * 0.25;
        }
    }

    /**
     * A finding badge: a shape ({@code square}, {@code circle} or {@code triangle}) centred on
     * {@code cx}, reaching {@code above} over and {@code below} under {@code cy} and {@code halfW}
     * to each side (a triangle: its base), with its number. {@code subject} is the box it marks
     * (the legend's box for the badges of the legend).
     */
    public record Badge(Box subject, String shape, double cx, double cy, double halfW, double above, double below,
                        Label number) {

        public Box bounds() {
            return new Box("badge:" + number.lines().get(0) + ":" + subject.key(), "badge", cx - halfW, cy - above,
                    2 * halfW, above + below);
        }

        /** Whether the point lies in the shape (a square's and a circle's bounds count whole). */
        public boolean contains(double x, double y) {
            double eps = 0.01;
            double t = (y - (cy - above)) / (above + below);
            if (t < -eps || t > 1 + eps) {
                return false;
            }
            double reach = shape.equals("triangle") ? halfW * t : halfW;
            return Math.abs(x - cx) <= reach + eps;
        }
    }

    /**
     * The line of a drawn connector (a flow arrow), curves sampled to a polyline of {x, y} points;
     * {@code kind} is forward, same-stage, back or self; {@code width} its stroke width.
     */
    public record Route(String key, String kind, double width, List<double[]> points) {
    }

    private final List<Route> routes = new ArrayList<>();
    private final List<Box> boxes = new ArrayList<>();
    private final List<Badge> badges = new ArrayList<>();
    private final List<Label> labels = new ArrayList<>();
    private final Map<String, Box> byElement = new LinkedHashMap<>();
    private double width;
    private double height;

    public Box add(Box box) {
        boxes.add(box);
        return box;
    }

    public void add(Label label) {
        labels.add(label);
    }

    public void add(Badge badge) {
        badges.add(badge);
    }

    public void add(Route route) {
        routes.add(route);
    }

    public List<Route> routes() {
        return Collections.unmodifiableList(routes);
    }

    public List<Badge> badges() {
        return Collections.unmodifiableList(badges);
    }

    /** Records that {@code box} shows the model element {@code elementId} (the first box wins). */
    public void shows(String elementId, Box box) {
        byElement.putIfAbsent(elementId, box);
    }

    public List<Box> boxes() {
        return Collections.unmodifiableList(boxes);
    }

    public List<Label> labels() {
        return Collections.unmodifiableList(labels);
    }

    /** The box that shows an element, by the element's model id. */
    public Map<String, Box> elements() {
        return Collections.unmodifiableMap(byElement);
    }

    public double width() {
        return width;
    }

    public double height() {
        return height;
    }

    void size(double width, double height) {
        this.width = width;
        this.height = height;
    }
}
