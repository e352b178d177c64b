package dev.journeykit.render.svg.internal;

import dev.journeykit.core.model.JourneyMap;
import dev.journeykit.core.model.Persona;
import dev.journeykit.core.model.Stage;
import dev.journeykit.core.model.Step;
import dev.journeykit.render.svg.internal.Canvas.Piece;
import java.util.List;
import java.util.OptionalInt;

/**
 * What a picture drawn with the MAP view's layout adds to the map: elements drawn that are not in
 * the map (ghosts, such as the steps a change removed), marks on the boxes of elements, a second
 * emotion curve, and its own key, title and description. {@link MapView} asks its overlay at each
 * of these places and draws everything else as it always does; the MAP view itself draws with
 * {@link #NONE}, which adds nothing. {@link DiffView} is the other one.
 *
 * <p>Element kinds are {@code stage}, {@code step} and {@code persona}.
 */
interface MapOverlay {

    /** Adds nothing: the MAP view. */
    MapOverlay NONE = new MapOverlay() {
    };

    /** The name of the view in the document's class ({@code jk-view-NAME}). */
    default String view() {
        return "map";
    }

    /** The stages in column order, ghosts included. */
    default List<Stage> stages(JourneyMap map) {
        return map.stages();
    }

    /** The steps of {@code stage} in column order, ghosts included. */
    default List<Step> steps(Stage stage) {
        return stage.steps();
    }

    /** The persona cards in order, ghosts included. */
    default List<Persona> personas(JourneyMap map) {
        return map.personas();
    }

    /**
     * Whether the element is drawn but not in the map: drawn faded, without content in the lanes
     * below the steps, on no curve of the map, without badges and without being linked as the
     * element's box.
     */
    default boolean ghost(String kind, String id) {
        return false;
    }

    /** The map a ghost element comes from, for the names it refers to (channels, personas). */
    default JourneyMap source(String kind, String id, JourneyMap map) {
        return map;
    }

    /** CSS classes added to the box of an element, each after a space; empty for none. */
    default String classes(String kind, String id) {
        return "";
    }

    /** Pieces drawn first in the box of an element (its marks in words), wrapped to {@code width}. */
    default List<Piece> tag(String kind, String id, double width, int maxLines) {
        return List.of();
    }

    /**
     * The emotion of a step on the overlay's second curve (empty when the step is not on it); the
     * second curve is drawn when some step has one.
     */
    default OptionalInt secondCurve(Step step) {
        return OptionalInt.empty();
    }

    /** The lowest value of the emotion lane's scale. */
    default int low(JourneyMap map) {
        return map.emotionScale().low();
    }

    /** The highest value of the emotion lane's scale. */
    default int high(JourneyMap map) {
        return map.emotionScale().high();
    }

    /**
     * The names of the map's curve and the second curve in the emotion lane's key; when there are
     * any, the lane draws these two curves (and no curve per persona).
     */
    default List<String> curveNames() {
        return List.of();
    }

    /** Draws the key below the lanes (before the findings' legend) and returns the y below it. */
    default double key(Canvas c, double x, double y, double width) {
        return y;
    }

    /** The picture's title. */
    default String title(JourneyMap map) {
        return map.title() + " - journey map";
    }

    /** The subtitle's first part. */
    default String subtitle(JourneyMap map) {
        return map.kind().keyword() + " journey map";
    }

    /** The picture's description; {@code counts} is what the MAP view says of the map it draws. */
    default String description(JourneyMap map, String counts) {
        return "Journey map of '" + map.title() + "' (" + map.kind().keyword() + "): " + counts;
    }
}
