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
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** The replay written straight from the definitions of docs/observe.md, slowly, for properties. */
final class Reference {

    private record Event(long millis, int step, String persona) {
    }

    static ObservedJourney observe(JourneyMap map, List<Rows.Row> rows, List<String> files) {
        List<Step> steps = map.steps();
        Map<String, Integer> binding = new HashMap<>();
        for (int i = 0; i < steps.size(); i++) {
            for (String name : steps.get(i).boundEvents()) {
                binding.put(name, i);
            }
        }
        Map<String, List<Event>> byCustomer = new TreeMap<>();
        Map<String, Long> unbound = new TreeMap<>();
        for (Rows.Row r : rows) {
            Integer step = binding.get(r.event());
            if (step == null) {
                unbound.merge(r.event(), 1L, Long::sum);
            } else {
                byCustomer.computeIfAbsent(r.customer(), k -> new ArrayList<>())
                        .add(new Event(r.millis(), step, r.persona() == null || r.persona().isEmpty() ? null : r.persona()));
            }
        }
        Map<String, List<Integer>> paths = new LinkedHashMap<>();
        Map<String, List<Long>> times = new LinkedHashMap<>();
        Map<String, String> personaOf = new HashMap<>();
        long unknown = 0;
        long conflicts = 0;
        boolean anyPersona = false;
        Set<String> personaIds = map.personas().stream().map(Persona::id).collect(Collectors.toSet());
        for (Map.Entry<String, List<Event>> e : byCustomer.entrySet()) {
            List<Event> events = new ArrayList<>(e.getValue());
            events.sort(Comparator.comparingLong(Event::millis).thenComparingInt(Event::step));
            paths.put(e.getKey(), events.stream().map(Event::step).toList());
            times.put(e.getKey(), events.stream().map(Event::millis).toList());
            List<Event> withPersona = e.getValue().stream().filter(x -> x.persona() != null)
                    .sorted(Comparator.comparingLong(Event::millis).thenComparingInt(Event::step)
                            .thenComparing(Event::persona)).toList();
            if (!withPersona.isEmpty()) {
                anyPersona = true;
                String persona = withPersona.get(0).persona();
                if (personaIds.contains(persona)) {
                    personaOf.put(e.getKey(), persona);
                } else {
                    unknown++;
                }
                if (withPersona.stream().map(Event::persona).distinct().count() > 1) {
                    conflicts++;
                }
            }
        }
        Set<List<String>> designed = new HashSet<>();
        for (Transition t : map.transitions()) {
            designed.add(List.of(t.from(), t.to()));
        }
        Observation overall = population(map, paths.keySet(), paths, times, designed);
        Map<String, Observation> personas = new LinkedHashMap<>();
        if (anyPersona) {
            for (Persona p : map.personas()) {
                Set<List<String>> designedForP = new HashSet<>();
                for (Transition t : map.transitions()) {
                    if (t.persona().isEmpty() || t.persona().get().equals(p.id())) {
                        designedForP.add(List.of(t.from(), t.to()));
                    }
                }
                Set<String> members = new HashSet<>();
                personaOf.forEach((c, q) -> {
                    if (q.equals(p.id())) {
                        members.add(c);
                    }
                });
                personas.put(p.id(), population(map, members, paths, times, designedForP));
            }
        }
        List<UnboundEvent> unboundEvents = unbound.entrySet().stream().map(e -> new UnboundEvent(e.getKey(), e.getValue()))
                .sorted(Comparator.comparingLong(UnboundEvent::count).reversed().thenComparing(UnboundEvent::name)).toList();
        long events = paths.values().stream().mapToLong(List::size).sum();
        long unboundCount = unbound.values().stream().mapToLong(Long::longValue).sum();
        LogCounts log = new LogCounts(files, rows.size(), events, unboundCount, 0, paths.size(), unknown, conflicts);
        return new ObservedJourney(map.title(), log, overall, personas, unboundEvents);
    }

    private static Observation population(JourneyMap map, Set<String> members, Map<String, List<Integer>> paths,
                                          Map<String, List<Long>> times, Set<List<String>> designed) {
        List<Step> steps = map.steps();
        List<Stage> stages = map.stages();
        List<String> customers = paths.keySet().stream().filter(members::contains).toList();
        int n = customers.size();
        // steps
        List<StepObservation> stepRows = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            final int step = i;
            long events = customers.stream().mapToLong(c -> paths.get(c).stream().filter(s -> s == step).count()).sum();
            long who = customers.stream().filter(c -> paths.get(c).contains(step)).count();
            stepRows.add(new StepObservation(steps.get(i).id(), events, who));
        }
        // stages
        Map<String, Integer> furthestOf = new HashMap<>();
        for (String c : customers) {
            furthestOf.put(c, paths.get(c).stream().mapToInt(s -> map.stageIndex(steps.get(s).id())).max().orElseThrow());
        }
        List<StageObservation> stageRows = new ArrayList<>();
        for (int s = 0; s < stages.size(); s++) {
            final int stage = s;
            long reached = furthestOf.values().stream().filter(f -> f >= stage).count();
            long furthest = furthestOf.values().stream().filter(f -> f == stage).count();
            OptionalDouble dropOff = s == stages.size() - 1 || reached == 0 ? OptionalDouble.empty()
                    : OptionalDouble.of((double) furthest / reached);
            stageRows.add(new StageObservation(stages.get(s).id(), stages.get(s).name(), reached, furthest, dropOff));
        }
        // transitions
        Map<List<Integer>, List<Long>> durations = new TreeMap<>(Comparator.<List<Integer>>comparingInt(k -> k.get(0))
                .thenComparingInt(k -> k.get(1)));
        Map<List<Integer>, Set<String>> who = new HashMap<>();
        long total = 0;
        long designedCount = 0;
        for (String c : customers) {
            List<Integer> path = paths.get(c);
            for (int i = 1; i < path.size(); i++) {
                List<Integer> pair = List.of(path.get(i - 1), path.get(i));
                durations.computeIfAbsent(pair, k -> new ArrayList<>()).add(times.get(c).get(i) - times.get(c).get(i - 1));
                who.computeIfAbsent(pair, k -> new HashSet<>()).add(c);
                total++;
                if (designed.contains(List.of(steps.get(pair.get(0)).id(), steps.get(pair.get(1)).id()))) {
                    designedCount++;
                }
            }
        }
        List<TransitionObservation> transitions = new ArrayList<>();
        durations.forEach((pair, d) -> {
            String from = steps.get(pair.get(0)).id();
            String to = steps.get(pair.get(1)).id();
            transitions.add(new TransitionObservation(from, to, d.size(), who.get(pair).size(),
                    designed.contains(List.of(from, to)), quantile(d, 0.5), quantile(d, 0.9)));
        });
        // non-linear and revisits
        long nonLinear = 0;
        long revisits = 0;
        for (String c : customers) {
            List<Integer> path = paths.get(c);
            int furthest = -1;
            boolean back = false;
            for (int s : path) {
                int stage = map.stageIndex(steps.get(s).id());
                back |= stage < furthest;
                furthest = Math.max(furthest, stage);
            }
            nonLinear += back ? 1 : 0;
            revisits += new HashSet<>(path).size() < path.size() ? 1 : 0;
        }
        // repeat contacts
        List<RepeatContact> repeats = new ArrayList<>();
        for (int s = 0; s < stages.size(); s++) {
            Set<Integer> contacts = new HashSet<>();
            for (int i = 0; i < steps.size(); i++) {
                if (steps.get(i) instanceof Touchpoint t && t.initiatedBy() == Initiator.CUSTOMER
                        && map.stageIndex(t.id()) == s
                        && map.channel(t.channelId()).map(Channel::kind).orElse(ChannelKind.OTHER).isPersonalContact()) {
                    contacts.add(i);
                }
            }
            if (contacts.isEmpty()) {
                continue;
            }
            long repeated = customers.stream().filter(c -> paths.get(c).stream().filter(contacts::contains).count() >= 2).count();
            long reached = stageRows.get(s).reached();
            repeats.add(new RepeatContact(stages.get(s).id(), repeated, reached == 0 ? 0.0 : (double) repeated / reached));
        }
        // variants
        Map<List<Integer>, Long> counts = new HashMap<>();
        for (String c : customers) {
            counts.merge(paths.get(c), 1L, Long::sum);
        }
        List<Map.Entry<List<Integer>, Long>> entries = new ArrayList<>(counts.entrySet());
        entries.sort((a, b) -> {
            int byCount = Long.compare(b.getValue(), a.getValue());
            if (byCount != 0) {
                return byCount;
            }
            for (int i = 0; i < Math.min(a.getKey().size(), b.getKey().size()); i++) {
                int c = Integer.compare(a.getKey().get(i), b.getKey().get(i));
                if (c != 0) {
                    return c;
                }
            }
            return Integer.compare(a.getKey().size(), b.getKey().size());
        });
        List<Variant> variants = entries.stream()
                .map(e -> new Variant(e.getKey().stream().map(s -> steps.get(s).id()).toList(), e.getValue())).toList();
        return new Observation(n, stageRows, stepRows, transitions,
                new NonLinear(nonLinear, n == 0 ? 0.0 : (double) nonLinear / n, revisits), repeats, variants,
                total == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) designedCount / total));
    }

    /** Nearest rank; exact for up to 64 values, else the histogram's bucket value (its stated rule). */
    private static double quantile(List<Long> values, double q) {
        List<Long> sorted = values.stream().map(v -> Math.max(0, v)).sorted().toList();
        long kth = sorted.get((int) Math.max(1, (long) Math.ceil(q * sorted.size())) - 1);
        return sorted.size() <= 64 ? kth / 1000.0 : LogHistogram.approximateSeconds(kth);
    }

    private Reference() {
    }
}
