package dev.journeykit.render.svg.internal;

import dev.journeykit.core.diff.MapDiff;
import dev.journeykit.core.model.JourneyMap;
import dev.journeykit.render.svg.View;
import java.util.Objects;

/**
 * Where the renderer chooses the view: each view computes its layout and emits it into a
 * {@link Drawing}; a drawing knows nothing of the views.
 */
public final class Views {

    private Views() {
    }

    /** Draws {@code map} in {@code view}. */
    public static Drawing draw(JourneyMap map, View view, Settings settings) {
        Objects.requireNonNull(map, "map must not be null");
        Objects.requireNonNull(view, "view must not be null");
        Objects.requireNonNull(settings, "settings must not be null");
        return switch (view) {
            case MAP -> MapView.draw(map, settings);
            case FLOW -> FlowView.draw(map, settings);
            case MATRIX -> MatrixView.draw(map, settings);
            case FUNNEL -> FunnelView.draw(map, settings);
        };
    }

    /** Draws the DIFF view of {@code diff}: its new map with the changes marked. */
    public static Drawing drawDiff(MapDiff diff, Settings settings) {
        Objects.requireNonNull(diff, "diff must not be null");
        Objects.requireNonNull(settings, "settings must not be null");
        return DiffView.draw(diff, settings);
    }
}
