package dev.journeykit.cli.internal;

import dev.journeykit.cli.internal.Keywords.ViewChoice;
import dev.journeykit.core.analysis.Analyzers;
import dev.journeykit.core.model.JourneyMap;
import dev.journeykit.core.model.Persona;
import dev.journeykit.render.svg.SvgOptions;
import dev.journeykit.render.svg.SvgRenderer;
import dev.journeykit.render.svg.Theme;
import dev.journeykit.render.svg.View;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code journey render}: writes SVG views of maps. */
@Command(name = "render",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        sortOptions = false,
        description = {
            "Renders .journey maps as SVG: NAME.svg for one view, NAME-VIEW.svg for each view with --view all;",
            "with --persona ID, NAME-ID.svg and NAME-ID-VIEW.svg, so the picture of every persona stays.",
            "Directories are searched recursively for .journey files, in sorted order."},
        footerHeading = "%nExit codes:%n",
        footer = {"  0  every map rendered",
                "  2  usage, syntax or I/O errors; the other maps are still rendered"})
public final class RenderCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "Maps, or directories of maps.")
    private List<String> inputs;

    @Option(names = "--view", paramLabel = "VIEW", defaultValue = "map",
            converter = Keywords.Views.class, completionCandidates = Keywords.Views.class,
            description = "The view to draw: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    private ViewChoice view;

    @Option(names = "--persona", paramLabel = "ID",
            description = "Draw the map as this persona walks it.")
    private String persona;

    @Option(names = "--theme", paramLabel = "THEME", defaultValue = "light",
            converter = Keywords.Themes.class, completionCandidates = Keywords.Themes.class,
            description = "Colours: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    private Theme theme;

    @Option(names = "--findings", description = "Analyze each map and mark its findings in the drawing.")
    private boolean findings;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = ".",
            description = "Folder to write the SVG files to, created when missing (default: the current folder); "
                    + "the file names come from the maps.")
    private Path out;

    @Override
    public Integer call() {
        Console console = new Console(spec);
        List<Input> files = Inputs.expand(inputs, console);
        if (files.isEmpty()) {
            return console.exitCode();
        }
        if (Files.isRegularFile(out) || out.getFileName() != null
                && out.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".svg")) {
            console.error("--out " + out + ": --out is a folder, not a file name: the pictures are written into it "
                    + "as NAME.svg (e.g. --out pictures)");
            return ExitCodes.ERROR;
        }
        try {
            Files.createDirectories(out);
        } catch (IOException e) {
            console.error(IoErrors.error(out.toString(), "cannot create the output folder", e).getMessage());
            return ExitCodes.ERROR;
        }
        List<View> views = view == ViewChoice.ALL ? List.of(View.values()) : List.of(View.valueOf(view.name()));
        Map<Path, String> writtenFor = new HashMap<>();
        Analyzers analyzers = Analyzers.defaults();
        for (Input input : files) {
            console.each(input, in -> {
                JourneyMap map = Maps.load(in);
                SvgOptions.Builder options = SvgOptions.builder().theme(theme);
                if (persona != null) {
                    checkPersona(map, in);
                    options.persona(persona);
                }
                if (findings) {
                    options.findings(analyzers.analyze(map).findings());
                }
                SvgRenderer renderer = SvgRenderer.create(options.build());
                Map<Path, String> svgs = new LinkedHashMap<>();
                for (View v : views) {
                    String name = in.baseName() + (persona != null ? "-" + persona : "")
                            + (view == ViewChoice.ALL ? "-" + Keywords.of(v) : "") + ".svg";
                    Path target = out.resolve(name);
                    String earlier = writtenFor.putIfAbsent(target.toAbsolutePath().normalize(), in.name());
                    if (earlier != null) {
                        throw new CliError(in.name() + ": not rendered: " + target
                                + " was already written for " + earlier + " (rename one of the maps)");
                    }
                    svgs.put(target, renderer.render(map, v));
                }
                for (Map.Entry<Path, String> svg : svgs.entrySet()) {
                    AtomicFiles.write(svg.getKey(), svg.getValue());
                    console.line("wrote " + svg.getKey());
                }
            });
        }
        return console.exitCode();
    }

    private void checkPersona(JourneyMap map, Input input) throws CliError {
        if (map.persona(persona).isEmpty()) {
            throw new CliError(input.name() + ": no persona '" + persona + "' in this map (its personas: "
                    + map.personas().stream().map(Persona::id).collect(Collectors.joining(", "))
                    + ")");
        }
    }
}
