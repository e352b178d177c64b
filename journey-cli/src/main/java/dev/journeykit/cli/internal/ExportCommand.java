package dev.journeykit.cli.internal;

import dev.journeykit.cli.internal.Keywords.ExportFormat;
import dev.journeykit.core.json.JourneyJson;
import dev.journeykit.core.model.JourneyMap;
import dev.journeykit.dsl.MermaidJourney;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code journey export}: a map as JSON. */
@Command(name = "export",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        sortOptions = false,
        description = {"Prints a .journey map as JSON (the model, with a stable field order) or as a Mermaid "
                + "journey diagram; journey import reads both back.",
            "Mermaid says stages, steps, emotions and personas only: what it cannot say is named on stderr."},
        footerHeading = "%nExit codes:%n",
        footer = {"  0  exported", "  2  usage, syntax or I/O errors"})
public final class ExportCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The map to export.")
    private String file;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "json",
            converter = Keywords.ExportFormats.class, completionCandidates = Keywords.ExportFormats.class,
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    private ExportFormat format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write to FILE (atomically) instead of stdout.")
    private Path output;

    @Override
    public Integer call() {
        Console console = new Console(spec);
        for (Input input : Inputs.file(file, console)) {
            console.each(input, in -> {
                JourneyMap map = Maps.load(in);
                if (format == ExportFormat.MERMAID) {
                    MermaidJourney.Exported mermaid = MermaidJourney.write(map);
                    Maps.emit(mermaid.text(), output, console);
                    mermaid.notes().forEach(n -> console.note(in.name() + ": note: " + n));
                } else {
                    Maps.emit(JourneyJson.write(map), output, console);
                }
            });
        }
        return console.exitCode();
    }
}
