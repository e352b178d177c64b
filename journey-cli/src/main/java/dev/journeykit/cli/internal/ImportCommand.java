package dev.journeykit.cli.internal;

import dev.journeykit.core.json.JourneyJson;
import dev.journeykit.core.json.JourneyJsonException;
import dev.journeykit.core.model.JourneyMap;
import dev.journeykit.dsl.JourneyDsl;
import dev.journeykit.dsl.MermaidJourney;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code journey import}: a JSON map (as {@code journey export} writes it) as .journey text. */
@Command(name = "import",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        sortOptions = false,
        description = {"Reads a map in JSON (as journey export writes it) or a Mermaid journey diagram "
                + "(.mmd) and prints it in the journey language, in canonical form.",
            "From Mermaid, tasks become moments and actors personas; what the user still has to add is named on stderr."},
        footerHeading = "%nExit codes:%n",
        footer = {"  0  imported", "  2  usage, JSON, Mermaid or I/O errors"})
public final class ImportCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE.json|FILE.mmd",
            description = "The map to import: JSON, or a Mermaid journey diagram (.mmd, .mermaid).")
    private String file;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write the .journey text to FILE (atomically) instead of stdout.")
    private Path output;

    /** A Mermaid diagram by its extension: {@code .mmd} or {@code .mermaid}; anything else is JSON. */
    private static boolean isMermaid(Input input) {
        String name = input.path().getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        return name.endsWith(".mmd") || name.endsWith(".mermaid");
    }

    @Override
    public Integer call() {
        Console console = new Console(spec);
        for (Input input : Inputs.file(file, console)) {
            console.each(input, in -> {
                JourneyMap map;
                if (isMermaid(in)) {
                    MermaidJourney.Imported imported = MermaidJourney.read(in.name(), Maps.read(in));
                    map = imported.map();
                    imported.notes().forEach(n -> console.note(in.name() + ": note: " + n));
                } else {
                    try {
                        map = JourneyJson.read(Maps.read(in));
                    } catch (JourneyJsonException e) {
                        throw new CliError(in.name() + ": " + e.getMessage());
                    }
                }
                Maps.emit(JourneyDsl.format(map), output, console);
            });
        }
        return console.exitCode();
    }
}
