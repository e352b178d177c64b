package dev.journeykit.core.observe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.journeykit.core.model.JourneyMap;
import dev.journeykit.core.model.Persona;
import dev.journeykit.core.model.Step;
import dev.journeykit.core.testing.JourneyArbitraries;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The fold equals the reference written from the definitions; rows' order and split change nothing. */
class ReplayProperties {

    record Case(JourneyMap map, List<Rows.Row> rows, long seed) {
    }

    @Provide
    Arbitrary<Case> cases() {
        return Combinators.combine(JourneyArbitraries.maps(4, 5), Arbitraries.longs(), Arbitraries.integers().between(0, 300))
                .as((map, seed, size) -> new Case(map, rows(map, new Random(seed), size), seed));
    }

    /** Rows with few customers and few distinct times (so equal times are common), some unbound. */
    static List<Rows.Row> rows(JourneyMap map, Random random, int size) {
        List<String> names = new ArrayList<>();
        for (Step step : map.steps()) {
            names.addAll(step.boundEvents());
        }
        names.add("page_ping");
        names.add("Unbound event");
        List<String> personas = new ArrayList<>();
        map.personas().stream().map(Persona::id).forEach(personas::add);
        personas.add("zed");
        boolean personaColumn = random.nextBoolean();
        int customers = 1 + random.nextInt(12);
        int spread = 1 + random.nextInt(random.nextBoolean() ? 5 : 100_000);
        List<Rows.Row> rows = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            String persona = personaColumn && random.nextInt(4) > 0 ? personas.get(random.nextInt(personas.size())) : null;
            rows.add(new Rows.Row("c" + random.nextInt(customers), random.nextInt(spread) * 1000L + random.nextInt(3),
                    names.get(random.nextInt(names.size())), persona));
        }
        return rows;
    }

    @Property(tries = 300)
    void the_fold_equals_the_reference_from_the_definitions(@ForAll("cases") Case c) {
        ObservedJourney expected = Reference.observe(c.map(), c.rows(), List.of("log.csv"));
        assertThat(Rows.observe(c.map(), c.rows())).isEqualTo(
                new ObservedJourney(expected.map(), new LogCounts(List.of("test.csv"), expected.log().rows(),
                        expected.log().events(), expected.log().unbound(), 0, expected.log().customers(),
                        expected.log().unknownPersona(), expected.log().personaConflicts()),
                        expected.overall(), expected.personas(), expected.unboundEvents()));
    }

    @Property(tries = 200)
    void shuffling_and_splitting_rows_changes_nothing(@ForAll("cases") Case c) {
        Replay replay = Replay.of(c.map());
        ObservedJourney whole = replay.result(Rows.summary(replay, c.rows()), List.of("x"));
        Random random = new Random(c.seed());
        List<Rows.Row> shuffled = new ArrayList<>(c.rows());
        Collections.shuffle(shuffled, random);
        // customers split into partitions by a hash; each partition folded alone, merged in random order
        int partitions = 1 + random.nextInt(4);
        List<ReplaySummary> parts = new ArrayList<>();
        for (int p = 0; p < partitions; p++) {
            final int part = p;
            parts.add(Rows.summary(replay, shuffled.stream()
                    .filter(r -> Math.floorMod(r.customer().hashCode() * 31 + (int) c.seed(), partitions) == part).toList()));
        }
        Collections.shuffle(parts, random);
        ReplaySummary merged = replay.newSummary();
        parts.forEach(merged::merge);
        assertThat(replay.result(merged, List.of("x"))).isEqualTo(whole);
        // the merge in parts, each part on its own thread at the same time
        ReplaySummary byParts = replay.newSummary();
        int threads = 1 + random.nextInt(4);
        List<Thread> running = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            final int part = t;
            running.add(new Thread(() -> parts.forEach(other -> byParts.merge(other, part, threads))));
        }
        Collections.shuffle(running, random);
        running.forEach(Thread::start);
        join(running);
        assertThat(replay.result(byParts, List.of("x"))).isEqualTo(whole);
        assertThatThrownBy(() -> byParts.merge(parts.get(0), threads, threads)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("part " + threads + " is not within 0.." + (threads - 1));
    }

    @Property(tries = 200)
    void summaries_sharing_their_paths_fed_at_once_on_threads_merge_to_the_whole(@ForAll("cases") Case c) {
        Replay replay = Replay.of(c.map());
        ObservedJourney whole = replay.result(Rows.summary(replay, c.rows()), List.of("x"));
        Random random = new Random(c.seed());
        int n = 1 + random.nextInt(4);
        List<ReplaySummary> summaries = new ArrayList<>(List.of(replay.newSummary()));
        for (int i = 1; i < n; i++) {
            summaries.add(summaries.get(random.nextInt(i)).sharingPaths());
        }
        List<Thread> running = new ArrayList<>();
        for (int t = 0; t < n; t++) {
            final int part = t;
            List<Rows.Row> rows = c.rows().stream()
                    .filter(r -> Math.floorMod(r.customer().hashCode() * 31 + (int) c.seed(), n) == part).toList();
            running.add(new Thread(() -> Rows.fold(replay, summaries.get(part), rows)));
        }
        running.forEach(Thread::start);
        join(running);
        Collections.shuffle(summaries, random);
        ReplaySummary merged = summaries.get(0);
        summaries.subList(1, n).forEach(merged::merge);
        assertThat(replay.result(merged, List.of("x"))).isEqualTo(whole);
    }

    private static void join(List<Thread> threads) {
        for (Thread thread : threads) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                throw new AssertionError(e);
            }
        }
    }

    @Property(tries = 200)
    void a_customer_split_over_traces_merges_to_the_same_result(@ForAll("cases") Case c) {
        Replay replay = Replay.of(c.map());
        ObservedJourney whole = replay.result(Rows.summary(replay, c.rows()), List.of("x"));
        Random random = new Random(c.seed());
        ReplaySummary summary = replay.newSummary();
        java.util.Map<String, CustomerTrace> a = new java.util.TreeMap<>();
        java.util.Map<String, CustomerTrace> b = new java.util.TreeMap<>();
        for (Rows.Row r : c.rows()) {
            summary.countRow();
            int step = replay.step(r.event());
            if (step < 0) {
                summary.countUnbound(r.event());
            } else {
                (random.nextBoolean() ? a : b).computeIfAbsent(r.customer(), k -> new CustomerTrace())
                        .add(r.millis(), step, r.persona());
            }
        }
        b.forEach((customer, trace) -> a.merge(customer, trace, (x, y) -> {
            x.merge(y);
            return x;
        }));
        a.values().forEach(t -> replay.fold(summary, t));
        assertThat(replay.result(summary, List.of("x"))).isEqualTo(whole);
    }
}
