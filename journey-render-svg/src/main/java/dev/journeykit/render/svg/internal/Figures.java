package dev.journeykit.render.svg.internal;

import dev.journeykit.core.model.JourneyMap;

/** Numbers about drawings that tools and reports print (not API: this package is not exported). */
final class Figures {

    private Figures() {
    }

    /**
     * The edge crossings of the FLOW view of {@code map} (all personas): {in map order, after the
     * barycentre ordering}. Crossings are counted between forward segments joining neighbouring
     * stage columns (a transition that skips stages counts through its dummy nodes).
     */
    static long[] crossings(JourneyMap map) {
        return FlowView.crossingCounts(map);
    }
}
