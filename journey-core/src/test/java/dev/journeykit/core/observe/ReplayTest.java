package dev.journeykit.core.observe;

import static dev.journeykit.core.observe.Rows.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.journeykit.core.build.JourneyMaps;
import dev.journeykit.core.model.ChannelKind;
import dev.journeykit.core.model.JourneyMap;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Each definition of docs/observe.md on a small log with answers worked out by hand. */
class ReplayTest {

    static JourneyMap shop() {
        return JourneyMaps.journey("Shop")
                .persona("amber", "Amber").persona("ben", "Ben")
                .channel("web", "Web", ChannelKind.SELF_SERVICE)
                .channel("chat", "Chat", ChannelKind.ASSISTED)
                .stage("discover", "Discover", s -> s
                        .touchpoint("search", "Search").via("web")
                        .touchpoint("faq", "FAQ").via("web"))
                .stage("decide", "Decide", s -> s
                        .touchpoint("cart", "Cart").via("web").event("cart_viewed")
                        .touchpoint("help", "Help").via("chat"))
                .stage("buy", "Buy", s -> s.touchpoint("pay", "Pay").via("web"))
                .path("amber", "Typical", "search", "faq", "cart")
                .flow("search", "cart", "pay")
                .build();
    }

    static final List<Rows.Row> LOG = List.of(
            row("c1", 0, "search", "amber"), row("c1", 60, "cart_viewed", "amber"), row("c1", 120, "pay", "amber"),
            row("c1", 5, "cart"),
            row("c2", 0, "search", "amber"), row("c2", 30, "faq", ""), row("c2", 90, "cart_viewed", "ben"),
            row("c3", 0, "cart_viewed", "ben"), row("c3", 10, "search", "ben"), row("c3", 20, "cart_viewed", "ben"),
            row("c4", 50, "help", "zed"), row("c4", 50, "cart_viewed", "zed"), row("c4", 100, "help", "zed"),
            row("c5", 0, "page_ping"), row("c5", 1, "page_ping"));

    private final ObservedJourney observed = Rows.observe(shop(), LOG);

    @Test
    void counts_rows_events_unbound_customers_and_persona_problems() {
        assertThat(observed.log()).isEqualTo(new LogCounts(List.of("test.csv"), 15, 12, 3, 0, 4, 1, 1));
        assertThat(observed.unboundEvents()).containsExactly(new UnboundEvent("page_ping", 2), new UnboundEvent("cart", 1));
    }

    @Test
    void rows_and_unbound_events_counted_many_at_a_time_are_counted_as_one_at_a_time() {
        Replay replay = Replay.of(shop());
        ReplaySummary summary = replay.newSummary();
        summary.countRows(15);
        summary.countUnbound("page_ping", 2);
        summary.countUnbound("cart", 1);
        summary.countUnbound("never", 0);
        ReplaySummary one = Rows.summary(replay, LOG.stream().filter(r -> replay.step(r.event()) < 0).toList());
        one.countRows(LOG.size() - 3);
        ObservedJourney many = replay.result(summary, List.of("test.csv"));
        ObservedJourney single = replay.result(one, List.of("test.csv"));
        assertThat(many.log().rows()).isEqualTo(15);
        assertThat(many.log().unbound()).isEqualTo(3);
        assertThat(many.unboundEvents()).isEqualTo(single.unboundEvents())
                .containsExactly(new UnboundEvent("page_ping", 2), new UnboundEvent("cart", 1));
        assertThat(many.log()).isEqualTo(single.log());
        assertThatThrownBy(() -> summary.countRows(-1))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("a count of rows cannot be negative: -1");
        assertThatThrownBy(() -> summary.countUnbound("x", -2))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("a count of rows cannot be negative: -2");
    }

    @Test
    void counts_events_and_customers_per_step_in_map_order() {
        assertThat(observed.overall().steps()).containsExactly(
                new StepObservation("search", 3, 3), new StepObservation("faq", 1, 1),
                new StepObservation("cart", 5, 4), new StepObservation("help", 2, 1), new StepObservation("pay", 1, 1));
    }

    @Test
    void orders_equal_times_by_the_maps_order_of_steps_and_counts_directly_follows_pairs() {
        assertThat(observed.transitions()).containsExactly(
                new TransitionObservation("search", "faq", 1, 1, true, 30.0, 30.0),
                new TransitionObservation("search", "cart", 2, 2, true, 10.0, 60.0),
                new TransitionObservation("faq", "cart", 1, 1, true, 60.0, 60.0),
                new TransitionObservation("cart", "search", 1, 1, false, 10.0, 10.0),
                new TransitionObservation("cart", "help", 1, 1, false, 0.0, 0.0),
                new TransitionObservation("cart", "pay", 1, 1, true, 60.0, 60.0),
                new TransitionObservation("help", "help", 1, 1, false, 50.0, 50.0));
    }

    @Test
    void stages_reached_furthest_and_drop_off() {
        assertThat(observed.stages()).containsExactly(
                new StageObservation("discover", "Discover", 4, 0, OptionalDouble.of(0.0)),
                new StageObservation("decide", "Decide", 4, 3, OptionalDouble.of(0.75)),
                new StageObservation("buy", "Buy", 1, 1, OptionalDouble.empty()));
    }

    @Test
    void non_linear_revisits_repeat_contacts_and_fitness() {
        assertThat(observed.overall().nonLinear()).isEqualTo(new NonLinear(1, 0.25, 2));
        assertThat(observed.overall().repeatContacts()).containsExactly(new RepeatContact("decide", 1, 0.25));
        assertThat(observed.fitness()).hasValue(0.625);
    }

    @Test
    void variants_most_customers_first_then_in_map_order() {
        assertThat(observed.overall().variants()).containsExactly(
                new Variant(List.of("search", "faq", "cart"), 1),
                new Variant(List.of("search", "cart", "pay"), 1),
                new Variant(List.of("cart", "search", "cart"), 1),
                new Variant(List.of("cart", "help", "help"), 1));
        List<Rows.Row> twice = new ArrayList<>(LOG);
        twice.add(row("c6", 0, "cart_viewed"));
        twice.add(row("c6", 1, "search"));
        twice.add(row("c6", 2, "cart_viewed"));
        assertThat(Rows.observe(shop(), twice).overall().variants().get(0))
                .isEqualTo(new Variant(List.of("cart", "search", "cart"), 2));
    }

    @Test
    void figures_per_persona_use_the_first_events_persona_and_that_personas_design() {
        assertThat(observed.personas()).containsOnlyKeys("amber", "ben");
        Observation amber = observed.personas().get("amber");
        assertThat(amber.customers()).isEqualTo(2);
        assertThat(amber.fitness()).hasValue(1.0);
        assertThat(amber.transitions()).extracting(t -> t.from() + ">" + t.to())
                .containsExactly("search>faq", "search>cart", "faq>cart", "cart>pay");
        Observation ben = observed.personas().get("ben");
        assertThat(ben.customers()).isEqualTo(1);
        assertThat(ben.fitness()).hasValue(0.5);
        assertThat(ben.transition("cart", "search")).get().extracting(TransitionObservation::designed).isEqualTo(false);
    }

    @Test
    void without_persona_values_there_are_no_persona_figures() {
        List<Rows.Row> plain = LOG.stream().map(r -> new Rows.Row(r.customer(), r.millis(), r.event(), null)).toList();
        ObservedJourney result = Rows.observe(shop(), plain);
        assertThat(result.personas()).isEmpty();
        assertThat(result.log().unknownPersona()).isZero();
        assertThat(result.log().personaConflicts()).isZero();
    }

    @Test
    void shuffled_and_split_rows_give_the_same_result() {
        Replay replay = Replay.of(shop());
        for (int seed = 0; seed < 20; seed++) {
            List<Rows.Row> rows = new ArrayList<>(LOG);
            Collections.shuffle(rows, new Random(seed));
            ReplaySummary a = Rows.summary(replay, rows.subList(0, 0));
            // customers split across two summaries, rows of one customer kept together
            List<Rows.Row> first = rows.stream().filter(r -> r.customer().compareTo("c3") < 0).toList();
            List<Rows.Row> second = rows.stream().filter(r -> r.customer().compareTo("c3") >= 0).toList();
            ReplaySummary merged = Rows.summary(replay, second);
            merged.merge(Rows.summary(replay, first));
            a.merge(merged);
            assertThat(replay.result(a, List.of("test.csv"))).isEqualTo(observed);
        }
    }

    @Test
    void an_empty_log_has_no_customers_and_no_drop_off() {
        ObservedJourney empty = Rows.observe(shop(), List.of());
        assertThat(empty.customers()).isZero();
        assertThat(empty.fitness()).isEmpty();
        assertThat(empty.stages()).allSatisfy(s -> assertThat(s.dropOff()).isEmpty());
        assertThat(empty.overall().nonLinear()).isEqualTo(new NonLinear(0, 0.0, 0));
    }

    @Test
    void a_cleared_trace_gathers_the_next_customer_as_a_new_one_would() {
        Replay replay = Replay.of(shop());
        ReplaySummary reused = replay.newSummary();
        ReplaySummary fresh = replay.newSummary();
        CustomerTrace trace = new CustomerTrace();
        java.util.Map<String, List<Rows.Row>> byCustomer = new java.util.TreeMap<>();
        LOG.stream().filter(r -> replay.step(r.event()) >= 0)
                .forEach(r -> byCustomer.computeIfAbsent(r.customer(), k -> new ArrayList<>()).add(r));
        for (List<Rows.Row> rows : byCustomer.values()) {
            trace.clear();
            CustomerTrace other = new CustomerTrace();
            for (Rows.Row r : rows) {
                trace.add(r.millis(), replay.step(r.event()), r.persona());
                other.add(r.millis(), replay.step(r.event()), r.persona());
            }
            assertThat(trace.persona()).isEqualTo(other.persona());
            assertThat(trace.personaConflict()).isEqualTo(other.personaConflict());
            replay.fold(reused, trace);
            replay.fold(fresh, other);
        }
        assertThat(replay.result(reused, List.of("x"))).isEqualTo(replay.result(fresh, List.of("x")));
        assertThat(replay.result(reused, List.of("x")).overall().customers()).isEqualTo(4);
    }

    @Test
    void times_gathered_beyond_one_batch_give_the_quantiles_of_one_histogram_of_them_all() {
        // more transitions than a summary gathers before adding them to their histograms (262,144),
        // in two pairs, with a merge in the middle of a batch
        Replay replay = Replay.of(shop());
        ReplaySummary summary = replay.newSummary();
        ReplaySummary other = replay.newSummary();
        LogHistogram searchCart = new LogHistogram();
        LogHistogram cartPay = new LogHistogram();
        Random random = new Random(3);
        CustomerTrace trace = new CustomerTrace();
        for (int c = 0; c < 300_000; c++) {
            trace.clear();
            long cart = random.nextInt(5_000_000);
            long pay = cart + random.nextInt(100_000);
            trace.add(0, 0, null);
            trace.add(cart, 2, null);
            trace.add(pay, 4, null);
            searchCart.add(cart);
            cartPay.add(pay - cart);
            replay.fold(c % 3 == 0 ? other : summary, trace);
            if (c == 150_000) {
                summary.merge(other);
                other = replay.newSummary();
            }
        }
        summary.merge(other);
        List<TransitionObservation> transitions = replay.result(summary, List.of("big.csv")).transitions();
        assertThat(transitions).containsExactly(
                new TransitionObservation("search", "cart", 300_000, 300_000, true,
                        searchCart.quantileSeconds(0.5), searchCart.quantileSeconds(0.9)),
                new TransitionObservation("cart", "pay", 300_000, 300_000, true,
                        cartPay.quantileSeconds(0.5), cartPay.quantileSeconds(0.9)));
    }

    @Test
    void paths_gathered_beyond_one_batch_count_as_one_table_of_them_all() {
        // more customers than a summary gathers before adding their paths to its tables (65,536),
        // later paths long enough to fill a batch's steps (2^20) first, one path longer than a batch
        // takes, and merges in the middle of a batch
        Replay replay = Replay.of(shop());
        String[] ids = {"search", "faq", "cart", "help", "pay"};
        ReplaySummary summary = replay.newSummary();
        ReplaySummary other = replay.newSummary();
        Map<List<String>, Long> expected = new HashMap<>();
        Random random = new Random(5);
        CustomerTrace trace = new CustomerTrace();
        for (int c = 0; c < 150_000; c++) {
            trace.clear();
            int n = c == 70_000 ? 200_000 : c < 100_000 ? 1 + random.nextInt(6) : 10 + random.nextInt(20);
            List<String> path = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int step = random.nextInt(ids.length);
                trace.add(i, step, null);
                path.add(ids[step]);
            }
            expected.merge(path, 1L, Long::sum);
            replay.fold(c % 3 == 0 ? other : summary, trace);
            if (c == 80_000) {
                summary.merge(other);
                other = replay.newSummary();
            }
        }
        summary.merge(other);
        List<Variant> variants = replay.result(summary, List.of("paths.csv")).overall().variants();
        Map<List<String>, Long> actual = new HashMap<>();
        variants.forEach(v -> actual.put(v.steps(), v.customers()));
        assertThat(variants).hasSize(expected.size());
        assertThat(actual).isEqualTo(expected);
    }

    @Test
    void two_threads_folding_into_summaries_that_share_their_paths_count_every_path_once() throws InterruptedException {
        // batches of pending paths flushed into the same tables from both threads, a path too long
        // to wait among them, and the merge that leaves the shared paths alone
        Replay replay = Replay.of(shop());
        String[] ids = {"search", "faq", "cart", "help", "pay"};
        Random random = new Random(7);
        List<int[]> paths = new ArrayList<>();
        Map<List<String>, Long> expected = new HashMap<>();
        for (int c = 0; c < 300_000; c++) {
            int n = c == 120_000 ? 200_000 : c < 200_000 ? 1 + random.nextInt(6) : 10 + random.nextInt(20);
            int[] path = new int[n];
            List<String> named = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                path[i] = random.nextInt(ids.length);
                named.add(ids[path[i]]);
            }
            paths.add(path);
            expected.merge(named, 1L, Long::sum);
        }
        ReplaySummary first = replay.newSummary();
        ReplaySummary second = first.sharingPaths();
        Thread[] threads = new Thread[2];
        for (int t = 0; t < 2; t++) {
            ReplaySummary into = t == 0 ? first : second;
            int parity = t;
            threads[t] = new Thread(() -> {
                CustomerTrace trace = new CustomerTrace();
                for (int c = parity; c < paths.size(); c += 2) {
                    trace.clear();
                    int[] path = paths.get(c);
                    for (int i = 0; i < path.length; i++) {
                        trace.add(i, path[i], null);
                    }
                    replay.fold(into, trace);
                }
            });
        }
        for (Thread thread : threads) {
            thread.start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        first.merge(second);
        ObservedJourney observed = replay.result(first, List.of("paths.csv"));
        Map<List<String>, Long> actual = new HashMap<>();
        observed.overall().variants().forEach(v -> actual.put(v.steps(), v.customers()));
        assertThat(observed.overall().variants()).hasSize(expected.size());
        assertThat(actual).isEqualTo(expected);
        assertThat(observed.log().customers()).isEqualTo(300_000);
    }
}
