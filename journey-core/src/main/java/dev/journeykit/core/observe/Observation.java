package dev.journeykit.core.observe;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * What one population of customers (all of them, or one persona's) did, against the map: every
 * stage and step in the map's order, the observed transitions ordered by their steps' map order,
 * non-linear customers, repeat contacts, the whole variant distribution (most customers first,
 * then by the steps' map order) and the conformance fitness (the share of observed transitions,
 * by count, that the map designs; empty when no customer made a transition).
 */
public record Observation(long customers, List<StageObservation> stages, List<StepObservation> steps,
                          List<TransitionObservation> transitions, NonLinear nonLinear,
                          List<RepeatContact> repeatContacts, List<Variant> variants, OptionalDouble fitness) {

    public Observation {
        stages = List.copyOf(Objects.requireNonNull(stages, "stages"));
        steps = List.copyOf(Objects.requireNonNull(steps, "steps"));
        transitions = List.copyOf(Objects.requireNonNull(transitions, "transitions"));
        Objects.requireNonNull(nonLinear, "nonLinear");
        repeatContacts = List.copyOf(Objects.requireNonNull(repeatContacts, "repeatContacts"));
        variants = variants instanceof VariantList ? variants : List.copyOf(Objects.requireNonNull(variants, "variants"));
        Objects.requireNonNull(fitness, "fitness");
    }

    public Optional<StageObservation> stage(String id) {
        return stages.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    public Optional<StepObservation> step(String id) {
        return steps.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    /** The observed transition from one step to another; empty when no customer made it. */
    public Optional<TransitionObservation> transition(String from, String to) {
        return transitions.stream().filter(t -> t.from().equals(from) && t.to().equals(to)).findFirst();
    }
}
