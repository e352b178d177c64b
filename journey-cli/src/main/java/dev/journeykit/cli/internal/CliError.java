package dev.journeykit.cli.internal;

/**
 * A user-facing error whose message is complete and printed as is, starting with the file it is
 * about: {@code out/map.svg: cannot write: permission denied}.
 */
final class CliError extends Exception {

    private static final long serialVersionUID = 1L;

    CliError(String message) {
        super(message, null, false, false);
    }
}
