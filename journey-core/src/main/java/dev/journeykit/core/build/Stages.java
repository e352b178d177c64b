package dev.journeykit.core.build;

import java.util.List;

/**
 * Stage presets, to add with {@code stages(...)} and fill with {@code stage(id, s -> ...)}.
 */
public final class Stages {

    /** A stage to declare: its id and name. */
    public record Preset(String id, String name) {
    }

    /** Awareness, consideration, decision, retention, advocacy. */
    public static final List<Preset> CLASSIC = List.of(
            new Preset("awareness", "Awareness"),
            new Preset("consideration", "Consideration"),
            new Preset("decision", "Decision"),
            new Preset("retention", "Retention"),
            new Preset("advocacy", "Advocacy"));

    /** The contact-center five: awareness, consideration, conversion, service, advocacy. */
    public static final List<Preset> CONTACT_CENTER = List.of(
            new Preset("awareness", "Awareness"),
            new Preset("consideration", "Consideration"),
            new Preset("conversion", "Conversion"),
            new Preset("service", "Service"),
            new Preset("advocacy", "Advocacy"));

    private Stages() {
    }
}
