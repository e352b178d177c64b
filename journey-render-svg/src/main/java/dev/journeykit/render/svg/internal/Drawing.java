package dev.journeykit.render.svg.internal;

import dev.journeykit.core.model.JourneyMap;
import dev.journeykit.render.svg.View;
import java.util.Objects;

/** A finished drawing: the SVG text and the layout it was drawn from. */
public record Drawing(Layout layout, String svg) {

    /** Draws a map in a view. */
    public static Drawing of(JourneyMap map, View view, Settings settings) {
        Objects.requireNonNull(map, "map must not be null");
        Objects.requireNonNull(view, "view must not be null");
        Objects.requireNonNull(settings, "settings must not be null");
        return switch (view) {
            case MAP -> MapView.draw(map, settings);
            case FLOW -> FlowView.draw(map, settings);
            case MATRIX -> MatrixView.draw(map, settings);
        };
    }
}
