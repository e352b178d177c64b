package dev.journeykit.render.svg;

import java.util.List;

/** What picture of a journey map to draw. */
public enum View {
    /** The classic journey map: stages as columns, lanes of steps, emotions, pains and more. */
    MAP,
    /** The steps as boxes in stage columns and the transitions between them as arrows. */
    FLOW,
    /** Stages by channels: how many touchpoints each cell holds, and the persona's gaps. */
    MATRIX,
    /**
     * What customers did, stage by stage: reached customers and drop-off per stage (per persona
     * when the log gives personas), the non-linear share and the top variants. Needs observations
     * ({@link SvgOptions.Builder#observed}).
     */
    FUNNEL;

    /** Whether the view draws observations only, and so needs them. */
    public boolean needsObservations() {
        return this == FUNNEL;
    }

    /** The views a map alone can be drawn in (all but {@link #FUNNEL}), in order. */
    public static List<View> ofMap() {
        return java.util.Arrays.stream(values()).filter(v -> !v.needsObservations()).toList();
    }
}
