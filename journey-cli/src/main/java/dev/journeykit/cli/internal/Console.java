package dev.journeykit.cli.internal;

import dev.journeykit.core.model.JourneyValidationException;
import dev.journeykit.dsl.JourneyDslException;
import java.io.PrintWriter;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The output and error streams of one command, and whether an error was reported. Runs the work
 * on each input file so that one bad file is reported and the others still run.
 */
final class Console {

    /** Work on one input file. */
    interface FileWork {
        void run(Input input) throws CliError;
    }

    private final PrintWriter out;
    private final PrintWriter err;
    private int errors;

    Console(CommandSpec spec) {
        this(spec.commandLine().getOut(), spec.commandLine().getErr());
    }

    Console(PrintWriter out, PrintWriter err) {
        this.out = out;
        this.err = err;
    }

    /** Prints to the output stream as is ({@code \n} line ends, no platform separator). */
    void print(String text) {
        out.print(text);
    }

    /** Prints a line to the output stream. */
    void line(String text) {
        out.print(text + "\n");
    }

    /** Prints a note on the error stream (not an error: the exit code stays as it is). */
    void note(String message) {
        err.print(message + "\n");
    }

    /** Reports an error on the error stream; the command will exit with {@link ExitCodes#ERROR}. */
    void error(String message) {
        err.print(message.endsWith("\n") ? message : message + "\n");
        errors++;
    }

    /** Reports something on the error stream that is not an error (the exit code stays). */
    void warn(String message) {
        err.print(message.endsWith("\n") ? message : message + "\n");
    }

    /** Whether an error was reported. */
    boolean failed() {
        return errors > 0;
    }

    /**
     * Runs {@code work} on one input file and reports what goes wrong as an error naming the file:
     * syntax errors with their caret excerpts, invalid maps, I/O errors, and (as an internal error,
     * without a stack trace) anything unexpected.
     */
    void each(Input input, FileWork work) {
        try {
            work.run(input);
        } catch (CliError e) {
            error(e.getMessage());
        } catch (JourneyDslException e) {
            error(e.getMessage());
        } catch (JourneyValidationException e) {
            error(input.name() + ": " + e.getMessage());
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            error(input.name() + ": internal error: " + e);
        }
    }

    /** The exit code for a command that found no findings or differences of its own. */
    int exitCode() {
        return failed() ? ExitCodes.ERROR : ExitCodes.OK;
    }
}
