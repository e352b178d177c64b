package dev.journeykit.cli.internal;

import dev.journeykit.cli.internal.Keywords.DiffFormat;
import dev.journeykit.core.analysis.AnalysisReport;
import dev.journeykit.core.analysis.Analyzers;
import dev.journeykit.core.diff.MapDiff;
import dev.journeykit.core.model.JourneyMap;
import dev.journeykit.dsl.JourneyDsl;
import dev.journeykit.render.svg.SvgOptions;
import dev.journeykit.render.svg.SvgRenderer;
import dev.journeykit.render.svg.Theme;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code journey diff OLD NEW}: what changed from one map to another, for people and for review comments. */
@Command(name = "diff",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        sortOptions = false,
        description = {
            "Compares two maps, matching elements by id: stages, steps, personas and channels added, removed, "
                    + "moved or reordered; emotions, metrics, questions, pains, channels per persona, coverage "
                    + "cells; findings introduced and resolved.",
            "With --git REV, compares FILE as it was at the commit REV with FILE as it is now.",
            "With --out DIR, also draws the new map with its changes marked: NEW-diff.svg in DIR, "
                    + "NEW the new map's file name without .journey."},
        footerHeading = "%nExit codes:%n",
        footer = {"  0  compared (whether or not the maps differ, as git diff)",
                "  1  the maps differ and --exit-code was given",
                "  2  usage, syntax, git or I/O errors"})
public final class DiffCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "1..2", paramLabel = "OLD NEW", description = "The old and the new map (one FILE with --git).")
    private List<String> files;

    @Option(names = "--git", paramLabel = "REV",
            description = "Compare FILE at the commit REV (git show REV:FILE) with FILE in the working tree.")
    private String revision;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            converter = Keywords.DiffFormats.class, completionCandidates = Keywords.DiffFormats.class,
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}); "
                    + "markdown is ready to paste as a pull-request comment.")
    private DiffFormat format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write the comparison to FILE (atomically) instead of stdout.")
    private Path output;

    @Option(names = "--exit-code", description = "Exit with 1 when the maps differ.")
    private boolean exitCode;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Also draw the DIFF picture, NEW-diff.svg, in this folder (created when missing): the new map "
                    + "with added, moved and changed elements marked, removed ones faded where they were, and both "
                    + "emotion curves.")
    private Path out;

    @Option(names = "--theme", paramLabel = "THEME", defaultValue = "light",
            converter = Keywords.Themes.class, completionCandidates = Keywords.Themes.class,
            description = "Colours of the --out picture: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    private Theme theme;

    @Mixin
    private AnalysisSettings settings;

    @Override
    public Integer call() {
        Console console = new Console(spec);
        if (files.size() != (revision == null ? 2 : 1)) {
            console.error(revision == null ? "journey diff: give two maps, OLD and NEW (or --git REV FILE)"
                    : "journey diff: with --git REV give one map, FILE");
            return ExitCodes.ERROR;
        }
        try {
            settings.validate();
            if (out != null) {
                OutputFolder.check(out);
            }
        } catch (CliError e) {
            console.error(e.getMessage());
            return ExitCodes.ERROR;
        }
        List<Input> news = Inputs.file(files.get(files.size() - 1), console);
        List<Input> olds = revision == null ? Inputs.file(files.get(0), console) : news;
        if (news.isEmpty() || olds.isEmpty()) {
            return ExitCodes.ERROR;
        }
        Input oldInput = olds.get(0);
        Input newInput = news.get(0);
        String oldName = revision == null ? oldInput.name() : newInput.name() + "@" + revision;
        MapDiff[] diff = new MapDiff[1];
        console.each(newInput, in -> {
            Analyzers analyzers = Analyzers.defaults();
            JourneyMap before = revision == null ? Maps.load(oldInput)
                    : JourneyDsl.parse(oldName, GitShow.read(revision, newInput));
            JourneyMap after = Maps.load(newInput);
            AnalysisReport beforeReport = analyzers.analyze(before, settings.forMap(newInput));
            AnalysisReport afterReport = analyzers.analyze(after, settings.forMap(newInput));
            diff[0] = MapDiff.compare(before, beforeReport, after, afterReport);
            String text = switch (format) {
                case TEXT -> DiffReports.text(diff[0], oldName, newInput.name());
                case JSON -> DiffReports.json(diff[0], oldName, newInput.name());
                case MARKDOWN -> DiffReports.markdown(diff[0], oldName, newInput.name());
            };
            Maps.emit(text, output, console);
            if (out != null) {
                Path picture = out.resolve(newInput.baseName() + "-diff.svg");
                String svg = SvgRenderer.create(SvgOptions.builder().theme(theme).build()).renderDiff(diff[0]);
                OutputFolder.create(out);
                AtomicFiles.write(picture, svg);
                console.note("wrote " + picture);
            }
        });
        if (console.failed()) {
            return ExitCodes.ERROR;
        }
        return exitCode && !diff[0].isEmpty() ? ExitCodes.FINDINGS : ExitCodes.OK;
    }
}
