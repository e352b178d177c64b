package dev.journeykit.core.observe;

import dev.journeykit.core.model.Channel;
import dev.journeykit.core.model.ChannelKind;
import dev.journeykit.core.model.Initiator;
import dev.journeykit.core.model.JourneyMap;
import dev.journeykit.core.model.Persona;
import dev.journeykit.core.model.Stage;
import dev.journeykit.core.model.Step;
import dev.journeykit.core.model.Touchpoint;
import dev.journeykit.core.model.Transition;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * The replay of customers through a map: binds event names to steps, folds one customer at a time
 * into a {@link ReplaySummary}, and turns a (merged) summary into an {@link ObservedJourney}. The
 * same fold serves every engine: the streaming one of {@code journey-events} and a distributed one
 * that folds each partition's customers and merges the summaries. The definitions are in
 * docs/observe.md; a customer's events are ordered by time and, at equal times, by the map's order
 * of their steps, so no result depends on how the rows were sorted, split or partitioned.
 *
 * <p>Cost: O(n log n) for a customer of n events (the sort), O(1) a step and transition after it;
 * the result is O(steps + stages + transitions + variants log variants). Immutable, thread-safe.
 */
public final class Replay {

    private final JourneyMap map;
    private final String[] stepIds;
    private final int[] stageOfStep;
    private final boolean[] contact;
    private final Map<String, Integer> byEvent = new HashMap<>();
    private final Map<String, Integer> personaIndex = new HashMap<>();
    /** The designed transitions' keys (from * steps + to), sorted: of any persona, and per persona. */
    private final long[] designed;
    private final long[][] designedFor;
    private final boolean[] stageHasContact;

    private Replay(JourneyMap map) {
        this.map = map;
        List<Step> steps = map.steps();
        stepIds = new String[steps.size()];
        stageOfStep = new int[steps.size()];
        contact = new boolean[steps.size()];
        stageHasContact = new boolean[map.stages().size()];
        Map<String, Integer> stepIndex = new HashMap<>();
        for (int i = 0; i < steps.size(); i++) {
            Step step = steps.get(i);
            stepIds[i] = step.id();
            stepIndex.put(step.id(), i);
            stageOfStep[i] = map.stageIndex(step.id());
            for (String name : step.boundEvents()) {
                byEvent.putIfAbsent(name, i);
            }
            if (step instanceof Touchpoint t && t.initiatedBy() == Initiator.CUSTOMER
                    && map.channel(t.channelId()).map(Channel::kind).orElse(ChannelKind.OTHER).isPersonalContact()) {
                contact[i] = true;
                stageHasContact[stageOfStep[i]] = true;
            }
        }
        List<Persona> personas = map.personas();
        Set<Long> any = new HashSet<>();
        List<Set<Long>> per = new ArrayList<>();
        for (int i = 0; i < personas.size(); i++) {
            personaIndex.put(personas.get(i).id(), i);
            per.add(new HashSet<>());
        }
        for (Transition t : map.transitions()) {
            long key = (long) stepIndex.get(t.from()) * stepIds.length + stepIndex.get(t.to());
            any.add(key);
            for (int i = 0; i < personas.size(); i++) {
                if (t.persona().isEmpty() || t.persona().get().equals(personas.get(i).id())) {
                    per.get(i).add(key);
                }
            }
        }
        designed = sorted(any);
        designedFor = per.stream().map(Replay::sorted).toArray(long[][]::new);
    }

    private static long[] sorted(Set<Long> keys) {
        return keys.stream().mapToLong(Long::longValue).sorted().toArray();
    }

    /** The replay of customers through {@code map}. O(size of the map). */
    public static Replay of(JourneyMap map) {
        return new Replay(Objects.requireNonNull(map, "map"));
    }

    public JourneyMap map() {
        return map;
    }

    /** The index (in {@link JourneyMap#steps()}) of the step an event name binds to, or -1. */
    public int step(String eventName) {
        Integer i = byEvent.get(eventName);
        return i == null ? -1 : i;
    }

    /** An empty summary for this map. */
    public ReplaySummary newSummary() {
        return new ReplaySummary(stepIds.length, map.stages().size(), map.personas().size());
    }

    /**
     * Folds one customer (all their bound events) into {@code summary}; a customer with no event
     * is not a customer and changes nothing. The trace is sorted in place.
     */
    public void fold(ReplaySummary summary, CustomerTrace trace) {
        int n = trace.size();
        if (n == 0) {
            return;
        }
        long[] events = trace.sorted();
        int persona = -1;
        if (trace.persona() != null) {
            summary.personaCustomers++;
            Integer p = personaIndex.get(trace.persona());
            if (p == null) {
                summary.unknownPersona++;
            } else {
                persona = p;
            }
            if (trace.personaConflict()) {
                summary.personaConflicts++;
            }
        }
        int[] path = summary.overall.path(n);
        for (int i = 0; i < n; i++) {
            path[i] = CustomerTrace.step(events[i]);
        }
        fold(summary.overall, events, path, n, designed);
        if (persona >= 0) {
            fold(summary.personas[persona], events, path, n, designedFor[persona]);
        }
    }

    private void fold(ReplaySummary.Part part, long[] events, int[] path, int n, long[] designedHere) {
        int serial = ++part.serial;
        int[] stepLast = part.stepLast();
        part.customers++;
        part.events += n;
        int furthest = -1;
        boolean nonLinear = false;
        boolean revisit = false;
        int[] contactsInStage = null; // the part's counts, zeroed again at the end when used
        for (int i = 0; i < n; i++) {
            int step = path[i];
            int stage = stageOfStep[step];
            part.stepEvents[step]++;
            if (stepLast[step] != serial) {
                stepLast[step] = serial;
                part.stepCustomers[step]++;
            } else {
                revisit = true;
            }
            if (stage < furthest) {
                nonLinear = true;
            }
            furthest = Math.max(furthest, stage);
            if (contact[step]) {
                if (contactsInStage == null) {
                    contactsInStage = part.contactsInStage();
                }
                if (++contactsInStage[stage] == 2) {
                    part.repeat[stage]++;
                }
            }
            if (i > 0) {
                long key = (long) path[i - 1] * stepIds.length + step;
                int slot = part.find(key);
                if (slot < 0) {
                    slot = part.add(key, Arrays.binarySearch(designedHere, key) >= 0);
                }
                int[] slotLast = part.slotLast();
                part.slotCount[slot]++;
                if (slotLast[slot] != serial) {
                    slotLast[slot] = serial;
                    part.slotCustomers[slot]++;
                }
                part.time(slot, CustomerTrace.millis(events[i]) - CustomerTrace.millis(events[i - 1]));
                part.transitions++;
                if (part.slotDesigned[slot]) {
                    part.designedTransitions++;
                }
            }
        }
        part.furthest[furthest]++;
        if (contactsInStage != null) {
            Arrays.fill(contactsInStage, 0);
        }
        if (nonLinear) {
            part.nonLinear++;
        }
        if (revisit) {
            part.revisits++;
        }
        part.addVariant(path, n);
    }

    /**
     * The result of a summary that holds every customer, for a log read from {@code files}. The
     * figures per persona are given (for every persona of the map) when any customer had a
     * persona value, that is when the log has a persona column.
     */
    public ObservedJourney result(ReplaySummary summary, List<String> files) {
        Observation overall = observation(summary.overall);
        Map<String, Observation> personas = new LinkedHashMap<>();
        if (summary.personaCustomers > 0) {
            for (int i = 0; i < summary.personas.length; i++) {
                personas.put(map.personas().get(i).id(), observation(summary.personas[i]));
            }
        }
        List<UnboundEvent> unbound = new ArrayList<>();
        summary.unboundNames.forEach((name, count) -> unbound.add(new UnboundEvent(name, count[0])));
        unbound.sort(Comparator.comparingLong(UnboundEvent::count).reversed().thenComparing(UnboundEvent::name));
        LogCounts log = new LogCounts(files, summary.rows, summary.overall.events, summary.unbound,
                summary.skipped, summary.overall.customers, summary.unknownPersona, summary.personaConflicts);
        return new ObservedJourney(map.title(), log, overall, personas, unbound);
    }

    /** The figures of one population, in the map's order. */
    private Observation observation(ReplaySummary.Part part) {
        part.flushTimes();
        part.flushVariants();
        List<Stage> stages = map.stages();
        List<StageObservation> stageRows = new ArrayList<>();
        long reached = 0;
        long[] reachedAt = new long[stages.size()];
        for (int s = stages.size() - 1; s >= 0; s--) {
            reached += part.furthest[s];
            reachedAt[s] = reached;
        }
        for (int s = 0; s < stages.size(); s++) {
            boolean last = s == stages.size() - 1;
            OptionalDouble dropOff = last || reachedAt[s] == 0 ? OptionalDouble.empty()
                    : OptionalDouble.of((double) part.furthest[s] / reachedAt[s]);
            stageRows.add(new StageObservation(stages.get(s).id(), stages.get(s).name(), reachedAt[s],
                    part.furthest[s], dropOff));
        }
        List<StepObservation> steps = new ArrayList<>();
        for (int i = 0; i < stepIds.length; i++) {
            steps.add(new StepObservation(stepIds[i], part.stepEvents[i], part.stepCustomers[i]));
        }
        // by key (from, then to, in the map's order); each key is one slot's
        long[] keys = part.slotKeys();
        Arrays.sort(keys);
        List<TransitionObservation> transitions = new ArrayList<>(keys.length);
        for (long key : keys) {
            int slot = part.find(key);
            double[] q = part.slotTimes[slot].quantilesSeconds(MEDIAN_AND_P90);
            transitions.add(new TransitionObservation(stepIds[(int) (key / stepIds.length)],
                    stepIds[(int) (key % stepIds.length)], part.slotCount[slot], part.slotCustomers[slot],
                    part.slotDesigned[slot], q[0], q[1]));
        }
        NonLinear nonLinear = new NonLinear(part.nonLinear, share(part.nonLinear, part.customers), part.revisits);
        List<RepeatContact> repeats = new ArrayList<>();
        for (int s = 0; s < stages.size(); s++) {
            if (stageHasContact[s]) {
                repeats.add(new RepeatContact(stages.get(s).id(), part.repeat[s], share(part.repeat[s], reachedAt[s])));
            }
        }
        List<Variant> variants = variants(part);
        OptionalDouble fitness = part.transitions == 0 ? OptionalDouble.empty()
                : OptionalDouble.of((double) part.designedTransitions / part.transitions);
        return new Observation(part.customers, stageRows, steps, transitions, nonLinear, repeats, variants, fitness);
    }

    /**
     * The variants, most customers first, then by the map's order of their steps (lexicographic,
     * a path before its extensions), as a list that orders them when read ({@link VariantList}).
     */
    private List<Variant> variants(ReplaySummary.Part part) {
        int n = 0;
        int blockCount = 0;
        for (VariantTable table : part.variants) {
            n += table.size();
            blockCount += table.blockCount();
        }
        // the tables' blocks side by side (not copied), their paths' places moved past the blocks before
        int[][] blocks = new int[blockCount][];
        long[] counts = new long[n];
        long[] at = new long[n];
        int[] lengths = new int[n];
        int v = 0;
        int firstBlock = 0;
        for (VariantTable table : part.variants) {
            System.arraycopy(table.blocks(), 0, blocks, firstBlock, table.blockCount());
            for (int i = 0; i < table.size(); i++, v++) {
                counts[v] = table.count(i);
                at[v] = table.at(i) + ((long) firstBlock << 32);
                lengths[v] = table.length(i);
            }
            firstBlock += table.blockCount();
        }
        return new VariantList(stepIds, blocks, at, lengths, counts);
    }

    private static final double[] MEDIAN_AND_P90 = {0.5, 0.9};

    private static double share(long part, long whole) {
        return whole == 0 ? 0.0 : (double) part / whole;
    }
}
