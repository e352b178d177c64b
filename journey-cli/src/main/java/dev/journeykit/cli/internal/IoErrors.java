package dev.journeykit.cli.internal;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/** Turns I/O exceptions into the short reasons a user reads: {@code permission denied}. */
final class IoErrors {

    private IoErrors() {
    }

    /** {@code "NAME: WHAT: REASON"}, or {@code "NAME: REASON"} when {@code what} is empty. */
    static CliError error(String name, String what, IOException e) {
        return new CliError(name + ": " + (what.isEmpty() ? "" : what + ": ") + reason(e));
    }

    static String reason(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file or directory";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NotDirectoryException) {
            return "not a directory";
        }
        if (e instanceof FileAlreadyExistsException) {
            return "a file is in the way";
        }
        if (e instanceof DirectoryNotEmptyException) {
            return "is a directory";
        }
        if (e instanceof CharacterCodingException) {
            return "not valid UTF-8 text";
        }
        if (e instanceof FileSystemException fse && fse.getReason() != null) {
            return lowerFirst(fse.getReason());
        }
        return e.getMessage() != null ? lowerFirst(e.getMessage()) : e.getClass().getSimpleName();
    }

    /** {@code No space left on device} as {@code no space left on device}; file names in the reason keep their case. */
    private static String lowerFirst(String reason) {
        return reason.isEmpty() ? reason
                : reason.substring(0, 1).toLowerCase(java.util.Locale.ROOT) + reason.substring(1);
    }
}
