package dev.journeykit.bench;

import dev.journeykit.core.build.Channels;
import dev.journeykit.core.build.JourneyMapBuilder;
import dev.journeykit.core.build.JourneyMaps;
import dev.journeykit.core.build.Stages;
import dev.journeykit.core.model.Channel;
import dev.journeykit.core.model.JourneyMap;
import dev.journeykit.core.model.MapKind;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * A map where many flows enter one step: the worst shape for the FLOW view's arcs and ports, the
 * same for the same size and seed on every machine ({@link SplittableRandom}).
 *
 * <p>A map of {@code flows} flows has the five classic stages and {@code flows + 1} touchpoints:
 * the hub {@code hub}, in the middle of the decision stage, and one source step a flow, dealt to
 * the stages in turn (so a fifth of the flows are forward arrows from two stages before the hub,
 * half of them passing a column; a fifth are arcs in the hub's own column, half down to it from
 * above and half up to it from below; a fifth go back one column and a fifth back over a column,
 * routed below the steps). Every step has one of the standard channels; a third of the flows
 * carry a volume, so arcs have different widths. No step has feedback, emotions or owners, so
 * the default analyzers find something on most steps: drawn with its findings, the map shows a
 * badge on nearly every box.
 *
 * <p>Generation is O(flows).
 */
public final class HubGenerator {

    /** The hub step's id. */
    public static final String HUB = "hub";

    private static final List<Channel> CHANNELS = Channels.standard();

    private HubGenerator() {
    }

    /** A hub map of {@code flows} flows from {@link JourneyGenerator#DEFAULT_SEED}. */
    public static JourneyMap generate(int flows) {
        return generate(flows, JourneyGenerator.DEFAULT_SEED);
    }

    /**
     * A map whose {@code flows} flows all enter the step {@link #HUB}; the same for the same
     * arguments.
     *
     * @throws IllegalArgumentException when {@code flows} is less than 1
     */
    public static JourneyMap generate(int flows, long seed) {
        if (flows < 1) {
            throw new IllegalArgumentException("a hub map needs at least 1 flow, not " + flows);
        }
        SplittableRandom random = new SplittableRandom(seed);
        int stages = Stages.CLASSIC.size();
        int hubStage = stages / 2;
        int inHubStage = (flows - hubStage + stages - 1) / stages;
        JourneyMapBuilder map = JourneyMaps.journey("Hub of " + flows + " flows")
                .kind(MapKind.CURRENT_STATE)
                .objective("Measure the flow view where every flow enters one step")
                .timeline("variable");
        map.channels(CHANNELS);
        for (int s = 0; s < stages; s++) {
            Stages.Preset preset = Stages.CLASSIC.get(s);
            int stage = s;
            map.stage(preset.id(), preset.name(), b -> {
                int seen = 0;
                for (int j = stage; j < flows; j += stages) {
                    if (stage == hubStage && seen == inHubStage / 2) {
                        b.touchpoint(HUB, "Talks to the hub").via(CHANNELS.get(0).id());
                    }
                    String channel = CHANNELS.get(random.nextInt(CHANNELS.size())).id();
                    b.touchpoint(source(j), "Source " + j).via(channel);
                    seen++;
                }
                if (stage == hubStage && seen <= inHubStage / 2) {
                    b.touchpoint(HUB, "Talks to the hub").via(CHANNELS.get(0).id());
                }
            });
        }
        for (int j = 0; j < flows; j++) {
            String from = source(j);
            if (random.nextInt(3) == 0) {
                long volume = 10 + random.nextInt(5000);
                map.flow(f -> f.steps(from, HUB).volume(volume));
            } else {
                map.flow(from, HUB);
            }
        }
        return map.build();
    }

    /**
     * An event log of {@link #generate(int) generate(flows)}'s map as CSV
     * ({@code customer_id,ts,touchpoint}): one to five customers a flow, each seen at the flow's
     * source step and five minutes later at the hub; the same for the same arguments.
     */
    public static String eventLog(int flows, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        StringBuilder csv = new StringBuilder("customer_id,ts,touchpoint\n");
        int customer = 0;
        for (int j = 0; j < flows; j++) {
            int customers = 1 + random.nextInt(5);
            for (int c = 0; c < customers; c++) {
                customer++;
                csv.append('c').append(customer).append(",2026-01-01 10:00:00,").append(source(j)).append('\n');
                csv.append('c').append(customer).append(",2026-01-01 10:05:00,").append(HUB).append('\n');
            }
        }
        return csv.toString();
    }

    /** The id of flow {@code j}'s source step. */
    static String source(int j) {
        return String.format(Locale.ROOT, "s%d", j);
    }
}
