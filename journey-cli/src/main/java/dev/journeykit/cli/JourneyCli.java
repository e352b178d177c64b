package dev.journeykit.cli;

import dev.journeykit.cli.internal.CheckCommand;
import dev.journeykit.cli.internal.DiffCommand;
import dev.journeykit.cli.internal.ExitCodes;
import dev.journeykit.cli.internal.ExportCommand;
import dev.journeykit.cli.internal.FmtCommand;
import dev.journeykit.cli.internal.ImportCommand;
import dev.journeykit.cli.internal.ObserveCommand;
import dev.journeykit.cli.internal.RenderCommand;
import dev.journeykit.cli.internal.ReportCommand;
import dev.journeykit.cli.internal.StandardOutput;
import dev.journeykit.cli.internal.VersionProvider;
import java.io.BufferedWriter;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The {@code journey} command line. {@link #main} is the entry point of {@code journey.jar};
 * {@link #run} runs one command line with the given output and error writers and returns its exit
 * code, for embedding and tests.
 *
 * <p>Exit codes: {@value #OK} success; {@value #FINDINGS} findings at or above {@code --fail-on},
 * or files that {@code fmt --check} would change; {@value #ERROR} usage, syntax or I/O errors
 * (writing to {@code out} that fails included: the run ends with {@value #ERROR} and a message).
 */
@Command(name = "journey",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Checks, renders and formats customer journey maps written in the .journey language.",
        footerHeading = "%nExit codes:%n",
        footer = {"  0  success",
                "  1  findings at or above --fail-on, files that fmt --check would change, or maps that differ (diff --exit-code)",
                "  2  usage, syntax or I/O errors"})
public final class JourneyCli implements Callable<Integer> {

    /** Exit code of a run that succeeded. */
    public static final int OK = ExitCodes.OK;
    /** Exit code when findings reach {@code --fail-on}, or {@code fmt --check} finds differences. */
    public static final int FINDINGS = ExitCodes.FINDINGS;
    /** Exit code of usage, syntax and I/O errors. */
    public static final int ERROR = ExitCodes.ERROR;

    @Spec
    private CommandSpec spec;

    /**
     * Runs the command line and exits the JVM with its exit code. Output is UTF-8. When standard
     * output cannot be written (a closed pipe, a full disk) the exit code is {@value #ERROR}.
     */
    public static void main(String[] args) {
        StandardOutput stdout = new StandardOutput(new FileOutputStream(FileDescriptor.out));
        // buffered: a Writer given a whole report of a large map at once would copy it into one
        // char array first (the text check of a 100,000-touchpoint map prints 26 MB)
        PrintWriter out = new PrintWriter(new BufferedWriter(new OutputStreamWriter(stdout, StandardCharsets.UTF_8), 1 << 16));
        PrintWriter err = new PrintWriter(new OutputStreamWriter(
                new FileOutputStream(FileDescriptor.err), StandardCharsets.UTF_8));
        int code = run(out, err, stdout, args);
        err.flush();
        System.exit(code);
    }

    /**
     * Runs one command line, writing results to {@code out} and errors to {@code err}.
     *
     * @return the exit code: {@link #OK}, {@link #FINDINGS} or {@link #ERROR}
     */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        return run(out, err, null, args);
    }

    /**
     * As {@link #run(PrintWriter, PrintWriter, String...)}; {@code stdout}, when not null, is what
     * {@code out} writes to, and tells why writing failed, when it did (for the message).
     */
    private static int run(PrintWriter out, PrintWriter err, StandardOutput stdout, String... args) {
        CommandLine commandLine = new CommandLine(new JourneyCli());
        String asked = args.length == 0 ? "" : args[0];
        if (COMMANDS.contains(asked)) {
            // only the command asked for: picocli reflects on every command it is given, and each
            // brings its own classes (the renderer, the event readers, the JSON writer)
            commandLine.addSubcommand(asked, command(asked));
        } else {
            for (String name : COMMANDS) {
                commandLine.addSubcommand(name, command(name));
            }
            commandLine.addSubcommand("help", new CommandLine.HelpCommand());
        }
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setParameterExceptionHandler(new UsageErrors());
        commandLine.setExecutionExceptionHandler(new InternalErrors());
        int code = commandLine.execute(args);
        if (out.checkError()) { // flushes, then tells whether any write failed
            IOException failure = stdout == null ? null : stdout.failure();
            err.print("journey: cannot write to standard output"
                    + (failure == null ? "" : ": " + StandardOutput.reason(failure)) + "\n");
            code = ERROR;
        }
        err.flush();
        return code;
    }

    /** The commands, in the order the usage lists them. */
    private static final List<String> COMMANDS = List.of("check", "render", "fmt", "export", "import", "report",
            "diff", "observe");

    /** A new command object; a switch, so only the class of the command made is loaded. */
    private static Object command(String name) {
        return switch (name) {
            case "check" -> new CheckCommand();
            case "render" -> new RenderCommand();
            case "fmt" -> new FmtCommand();
            case "export" -> new ExportCommand();
            case "import" -> new ImportCommand();
            case "report" -> new ReportCommand();
            case "diff" -> new DiffCommand();
            case "observe" -> new ObserveCommand();
            default -> throw new IllegalArgumentException("no command " + name);
        };
    }

    /*
     * The two handlers are classes, not lambdas: a lambda of one of picocli's interfaces keeps them
     * out of the launcher's class-data-sharing archive (picocli's class files are of a version the
     * archive takes only when nothing links them while it is made), and so does each lambda.
     */

    /** A usage error: the message, a hint for {@code --observed} given before the map, and where help is. */
    private static final class UsageErrors implements CommandLine.IParameterExceptionHandler {
        @Override
        public int handleParseException(CommandLine.ParameterException exception, String[] arguments) {
            CommandLine line = exception.getCommandLine();
            line.getErr().print("journey: " + exception.getMessage() + "\n");
            if (exception instanceof CommandLine.MissingParameterException missing && positional(missing)
                    && observedGiven(arguments)) {
                // --observed takes one or more logs: every file after it went there, the map too
                line.getErr().print("journey: --observed takes every file after it as an event log, the map too: "
                        + "give the map first (" + line.getCommandSpec().qualifiedName()
                        + " MAP.journey --observed EVENTS...)\n");
            }
            line.getErr().print("Try '" + line.getCommandSpec().qualifiedName() + " --help' for more information.\n");
            return ERROR;
        }

        private static boolean positional(CommandLine.MissingParameterException missing) {
            for (CommandLine.Model.ArgSpec arg : missing.getMissing()) {
                if (arg.isPositional()) {
                    return true;
                }
            }
            return false;
        }

        private static boolean observedGiven(String[] arguments) {
            for (String argument : arguments) {
                if (argument.equals("--observed") || argument.startsWith("--observed=")) {
                    return true;
                }
            }
            return false;
        }
    }

    /** An exception a command did not expect: one line, no stack trace. */
    private static final class InternalErrors implements CommandLine.IExecutionExceptionHandler {
        @Override
        public int handleExecutionException(Exception exception, CommandLine line, CommandLine.ParseResult parseResult) {
            line.getErr().print("journey: internal error: " + exception + "\n");
            return ERROR;
        }
    }

    /** {@code journey} with no command: prints the usage to the error stream. */
    @Override
    public Integer call() {
        CommandLine line = spec.commandLine();
        line.getErr().print("journey: missing command\n");
        line.usage(line.getErr());
        return ERROR;
    }
}
