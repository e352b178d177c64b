package dev.journeykit.cli.internal;

import dev.journeykit.cli.internal.Keywords.PictureFormat;
import dev.journeykit.cli.internal.Keywords.ViewChoice;
import dev.journeykit.core.analysis.AnalysisOptions;
import dev.journeykit.core.analysis.Analyzers;
import dev.journeykit.core.analysis.Finding;
import dev.journeykit.core.analysis.observed.ObservedAnalyzers;
import dev.journeykit.core.observe.ObservedJourney;
import dev.journeykit.core.model.JourneyMap;
import dev.journeykit.core.model.Persona;
import dev.journeykit.render.svg.Rasterizer;
import dev.journeykit.render.svg.SvgOptions;
import dev.journeykit.render.svg.SvgRenderer;
import dev.journeykit.render.svg.Theme;
import dev.journeykit.render.svg.View;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code journey render}: writes SVG (or PNG or PDF) views of maps. */
@Command(name = "render",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        sortOptions = false,
        description = {
            "Renders .journey maps as SVG, PNG or PDF: NAME.svg for one view, NAME-VIEW.svg for each view with --view all "
                    + "(.png or .pdf with --format png or pdf; all of a map's views are written, or none);",
            "with --persona ID, NAME-ID.svg and NAME-ID-VIEW.svg, so the all-persona picture stays.",
            "With --observed EVENTS... (one map), what customers did is drawn over the map and the flow, "
                    + "and --view funnel draws the stages' funnel (NAME-funnel.svg with --view all).",
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

    @Option(names = "--observed", paramLabel = "EVENTS", arity = "1..*",
            description = "Event logs of what customers did (as journey observe reads them; one map only): "
                    + "flow arrows as wide as customers made them, with counts and shares, untaken and undesigned "
                    + "transitions and unreached steps marked, stage heads with reached customers and drop-off; "
                    + "map cards with their customers; --view funnel draws the stages' funnel, and --view all "
                    + "writes it too. With --findings, the observed.* findings are marked as well.")
    private List<Path> observed;

    @Mixin
    private EventLogSettings log;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "svg",
            converter = Keywords.PictureFormats.class, completionCandidates = Keywords.PictureFormats.class,
            description = "Picture format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}); "
                    + "png and pdf are made from the SVG with the DejaVu Sans font shipped inside, the same bytes everywhere "
                    + "(pdf: vectors, one page a picture, text as outlines).")
    private PictureFormat format;

    @Option(names = "--scale", paramLabel = "FACTOR", defaultValue = "1",
            description = "png: pixels per SVG unit, e.g. 2 for slides (default: ${DEFAULT-VALUE}).")
    private double scale;

    @Option(names = "--width", paramLabel = "PIXELS", defaultValue = "0",
            description = "png: scale each picture to this many pixels wide instead (the height follows).")
    private int width;

    @Mixin
    private AnalysisSettings settings;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = ".",
            description = "Folder to write the SVG files to, created when missing (default: the current folder); "
                    + "the file names come from the maps.")
    private Path out;

    private boolean folderFailed;

    @Override
    public Integer call() {
        Console console = new Console(spec);
        List<Input> files;
        try {
            EventLogSettings.checkBeforeReading(spec, settings, observed);
            if (view == ViewChoice.FUNNEL && observed == null) {
                throw new CliError("--view funnel draws what customers did: give their event logs with --observed EVENTS...");
            }
            files = Inputs.expand(inputs, console);
            EventLogSettings.requireOneMap(observed, files, "render the map the logs belong to alone");
        } catch (CliError e) {
            console.error(e.getMessage());
            return ExitCodes.ERROR;
        }
        if (files.isEmpty()) {
            return console.exitCode();
        }
        try {
            OutputFolder.check(out);
        } catch (CliError e) {
            console.error(e.getMessage());
            return ExitCodes.ERROR;
        }
        Rasterizer rasterizer = null;
        if (format != PictureFormat.SVG) {
            if (!(scale > 0) || !Double.isFinite(scale) || width < 0) {
                console.error("journey: --scale must be a positive number and --width at least 1");
                return ExitCodes.ERROR;
            }
            rasterizer = Rasterizer.find().orElse(null);
            if (rasterizer == null) {
                console.error("journey: --format " + Keywords.of(format) + " needs journey-render-raster on the class path");
                return ExitCodes.ERROR;
            }
        }
        Rasterizer raster = rasterizer;
        List<View> views = view != ViewChoice.ALL ? List.of(View.valueOf(view.name()))
                : observed == null ? View.ofMap() : List.of(View.values());
        Map<Path, String> writtenFor = new HashMap<>();
        Analyzers analyzers = Analyzers.defaults();
        for (Input input : files) {
            if (folderFailed) {
                break;
            }
            console.each(input, in -> {
                JourneyMap map = Maps.load(in);
                SvgRenderer renderer = SvgRenderer.create(look(map, in, console, analyzers));
                Map<Path, byte[]> pictures = new LinkedHashMap<>();
                for (View v : views) {
                    String name = in.baseName() + (persona != null ? "-" + persona : "")
                            + (view == ViewChoice.ALL ? "-" + Keywords.of(v) : "") + "." + Keywords.of(format);
                    Path target = out.resolve(name);
                    String earlier = writtenFor.putIfAbsent(target.toAbsolutePath().normalize(), in.name());
                    if (earlier != null) {
                        throw new CliError(in.name() + ": not rendered: " + target
                                + " was already written for " + earlier + " (rename one of the maps)");
                    }
                    String svg = renderer.render(map, v);
                    pictures.put(target, raster == null ? svg.getBytes(StandardCharsets.UTF_8) : picture(raster, svg, in));
                }
                createFolder();
                AtomicFiles.writeAllBytes(pictures);
                pictures.keySet().forEach(picture -> console.line("wrote " + picture));
            });
        }
        return console.exitCode();
    }

    /** How to draw one map: the theme, the persona, its observation and its findings, as asked. */
    private SvgOptions look(JourneyMap map, Input in, Console console, Analyzers analyzers) throws CliError {
        SvgOptions.Builder options = SvgOptions.builder().theme(theme);
        if (persona != null) {
            checkPersona(map, in);
            options.persona(persona);
        }
        ObservedJourney seen = observed == null ? null
                : log.read(map, in, observed, console, spec.commandLine().getErr());
        if (seen != null) {
            options.observed(seen);
        }
        if (findings) {
            AnalysisOptions analysis = settings.forMap(in);
            List<Finding> all = new ArrayList<>(analyzers.analyze(map, analysis).findings());
            if (seen != null) {
                all.addAll(ObservedAnalyzers.analyze(map, seen, analysis).findings());
            }
            options.findings(all);
        }
        return options.build();
    }

    private byte[] picture(Rasterizer raster, String svg, Input input) throws CliError {
        try {
            return format == PictureFormat.PDF ? raster.pdf(svg) : raster.png(svg, scale, width);
        } catch (IllegalArgumentException e) {
            throw new CliError(input.name() + ": not rendered: " + e.getMessage());
        }
    }

    /**
     * Creates the output folder when missing, before the first map is written (a run that
     * renders nothing creates none). A folder that cannot be created is reported once and ends
     * the run.
     */
    private void createFolder() throws CliError {
        try {
            OutputFolder.create(out);
        } catch (CliError e) {
            folderFailed = true;
            throw e;
        }
    }

    private void checkPersona(JourneyMap map, Input input) throws CliError {
        if (map.persona(persona).isEmpty()) {
            throw new CliError(input.name() + ": no persona '" + persona + "' in this map (its personas: "
                    + map.personas().stream().map(Persona::id).collect(Collectors.joining(", "))
                    + ")");
        }
    }
}
