package dev.journeykit.render.svg;

/** What picture of a journey map to draw. */
public enum View {
    /** The classic journey map: stages as columns, lanes of steps, emotions, pains and more. */
    MAP,
    /** The steps as boxes in stage columns and the transitions between them as arrows. */
    FLOW,
    /** Stages by channels: how many touchpoints each cell holds, and the persona's gaps. */
    MATRIX
}
