package dev.journeykit.spark;

import dev.journeykit.core.json.JourneyJson;
import dev.journeykit.core.observe.Replay;

/**
 * The replay of the map a job ships to its executors as JSON text (the form that reads back equal,
 * docs/json-format.md): built once per executor JVM and map, not once per task.
 */
final class Replays {

    private static volatile Object[] last = {null, null};

    private Replays() {
    }

    static Replay of(String json) {
        Object[] cached = last;
        if (json.equals(cached[0])) {
            return (Replay) cached[1];
        }
        Replay replay = Replay.of(JourneyJson.read(json));
        last = new Object[] {json, replay};
        return replay;
    }
}
