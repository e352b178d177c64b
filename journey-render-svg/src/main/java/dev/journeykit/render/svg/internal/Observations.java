package dev.journeykit.render.svg.internal;

import dev.journeykit.core.observe.Observation;
import java.util.Optional;

/** The observations a view draws: the settings' persona's customers, or all of them. */
final class Observations {

    private Observations() {
    }

    /**
     * The observation to draw: with a persona and a log that gives personas, that persona's
     * customers; otherwise all customers. Empty without observations.
     */
    static Optional<Observation> of(Settings settings) {
        return settings.observed().map(o -> settings.persona().map(p -> o.personas().get(p)).orElse(null) != null
                ? o.personas().get(settings.persona().get()) : o.overall());
    }

    /** The end of a view's description with observations: who was observed and what they did. */
    static String describe(Observation o, long undesigned) {
        return "; observed " + o.customers() + (o.customers() == 1 ? " customer" : " customers")
                + (undesigned == 0 ? "" : ", " + undesigned + " transitions not in the map") + ".";
    }
}
