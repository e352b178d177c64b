package dev.journeykit.core.model;

import java.util.Optional;

/**
 * An element of a map that has an id: persona, channel, stage, touchpoint or moment. Ids are
 * unique inside one map across all kinds.
 */
public sealed interface Element permits Persona, Channel, Stage, Step {

    String id();

    /** The text a person reads. */
    String name();

    /** Where the element was written, when it came from text. */
    Optional<SourcePosition> position();

    /** The word for the element's kind in messages: {@code persona}, {@code touchpoint}, ... */
    String kindName();
}
