package dev.journeykit.cli.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * A file as it was at a commit, without a checkout: {@code git show REV:./NAME} run in the file's
 * folder (so the path is the file's, relative to that folder, wherever the repository's root is).
 */
final class GitShow {

    private GitShow() {
    }

    static String read(String revision, Input file) throws CliError {
        Path absolute = file.path().toAbsolutePath().normalize();
        Path folder = absolute.getParent();
        String spec = revision + ":./" + absolute.getFileName();
        Process process;
        try {
            process = new ProcessBuilder(List.of("git", "show", spec)).directory(folder.toFile()).start();
        } catch (IOException e) {
            throw new CliError(file.name() + ": cannot run git show " + spec + ": git is not installed or not on the PATH");
        }
        try {
            process.getOutputStream().close();
            CompletableFuture<byte[]> err = CompletableFuture.supplyAsync(() -> readAll(process.getErrorStream()));
            byte[] out = readAll(process.getInputStream());
            int exit = process.waitFor();
            if (exit != 0) {
                String message = new String(err.join(), StandardCharsets.UTF_8).strip().replace('\n', ' ');
                throw new CliError(file.name() + ": git show " + spec + " failed: " + message);
            }
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(out)).toString();
        } catch (CharacterCodingException e) {
            throw new CliError(file.name() + "@" + revision + ": cannot read: not valid UTF-8 text");
        } catch (IOException | UncheckedIOException e) {
            throw new CliError(file.name() + ": git show " + spec + " failed: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CliError(file.name() + ": git show " + spec + " was interrupted");
        }
    }

    private static byte[] readAll(InputStream in) {
        try (in) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
