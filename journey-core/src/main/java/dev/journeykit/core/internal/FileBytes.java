package dev.journeykit.core.internal;

import java.io.FileInputStream;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Reads a whole file into one array, 64 KB at a time. {@code Files.readAllBytes} reads it in one
 * call through a temporary native buffer the size of the file, which the process then touches
 * page by page as well as the array: a 35 MB map took 0.50 s that way against 0.20 s in chunks
 * (C1, on the two-core machine of docs/performance.md, where first touches of memory are dear).
 * A file of the default file system is read by a {@code FileInputStream}, whose classes the JVM
 * has at start; a file channel would load some thirty more on every run of the command line.
 */
public final class FileBytes {

    private static final int CHUNK = 1 << 16;

    private FileBytes() {
    }

    /**
     * The bytes of {@code file}.
     *
     * @throws IOException      when it cannot be read
     * @throws OutOfMemoryError when it is larger than an array can hold
     */
    public static byte[] read(Path file) throws IOException {
        long size = Files.size(file);
        if (size > Integer.MAX_VALUE - 8) {
            throw new OutOfMemoryError(file + " is larger than an array");
        }
        try (InputStream in = open(file)) {
            byte[] bytes = new byte[(int) size];
            int length = 0;
            while (true) {
                if (length == bytes.length) {
                    int next = in.read();
                    if (next < 0) {
                        return bytes;
                    }
                    // the file grew since its size was read
                    bytes = Arrays.copyOf(bytes, Math.max(CHUNK, bytes.length * 2));
                    bytes[length++] = (byte) next;
                }
                int n = in.read(bytes, length, Math.min(CHUNK, bytes.length - length));
                if (n < 0) {
                    return length == bytes.length ? bytes : Arrays.copyOf(bytes, length);
                }
                length += n;
            }
        }
    }

    private static InputStream open(Path file) throws IOException {
        if (file.getFileSystem() == FileSystems.getDefault()) {
            try {
                return new FileInputStream(file.toFile());
            } catch (FileNotFoundException e) {
                // NIO names the reason as an exception of its own (permission denied, no such file)
            }
        }
        return Files.newInputStream(file);
    }
}
