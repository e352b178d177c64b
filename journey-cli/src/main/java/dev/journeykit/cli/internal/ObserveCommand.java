package dev.journeykit.cli.internal;

import dev.journeykit.events.EventFormat;
import dev.journeykit.events.EventLogs;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
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

    @Option(names = "--input-format", paramLabel = "FORMAT",
            converter = Keywords.InputFormats.class, completionCandidates = Keywords.InputFormats.class,
            description = "The format of every log, whatever its name: ${COMPLETION-CANDIDATES}.")
    private EventFormat inputFormat;

    @Override
    public Integer call() {
        return run.run(spec, (replay, files, options) -> {
            Progress progress = Progress.onTerminal(spec.commandLine().getErr());
            try {
                return EventLogs.read(replay, files.stream().map(Path::of).toList(), options.withFormat(inputFormat),
                        progress);
            } finally {
                progress.done();
            }
        });
    }
}
