package dev.journeykit.assertj;

import static dev.journeykit.assertj.internal.Describe.element;
import static dev.journeykit.assertj.internal.Describe.existing;
import static dev.journeykit.assertj.internal.Describe.item;
import static dev.journeykit.assertj.internal.Describe.items;
import static dev.journeykit.assertj.internal.Describe.missing;
import static dev.journeykit.assertj.internal.Describe.quoted;
import static dev.journeykit.assertj.internal.Describe.quotedList;

import dev.journeykit.core.analysis.CoverageGap;
import dev.journeykit.core.analysis.JourneyRules;
import dev.journeykit.core.model.JourneyMap;
import dev.journeykit.core.model.Persona;
import dev.journeykit.core.model.PersonaPath;
import dev.journeykit.core.model.Stage;
import dev.journeykit.core.model.Touchpoint;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.assertj.core.api.AssertionErrorCollector;

/** Assertions on one persona of a map; reached with {@code assertThat(map).persona("amber")}. */
public class PersonaAssert extends AbstractJourneyAssert<PersonaAssert, Persona> {

    private final JourneyMap map;

    PersonaAssert(Persona actual, JourneyMap map, AssertionErrorCollector collector, boolean skipped) {
        super(actual, PersonaAssert.class, collector, skipped);
        this.map = map;
    }

    /** Moves to the persona's path named {@code name}; fails when the persona has no such path. */
    public PathAssert path(String name) {
        Objects.requireNonNull(name, "path name must not be null");
        return navigate(() -> {
            List<PersonaPath> own = map.paths().stream().filter(p -> p.persona().equals(actual.id())).toList();
            PersonaPath path = own.stream().filter(p -> p.name().equals(name)).findFirst()
                    .orElseThrow(() -> failureOf(missing(element(actual), "a path " + quoted(name),
                            map.paths().stream().filter(p -> p.name().equals(name)).findFirst()
                                    .map(p -> "path " + quoted(name) + " is of persona " + quoted(p.persona()))
                                    .orElseGet(() -> existing("path", "paths",
                                            own.stream().map(PersonaPath::name).toList())))));
            return new PathAssert(path, map, collector(), false);
        }, () -> new PathAssert(null, null, collector(), true));
    }

    /**
     * Passes when every stage where the persona has steps offers it one of its preferred channels:
     * a touchpoint for the persona on that channel. A persona that prefers no channel passes. The
     * offenders are core's {@link JourneyRules#coverageGaps} of this persona.
     */
    public PersonaAssert coversPreferredChannels() {
        return verify(() -> {
            List<String> preferred = actual.preferredChannels();
            List<String> offenders = new ArrayList<>();
            for (CoverageGap gap : JourneyRules.coverageGaps(map)) {
                if (!gap.persona().equals(actual.id())) {
                    continue;
                }
                Stage stage = map.stage(gap.stage()).orElseThrow();
                List<String> offered = stage.touchpoints().stream().filter(t -> t.isFor(actual.id()))
                        .map(Touchpoint::channelId).distinct().toList();
                offenders.add(item(element(stage),
                        offered.isEmpty() ? "offers no channel" : "offers " + quotedList(offered)));
            }
            if (!offenders.isEmpty()) {
                throw failureOf("\nExpecting " + element(actual) + " to be offered one of its preferred channels "
                        + quotedList(preferred) + " in every stage where it has steps\n"
                        + "but these stages offer none of them:\n" + items(offenders));
            }
        });
    }
}
