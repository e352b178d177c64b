package dev.journeykit.core.diff;

import static org.assertj.core.api.Assertions.assertThat;

import dev.journeykit.core.model.JourneyMap;
import dev.journeykit.core.testing.JourneyArbitraries;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class MapDiffProperties {

    @Provide
    Arbitrary<JourneyMap> maps() {
        return JourneyArbitraries.maps(5, 4);
    }

    @Property(tries = 150)
    void a_map_compared_with_itself_has_no_changes(@ForAll("maps") JourneyMap map) {
        assertThat(MapDiff.compare(map, map).changes()).isEmpty();
    }

    @Property(tries = 150)
    void any_two_maps_compare_deterministically_and_every_kind_is_listed(@ForAll("maps") JourneyMap a,
                                                                        @ForAll("maps") JourneyMap b) {
        List<Change> changes = MapDiff.compare(a, b).changes();
        assertThat(MapDiff.compare(a, b).changes()).isEqualTo(changes);
        assertThat(changes).allSatisfy(c -> assertThat(MapDiff.KINDS).contains(c.kind()));
        List<Integer> order = changes.stream().map(c -> MapDiff.KINDS.indexOf(c.kind())).toList();
        assertThat(order).isSorted();
    }

    @Property(tries = 150)
    void added_and_removed_swap_when_the_maps_swap(@ForAll("maps") JourneyMap a, @ForAll("maps") JourneyMap b) {
        long addedThere = MapDiff.compare(a, b).changes().stream().filter(c -> c.kind().endsWith(".added")).count();
        long removedBack = MapDiff.compare(b, a).changes().stream().filter(c -> c.kind().endsWith(".removed")
                && !c.kind().startsWith("metric")).count();
        long addedMetrics = MapDiff.compare(a, b).changes().stream().filter(c -> c.kind().equals("metric.added")).count();
        long removedMetrics = MapDiff.compare(b, a).changes().stream().filter(c -> c.kind().equals("metric.removed")).count();
        assertThat(addedThere - addedMetrics).isEqualTo(removedBack);
        assertThat(addedMetrics).isEqualTo(removedMetrics);
    }
}
