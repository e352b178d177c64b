package dev.journeykit.render.svg.internal;

import dev.journeykit.core.model.JourneyMap;

/** The funnel view: what customers did, stage by stage. */
final class FunnelView {

    private FunnelView() {
    }

    static Drawing draw(JourneyMap source, Settings settings) {
        if (settings.observed().isEmpty()) {
            throw new IllegalArgumentException("the funnel view draws observations: give them with SvgOptions.observed");
        }
        throw new UnsupportedOperationException("todo");
    }
}
