package dev.journeykit.cli.internal;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code journey observe}: replays customer event logs through a map and reports where they disagree. */
@Command(name = "observe",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        sortOptions = false,
        description = {
            "Reads customer event logs (CSV, JSON Lines, XES; gzip too), replays every customer through "
                    + "the map and reports where reality and design disagree: drop-offs, undesigned and "
                    + "unused transitions, unbound events, repeat contacts, conformance fitness.",
            "Steps are bound to events by their event statements, or else by their ids."},
        footerHeading = "%nExit codes:%n",
        footer = {"  0  no finding at or above --fail-on",
                "  1  a finding at or above --fail-on",
                "  2  usage, syntax or I/O errors, or bad rows without --skip-bad-rows"})
public final class ObserveCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private ObserveRun run;

    @Mixin
    private EventLogSettings log;

    @Override
    public Integer call() {
        return run.run(spec, (map, input, events, console) -> log.read(map, input,
                events.stream().map(Path::of).toList(), console, spec.commandLine().getErr()));
    }
}
