package dev.journeykit.render.svg.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.journeykit.core.diff.MapDiff;
import dev.journeykit.core.model.JourneyMap;
import dev.journeykit.core.testing.JourneyArbitraries;
import dev.journeykit.render.svg.SvgChecks;
import dev.journeykit.core.model.Moment;
import dev.journeykit.core.model.Stage;
import dev.journeykit.core.model.Step;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The DIFF view keeps the geometry rules of every picture ({@link LayoutProperties}' checks) and is
 * safe and deterministic, over pairs of generated maps: two unrelated maps (their ids overlap, so
 * steps move between stages, are reordered, added and removed), a map and its view for one persona
 * (steps removed or added, stages kept), and a map with itself.
 */
class DiffLayoutProperties {

    @Provide
    Arbitrary<MapDiff> diffs() {
        Arbitrary<JourneyMap> maps = JourneyArbitraries.maps(5, 5);
        return Combinators.combine(maps, maps, Arbitraries.integers().between(0, 7), Arbitraries.integers().between(0, 9),
                        Arbitraries.longs())
                .as((a, b, how, persona, seed) -> {
                    JourneyMap narrowed = b.personas().isEmpty() ? a
                            : b.forPersona(b.personas().get(persona % b.personas().size()).id());
                    return switch (how) {
                        case 0 -> MapDiff.compare(b, narrowed);
                        case 1 -> MapDiff.compare(narrowed, b);
                        case 2 -> MapDiff.compare(b, b);
                        case 3 -> MapDiff.compare(b, shuffled(b, seed));
                        case 4 -> MapDiff.compare(shuffled(narrowed, seed), b);
                        case 5 -> MapDiff.compare(shuffled(b, seed), narrowed);
                        default -> MapDiff.compare(a, b);
                    };
                });
    }

    /**
     * {@code map} with its stages and the steps of each stage in a random order, some moments moved
     * to another stage with another emotion.
     */
    static JourneyMap shuffled(JourneyMap map, long seed) {
        Random random = new Random(seed);
        List<Stage> stages = new ArrayList<>(map.stages());
        Collections.shuffle(stages, random);
        List<List<Step>> steps = new ArrayList<>();
        stages.forEach(stage -> {
            List<Step> here = new ArrayList<>(stage.steps());
            Collections.shuffle(here, random);
            steps.add(here);
        });
        int low = map.emotionScale().low();
        int high = map.emotionScale().high();
        for (int i = 0; i < stages.size() && stages.size() > 1; i++) {
            for (Step step : List.copyOf(steps.get(i))) {
                if (step instanceof Moment m && random.nextInt(3) == 0) {
                    int to = (i + 1 + random.nextInt(stages.size() - 1)) % stages.size();
                    steps.get(i).remove(m);
                    steps.get(to).add(random.nextInt(steps.get(to).size() + 1), new Moment(m.id(), m.name(),
                            stages.get(to).id(), m.personas(), OptionalInt.of(low + random.nextInt(high - low + 1)),
                            m.actions(), m.thoughts(), m.pains(), m.events(), m.position()));
                }
            }
        }
        List<Stage> moved = new ArrayList<>();
        for (int i = 0; i < stages.size(); i++) {
            Stage s = stages.get(i);
            moved.add(new Stage(s.id(), s.name(), s.goal(), steps.get(i), s.position()));
        }
        return JourneyMap.create(map.header(), map.personas(), map.channels(), moved, map.paths(), map.flows(),
                map.suppressions());
    }

    @Property(tries = 100, edgeCases = EdgeCasesMode.MIXIN)
    void no_two_boxes_overlap_and_every_text_stays_in_its_box(@ForAll("diffs") MapDiff diff,
                                                             @ForAll @IntRange(min = 1, max = 4) int maxLines,
                                                             @ForAll boolean findings) {
        Layout layout = DiffView.draw(diff, LayoutProperties.settings(diff.after(), maxLines, findings)).layout();
        LayoutProperties.assertNoTwoBoxesOverlap(layout);
        LayoutProperties.assertTextAndBoxesInside(layout, maxLines);
    }

    @Provide
    Arbitrary<Object[]> markedDiffs() {
        return diffs().flatMap(diff -> LayoutProperties.markedSettings(diff.after()).map(s -> new Object[] {diff, s}));
    }

    @Property(tries = 60)
    void badges_hold_their_numbers_and_touch_nothing_else(@ForAll("markedDiffs") Object[] diffAndSettings) {
        LayoutProperties.assertBadgesClear(DiffView.draw((MapDiff) diffAndSettings[0], (Settings) diffAndSettings[1])
                .layout());
    }

    @Property(tries = 100, edgeCases = EdgeCasesMode.MIXIN)
    void every_diff_picture_is_safe_well_formed_and_deterministic(@ForAll("diffs") MapDiff diff,
                                                                  @ForAll boolean findings) {
        Settings settings = LayoutProperties.settings(diff.after(), 3, findings);
        String svg = DiffView.draw(diff, settings).svg();
        Document doc = SvgChecks.assertSafeSvg(svg);
        assertThat(DiffView.draw(diff, settings).svg()).isEqualTo(svg);
        // every step of both maps is drawn once, the new ones as they are and the removed ones as ghosts
        Set<String> steps = new TreeSet<>();
        diff.after().steps().forEach(s -> steps.add(settings.id("step", s.id())));
        diff.before().steps().forEach(s -> steps.add(settings.id("step", s.id())));
        Set<String> drawn = new TreeSet<>();
        for (Element e : SvgChecks.elements(doc)) {
            if (steps.contains(e.getAttribute("id"))) {
                assertThat(drawn.add(e.getAttribute("id"))).as("%s drawn once", e.getAttribute("id")).isTrue();
            }
        }
        assertThat(drawn).isEqualTo(steps);
        boolean anyRemoved = false;
        for (var s : diff.before().steps()) {
            boolean removed = diff.after().step(s.id()).isEmpty();
            anyRemoved |= removed;
            Element e = SvgChecks.byId(doc, settings.id("step", s.id()));
            assertThat(e.getAttribute("class").contains("jk-diff-removed")).as("%s ghosted", s.id()).isEqualTo(removed);
        }
        boolean anyMoved = false;
        boolean anyAdded = false;
        for (Element e : SvgChecks.withClass(doc, "jk-diff-moved")) {
            anyMoved |= e.getAttribute("id").startsWith("jk-step-") || e.getAttribute("id").startsWith("jk-stage-");
        }
        for (Element e : SvgChecks.withClass(doc, "jk-diff-added")) {
            anyAdded |= e.getAttribute("id").startsWith("jk-step-");
        }
        Statistics.label("removed steps").collect(anyRemoved);
        Statistics.label("moved steps or stages").collect(anyMoved);
        Statistics.label("added steps").collect(anyAdded);
        // the pairs are not vacuous: ghosts, moves and additions come up often
        Statistics.label("removed steps").coverage(c -> c.check(true).percentage(p -> p > 5));
        Statistics.label("moved steps or stages").coverage(c -> c.check(true).percentage(p -> p > 5));
        Statistics.label("added steps").coverage(c -> c.check(true).percentage(p -> p > 5));
    }

    @Property(tries = 40)
    void with_a_persona_the_picture_keeps_the_rules(@ForAll("diffs") MapDiff diff, @ForAll int which) {
        if (diff.after().personas().isEmpty()) {
            return;
        }
        String persona = diff.after().personas().get(Math.floorMod(which, diff.after().personas().size())).id();
        Settings s = LayoutProperties.settings(diff.after(), 2, false);
        Settings settings = new Settings(s.theme(), Optional.of(persona), s.marks(), s.idPrefix(), s.maxTextLines());
        Layout layout = DiffView.draw(diff, settings).layout();
        LayoutProperties.assertNoTwoBoxesOverlap(layout);
        LayoutProperties.assertTextAndBoxesInside(layout, 2);
    }
}
