package dev.journeykit.cli.internal;

import dev.journeykit.core.analysis.AnalysisOptions;
import dev.journeykit.core.analysis.AnalysisReport;
import dev.journeykit.core.analysis.Analyzers;
import dev.journeykit.core.analysis.observed.ObservedAnalyzers;
import dev.journeykit.core.model.JourneyMap;
import dev.journeykit.core.observe.ObservedJourney;
import dev.journeykit.dsl.JourneyDsl;
import dev.journeykit.render.svg.Legend;
import dev.journeykit.render.svg.Theme;
import dev.journeykit.report.HtmlReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code journey report}: one self-contained HTML page for many maps. */
@Command(name = "report",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        sortOptions = false,
        description = {
            "Writes DIR/index.html: one self-contained page (no network) with a summary across the maps, "
                    + "every finding in a table that sorts and filters by severity and code, linked to its "
                    + "element in the pictures and to its line, and each map's views and source.",
            "Directories are searched recursively for .journey files, in sorted order."},
        footerHeading = "%nExit codes:%n",
        footer = {"  0  the report was written",
                "  2  usage, syntax or I/O errors; the report holds the other maps"})
public final class ReportCommand implements Callable<Integer> {

    /** The page's file name in the output folder. */
    static final String PAGE = "index.html";

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "Maps, or directories of maps.")
    private List<String> inputs;

    @Option(names = "--out", paramLabel = "DIR", required = true,
            description = "Folder to write index.html to, created when missing.")
    private Path out;

    @Option(names = "--theme", paramLabel = "THEME", defaultValue = "light",
            converter = Keywords.Themes.class, completionCandidates = Keywords.Themes.class,
            description = "Colours: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    private Theme theme;

    @Option(names = "--legend", paramLabel = "LEGEND", defaultValue = "compact",
            converter = Keywords.Legends.class, completionCandidates = Keywords.Legends.class,
            description = "How the page's pictures explain " + Keywords.LEGEND_HELP
                    + " The page's table lists every finding whatever the legend.")
    private Legend legend;

    @Option(names = "--observed", paramLabel = "EVENTS", arity = "1..*",
            description = "Event logs of what customers did (as journey observe reads them; one map only): the "
                    + "map's pictures show it, its funnel is drawn too, its tables say what was read, the stages, "
                    + "transitions, variants and unbound events, and the observed.* findings join the others.")
    private List<Path> observed;

    @Mixin
    private EventLogSettings log;

    @Mixin
    private AnalysisSettings settings;

    @Override
    public Integer call() {
        Console console = new Console(spec);
        List<Input> files;
        try {
            EventLogSettings.checkBeforeReading(spec, settings, observed);
            files = Inputs.expand(inputs, console);
            EventLogSettings.requireOneMap(observed, files, "report the map the logs belong to alone");
        } catch (CliError e) {
            console.error(e.getMessage());
            return ExitCodes.ERROR;
        }
        Analyzers analyzers = Analyzers.defaults();
        List<HtmlReport.Entry> entries = new ArrayList<>();
        for (Input input : files) {
            console.each(input, in -> {
                String text = Maps.read(in);
                JourneyMap map = JourneyDsl.parse(in.name(), text);
                AnalysisOptions options = settings.forMap(in);
                AnalysisReport analysis = analyzers.analyze(map, options);
                Optional<ObservedJourney> seen = Optional.empty();
                if (observed != null) {
                    seen = Optional.of(log.read(map, in, observed, console, spec.commandLine().getErr()));
                    analysis = analysis.plus(ObservedAnalyzers.analyze(map, seen.get(), options));
                }
                entries.add(new HtmlReport.Entry(in.name(), text, map, analysis, seen));
            });
        }
        if (files.isEmpty()) {
            return console.exitCode();
        }
        Path page = out.resolve(PAGE);
        try {
            Files.createDirectories(out);
            AtomicFiles.write(page, HtmlReport.render(entries, theme, legend));
            console.line("wrote " + page);
        } catch (IOException e) {
            console.error(IoErrors.error(out.toString(), "cannot create the output folder", e).getMessage());
        } catch (CliError e) {
            console.error(e.getMessage());
        }
        return console.exitCode();
    }
}
