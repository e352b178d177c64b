package dev.journeykit.cli.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.journeykit.cli.internal.Keywords.ReportFormat;
import dev.journeykit.core.analysis.AnalysisReport;
import dev.journeykit.core.analysis.Analyzers;
import dev.journeykit.core.analysis.report.Baseline;
import dev.journeykit.core.analysis.report.Reports;
import dev.journeykit.core.analysis.report.SarifOptions;
import dev.journeykit.core.internal.PrettyJson;
import dev.journeykit.dsl.JourneyDslException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code journey check}: parses and analyzes maps and prints one report for all of them. */
@Command(name = "check",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        sortOptions = false,
        description = {
            "Parses and analyzes .journey maps and prints the findings: coverage gaps, "
                    + "oversaturated stages, non-linear paths and friction.",
            "Directories are searched recursively for .journey files, in sorted order."},
        footerHeading = "%nExit codes:%n",
        footer = {"  0  no finding at or above --fail-on",
                "  1  a finding at or above --fail-on",
                "  2  usage, syntax or I/O errors; the other files are still checked"})
public final class CheckCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "Maps, or directories of maps.")
    private List<String> inputs;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            converter = Keywords.ReportFormats.class, completionCandidates = Keywords.ReportFormats.class,
            description = "Report format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}). "
                    + "json is one array of per-file reports; sarif is one SARIF 2.1.0 log. "
                    + "In both, a file that does not parse has its errors as results of code syntax.error.")
    private ReportFormat format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write the report to FILE (atomically) instead of stdout.")
    private Path output;

    @Mixin
    private FailOnOption failOn;

    @Option(names = "--baseline", paramLabel = "FILE",
            description = "A JSON or SARIF report of an earlier run: only findings not in it (by code and "
                    + "subject ids) are listed and count toward --fail-on.")
    private String baseline;

    @Option(names = "--source-root", paramLabel = "DIR",
            description = "The folder SARIF file URIs are relative to, as %%SRCROOT%% (default: the current folder).")
    private Path sourceRoot;

    @Mixin
    private AnalysisSettings settings;

    /**
     * A file and its analysis; or, when it did not parse, its {@link SyntaxErrors} report (in the
     * JSON and SARIF reports; the text report leaves it to the error stream).
     */
    private record Checked(Input input, AnalysisReport report, boolean parsed) {
    }

    @Override
    public Integer call() {
        Console console = new Console(spec);
        Baseline accepted;
        try {
            settings.validate();
            accepted = null;
            if (baseline != null) {
                List<Input> file = Inputs.file(baseline, console);
                if (file.isEmpty()) {
                    return ExitCodes.ERROR;
                }
                accepted = Baselines.read(file.get(0));
            }
        } catch (CliError e) {
            console.error(e.getMessage());
            return ExitCodes.ERROR;
        }
        Analyzers analyzers = Analyzers.defaults();
        List<Checked> checked = new ArrayList<>();
        List<Input> files = Inputs.expand(inputs, console);
        for (Input input : files) {
            console.each(input, in -> {
                try {
                    checked.add(new Checked(in, analyzers.analyze(Maps.load(in), settings.forMap(in)), true));
                } catch (JourneyDslException e) {
                    checked.add(new Checked(in, SyntaxErrors.report(in.name(), e), false));
                    throw e;
                }
            });
        }
        if (accepted != null) {
            List<AnalysisReport> applied = accepted.apply(checked.stream().map(Checked::report).toList());
            for (int i = 0; i < applied.size(); i++) {
                Checked c = checked.get(i);
                checked.set(i, c.parsed() ? new Checked(c.input(), applied.get(i), true) : c);
            }
        }
        String report = switch (format) {
            case TEXT -> failedToParse(Reports.textAll(checked.stream().filter(Checked::parsed).map(Checked::report)
                    .toList()), files.size() - (int) checked.stream().filter(Checked::parsed).count(), files.size());
            case JSON -> Json.of(checked);
            case SARIF -> Reports.sarif(checked.stream().map(Checked::report).toList(), sarifOptions());
        };
        try {
            Maps.emit(report, output, console);
        } catch (CliError e) {
            console.error(e.getMessage());
        }
        if (console.failed()) {
            return ExitCodes.ERROR;
        }
        return checked.stream().anyMatch(c -> failOn.fails(c.report())) ? ExitCodes.FINDINGS : ExitCodes.OK;
    }

    private SarifOptions sarifOptions() {
        String version;
        try {
            version = VersionProvider.version();
        } catch (java.io.IOException e) {
            version = "unknown";
        }
        return SarifOptions.defaults().withToolVersion(version)
                .withSourceRoot(sourceRoot != null ? sourceRoot : Path.of(""));
    }

    /** The summary line counts the maps that failed to parse: {@code ...; 1 of 2 maps failed to parse}. */
    private static String failedToParse(String text, int failed, int attempted) {
        if (failed == 0) {
            return text;
        }
        return text.substring(0, text.length() - 1) + "; " + failed + " of " + attempted
                + (attempted == 1 ? " map" : " maps") + " failed to parse\n";
    }

    /** The JSON report, in a class of its own so that a text check never loads the JSON writer. */
    private static final class Json {
        static String of(List<Checked> checked) {
            ArrayNode array = JsonNodeFactory.instance.arrayNode();
            for (Checked c : checked) {
                ObjectNode node = array.addObject();
                node.put("file", c.input().name());
                node.setAll(Reports.jsonNode(c.report()));
                if (!c.parsed()) { // no map: no title, no tables
                    node.putNull("map");
                    node.remove("tables");
                }
            }
            return PrettyJson.write(array);
        }
    }
}
