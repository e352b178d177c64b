package dev.journeykit.assertj;

import static dev.journeykit.assertj.internal.Describe.items;
import static dev.journeykit.assertj.internal.Describe.quoted;

import dev.journeykit.core.observe.ObservedJourney;
import dev.journeykit.core.observe.TransitionObservation;
import java.util.List;
import java.util.Optional;
import org.assertj.core.api.AbstractLongAssert;
import org.assertj.core.api.AssertionErrorCollector;

/**
 * Assertions on one directly-follows pair of steps; reached with
 * {@code assertThat(observed).transition("faq", "checkout")}.
 */
public class ObservedTransitionAssert extends AbstractJourneyAssert<ObservedTransitionAssert, ObservedJourney> {

    private final String from;
    private final String to;
    private final Optional<TransitionObservation> transition;

    ObservedTransitionAssert(ObservedJourney actual, String from, String to, AssertionErrorCollector collector,
                             boolean skipped) {
        super(actual, ObservedTransitionAssert.class, collector, skipped);
        this.from = from;
        this.to = to;
        this.transition = actual == null ? Optional.empty() : actual.transition(from, to);
    }

    private String pair() {
        return quoted(from) + " -> " + quoted(to);
    }

    /** Passes when some customer went directly from the one step to the other. */
    public ObservedTransitionAssert isObserved() {
        return verify(this::observed);
    }

    private void observed() {
        if (transition.isEmpty()) {
            List<String> moves = actual.transitions().stream().filter(t -> t.from().equals(from))
                    .map(t -> "  - " + quoted(t.from()) + " -> " + quoted(t.to()) + ": " + t.count()
                            + (t.count() == 1 ? " time" : " times"))
                    .toList();
            throw failureOf("\nExpecting customers to have gone directly " + pair() + "\nbut none did; "
                    + (moves.isEmpty() ? "no customer went anywhere directly from " + quoted(from)
                    : "the moves from " + quoted(from) + " were:\n" + items(moves)));
        }
    }

    /** Passes when no customer went directly from the one step to the other. */
    public ObservedTransitionAssert isNotObserved() {
        return verify(() -> {
            if (transition.isPresent()) {
                TransitionObservation t = transition.get();
                throw failureOf("\nExpecting no customer to have gone directly " + pair() + "\nbut " + t.customers()
                        + (t.customers() == 1 ? " customer did, " : " customers did, ") + t.count()
                        + (t.count() == 1 ? " time" : " times"));
            }
        });
    }

    /** Passes when the transition was observed and the map designs it. */
    public ObservedTransitionAssert isDesigned() {
        return verify(() -> {
            observed();
            if (!transition.get().designed()) {
                throw failureOf("\nExpecting the observed transition " + pair() + " to be designed by the map\n"
                        + "but no flow or path has it");
            }
        });
    }

    /** How often customers made the transition (0 when none did). */
    public AbstractLongAssert<?> count() {
        return number(transition.map(TransitionObservation::count).orElse(0L), "times customers went directly " + pair());
    }
}
