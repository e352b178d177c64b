package dev.journeykit.cli.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.journeykit.cli.internal.Keywords.FailOn;
import dev.journeykit.cli.internal.Keywords.ReportFormat;
import dev.journeykit.core.analysis.AnalysisReport;
import dev.journeykit.core.analysis.Analyzers;
import dev.journeykit.core.analysis.Severity;
import dev.journeykit.core.analysis.report.Reports;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
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
                    + "json is one array of per-file reports; sarif is one SARIF 2.1.0 log.")
    private ReportFormat format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write the report to FILE (atomically) instead of stdout.")
    private Path output;

    @Option(names = "--fail-on", paramLabel = "SEVERITY", defaultValue = "error",
            converter = Keywords.FailOns.class, completionCandidates = Keywords.FailOns.class,
            description = "Exit with 1 when a finding has this severity or a higher one: "
                    + "${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    private FailOn failOn;

    /** A file and its analysis. */
    private record Checked(Input input, AnalysisReport report) {
    }

    @Override
    public Integer call() {
        Console console = new Console(spec);
        Analyzers analyzers = Analyzers.defaults();
        List<Checked> checked = new ArrayList<>();
        List<Input> files = Inputs.expand(inputs, console);
        for (Input input : files) {
            console.each(input, in -> checked.add(new Checked(in, analyzers.analyze(Maps.load(in)))));
        }
        String report = switch (format) {
            case TEXT -> text(checked, files.size());
            case JSON -> json(checked);
            case SARIF -> Reports.sarif(checked.stream().map(Checked::report).toList());
        };
        try {
            Maps.emit(report, output, console);
        } catch (CliError e) {
            console.error(e.getMessage());
        }
        if (console.failed()) {
            return ExitCodes.ERROR;
        }
        return checked.stream().anyMatch(c -> fails(c.report())) ? ExitCodes.FINDINGS : ExitCodes.OK;
    }

    private boolean fails(AnalysisReport report) {
        return failOn != FailOn.NEVER && report.hasAtLeast(Severity.valueOf(failOn.name()));
    }

    /** The reports, then the summary line; {@code attempted} counts the maps read, those that failed too. */
    private static String text(List<Checked> checked, int attempted) {
        StringBuilder out = new StringBuilder();
        int[] totals = new int[Severity.values().length];
        int suppressed = 0;
        for (Checked c : checked) {
            out.append(Reports.text(c.report()));
            for (Severity severity : Severity.values()) {
                totals[severity.ordinal()] += c.report().count(severity);
            }
            suppressed += c.report().suppressed().size();
        }
        out.append(plural(checked.size(), "map")).append(" checked: ");
        out.append(plural(totals[Severity.ERROR.ordinal()], "error")).append(", ")
                .append(plural(totals[Severity.WARNING.ordinal()], "warning")).append(", ")
                .append(totals[Severity.INFO.ordinal()]).append(" info, ");
        out.append(suppressed).append(" suppressed");
        if (attempted > checked.size()) {
            out.append("; ").append(attempted - checked.size()).append(" of ").append(plural(attempted, "map"))
                    .append(" failed to parse");
        }
        return out.append('\n').toString();
    }

    private static String plural(int count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }

    private static String json(List<Checked> checked) {
        ArrayNode array = JsonNodeFactory.instance.arrayNode();
        for (Checked c : checked) {
            ObjectNode node = array.addObject();
            node.put("file", c.input().name());
            node.setAll(Reports.jsonNode(c.report()));
        }
        return Json.pretty(array);
    }
}
