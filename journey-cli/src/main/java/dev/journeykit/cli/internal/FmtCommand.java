package dev.journeykit.cli.internal;

import com.github.difflib.UnifiedDiffUtils;
import dev.journeykit.dsl.JourneyDsl;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code journey fmt}: rewrites maps in canonical form, keeping comments. */
@Command(name = "fmt",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        sortOptions = false,
        description = {
            "Rewrites .journey maps in canonical form (four-space indent, one statement a line, "
                    + "sections in order), keeping comments.",
            "Directories are searched recursively for .journey files, in sorted order."},
        footerHeading = "%nExit codes:%n",
        footer = {"  0  every map is (now) in canonical form",
                "  1  with --check: some maps are not in canonical form (a unified diff of each is printed)",
                "  2  usage, syntax or I/O errors; the other maps are still formatted"})
public final class FmtCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "Maps, or directories of maps.")
    private List<String> inputs;

    @Option(names = "--check",
            description = "Change nothing: print a unified diff (the file as it is, then in canonical form) of each map "
                    + "that is not in canonical form, and exit with 1 if there are any.")
    private boolean check;

    @Override
    public Integer call() {
        Console console = new Console(spec);
        boolean[] differs = {false};
        for (Input input : Inputs.expand(inputs, console)) {
            console.each(input, in -> {
                String text = Maps.readMap(in);
                String canonical = JourneyDsl.reformat(in.name(), text);
                if (canonical.equals(text)) {
                    return;
                }
                if (check) {
                    differs[0] = true;
                    console.line(diff(in.name(), text, canonical));
                } else {
                    AtomicFiles.write(in.path(), canonical);
                    console.line("formatted " + in.name());
                }
            });
        }
        if (console.failed()) {
            return ExitCodes.ERROR;
        }
        return differs[0] ? ExitCodes.FINDINGS : ExitCodes.OK;
    }

    /**
     * The unified diff, with three lines of context, from {@code text} to {@code canonical}, both
     * named {@code name} ({@code --- NAME} as it is, {@code +++ NAME (canonical)}), without its
     * final line end.
     */
    static String diff(String name, String text, String canonical) {
        List<String> before = text.lines().toList();
        List<String> after = canonical.lines().toList();
        List<String> lines = UnifiedDiffUtils.generateUnifiedDiff(name, name + " (canonical)", before,
                LineDiff.diff(before, after), 3);
        if (lines.isEmpty()) { // only line ends differ (\r\n, or none at the end)
            return "--- " + name + "\n+++ " + name + " (canonical)\n(only the line ends differ: canonical text "
                    + "ends every line with \\n)";
        }
        return String.join("\n", lines);
    }
}
