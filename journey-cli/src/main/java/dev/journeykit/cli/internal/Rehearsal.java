package dev.journeykit.cli.internal;

import dev.journeykit.cli.JourneyCli;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs every command once, in one JVM, on a map and its event log and on two states of a map, so that the
 * JVM's {@code -XX:DumpLoadedClassList} names every class the commands load. The build runs it
 * (journey-cli's pom) to make {@code lib/journey.classlist} of the distribution; {@code bin/journey}
 * makes its class-data-sharing archive from that list on its first run, so the archive serves every
 * command, not only the one that happened to run first. Not a command of {@code journey}.
 *
 * <p>Usage: {@code Rehearsal MAP EVENTS BEFORE AFTER OUT-DIR} (EVENTS a log of MAP, AFTER a later
 * state of the map BEFORE). Exits with 2, naming the command, when
 * one of them fails: a list made from a failed run would leave its classes out.
 */
public final class Rehearsal {

    private Rehearsal() {
    }

    /** Runs the commands; output is discarded, files go under {@code OUT-DIR}. */
    public static void main(String[] args) throws IOException {
        if (args.length != 5) {
            System.err.println("usage: Rehearsal MAP EVENTS BEFORE AFTER OUT-DIR");
            System.exit(ExitCodes.ERROR);
        }
        String map = args[0];
        String events = args[1];
        String before = args[2];
        String after = args[3];
        Path out = Path.of(args[4]);
        Files.createDirectories(out);
        List<String[]> runs = new ArrayList<>();
        runs.add(new String[] {"--version"});
        runs.add(new String[] {"--help"});
        runs.add(new String[] {"check", map});
        runs.add(new String[] {"check", map, "--format", "json"});
        runs.add(new String[] {"check", map, "--format", "sarif"});
        runs.add(new String[] {"fmt", "--check", map});
        Path copy = out.resolve("rehearsal.journey"); // fmt rewrites in place: a copy, never the map given
        Files.copy(Path.of(map), copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        runs.add(new String[] {"fmt", copy.toString()});
        for (String view : new String[] {"map", "flow", "matrix"}) {
            runs.add(new String[] {"render", map, "--view", view, "--findings", "--out", out.toString()});
        }
        runs.add(new String[] {"render", map, "--view", "funnel", "--observed", events, "--out", out.toString()});
        runs.add(new String[] {"report", map, "--out", out.resolve("report").toString()});
        runs.add(new String[] {"export", map, "--format", "json"});
        runs.add(new String[] {"export", map, "--format", "mermaid"});
        runs.add(new String[] {"diff", before, after});
        runs.add(new String[] {"diff", before, after, "--out", out.toString()});
        runs.add(new String[] {"observe", map, events});
        runs.add(new String[] {"observe", map, events, "--format", "json"});
        PrintWriter nowhere = new PrintWriter(Writer.nullWriter());
        for (String[] run : runs) {
            int code = JourneyCli.run(nowhere, nowhere, run);
            if (code == ExitCodes.ERROR) {
                System.err.println("Rehearsal: journey " + String.join(" ", run) + " failed with exit code " + code);
                System.exit(ExitCodes.ERROR);
            }
        }
    }
}
