package dev.journeykit.core.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Writes a file whole or not at all: the bytes go to a new file in the target's directory, are
 * forced to the disk, and the file is then moved over the target (atomically where the file
 * system can). The temporary file is created like {@code Files.newOutputStream} creates a file,
 * so a new target gets the process's default (umask) permissions, not the owner-only ones of
 * {@code Files.createTempFile}; an existing target keeps its POSIX permissions. A failed write
 * leaves the target as it was and removes the temporary file.
 *
 * <p>What is not a regular file is never replaced by one:
 * <ul>
 *   <li>a symbolic link is written through: the file at the end of its chain is replaced (the
 *       link stays a link); a dangling link or a loop of links is an error, nothing is created;</li>
 *   <li>a FIFO, a device or a socket ({@code /dev/null}, {@code /dev/stdout}) is written to as a
 *       stream, in place, without a temporary file;</li>
 *   <li>a directory is an error (the move fails), even an empty one.</li>
 * </ul>
 *
 * <p>{@link #writeAll} writes several files as one: all of them or none (see there).
 *
 * <p>Not API: the one way JourneyKit's own modules (the SVG renderer, the snapshot assertions, the
 * command line) write files; {@code module-info} exports this package to them only.
 */
public final class AtomicWrite {

    private static final AtomicLong COUNTER = new AtomicLong();

    private AtomicWrite() {
    }

    /** Writes {@code bytes} to {@code file}, whole or not at all. */
    public static void write(Path file, byte[] bytes) throws IOException {
        try {
            writeAll(Map.of(file, bytes));
        } catch (Failure e) {
            throw e.getCause();
        }
    }

    /** A write of {@link #writeAll} that failed: the file as the caller named it, and why (the cause). */
    public static final class Failure extends IOException {

        private static final long serialVersionUID = 1L;

        private final transient Path file;

        Failure(Path file, IOException cause) {
            super(file + ": " + cause.getMessage(), cause);
            this.file = file;
        }

        /** The file that could not be written, as the caller named it. */
        public Path file() {
            return file;
        }

        @Override
        public synchronized IOException getCause() {
            return (IOException) super.getCause();
        }
    }

    /**
     * Writes each file whole, and all of them or none: every file is first written to its
     * temporary file and forced to the disk (a full disk or a missing folder fails here, before
     * any target changes); then each is moved over its target, an existing target kept as a hard
     * link (or copy) until all moves are done. When a move fails, the targets already replaced get
     * their old content back (or are removed when they are new). Targets that are streams (a FIFO,
     * a device) are written last, after every regular file is in place; what a stream received
     * cannot be taken back.
     *
     * @throws Failure naming the first file that could not be written, the I/O error its cause
     */
    public static void writeAll(Map<Path, byte[]> files) throws Failure {
        Map<Path, Path> named = new LinkedHashMap<>();
        Map<Path, byte[]> regular = new LinkedHashMap<>();
        Map<Path, byte[]> streams = new LinkedHashMap<>();
        for (Map.Entry<Path, byte[]> file : files.entrySet()) {
            Path target;
            try {
                target = target(file.getKey());
            } catch (IOException e) {
                throw new Failure(file.getKey(), e);
            }
            named.put(target, file.getKey());
            (isStream(target) ? streams : regular).put(target, file.getValue());
        }
        List<Staged> staged = new ArrayList<>();
        Path at = null;
        try {
            for (Map.Entry<Path, byte[]> file : regular.entrySet()) {
                at = file.getKey();
                staged.add(stage(at, file.getValue()));
            }
            commit(staged);
            for (Map.Entry<Path, byte[]> stream : streams.entrySet()) {
                at = stream.getKey();
                try (OutputStream out = Files.newOutputStream(at, StandardOpenOption.WRITE)) {
                    out.write(stream.getValue());
                }
            }
        } catch (Committing e) {
            throw new Failure(named.get(e.target), e.getCause());
        } catch (IOException e) {
            throw new Failure(named.get(at), e);
        } finally {
            clean(staged);
        }
    }

    /** Removes the temporary files and backups left; an error here loses nothing, the targets are set. */
    private static void clean(List<Staged> staged) {
        for (Staged s : staged) {
            try {
                Files.deleteIfExists(s.temp());
                if (s.backup() != null) {
                    Files.deleteIfExists(s.backup());
                }
            } catch (IOException e) {
                // a leftover hidden file; the write itself is complete or rolled back
            }
        }
    }

    /** A move that failed while committing, naming its target. */
    private static final class Committing extends IOException {

        private static final long serialVersionUID = 1L;

        private final transient Path target;

        Committing(Path target, IOException cause) {
            super(cause);
            this.target = target;
        }

        @Override
        public synchronized IOException getCause() {
            return (IOException) super.getCause();
        }
    }

    /**
     * The file the bytes go to: {@code file} itself (absolute), or the end of its chain of
     * symbolic links. A dangling link and a loop of links fail with a reason that says so.
     */
    private static Path target(Path file) throws IOException {
        Path absolute = file.toAbsolutePath();
        if (!Files.isSymbolicLink(absolute)) {
            return absolute;
        }
        Optional<String> broken = Links.broken(absolute);
        if (broken.isPresent()) {
            throw new FileSystemException(file.toString(), null, broken.get());
        }
        return absolute.toRealPath();
    }

    /** Whether {@code target} exists and is neither a regular file nor a directory: a FIFO, a device, a socket. */
    private static boolean isStream(Path target) {
        return Files.exists(target) && !Files.isRegularFile(target) && !Files.isDirectory(target);
    }

    /** A target, its temporary file holding the new bytes, and the backup of its old content while committing. */
    private record Staged(Path target, Path temp, Path backup) {
    }

    private static Staged stage(Path target, byte[] bytes) throws IOException {
        Path temp = createTemp(target.getParent(), target.getFileName().toString(), ".tmp");
        Staged staged = new Staged(target, temp, null);
        try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            channel.force(true);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temp);
            throw e;
        }
        keepPermissions(target, temp);
        return staged;
    }

    /** Moves every temporary file over its target; on a failure puts back the targets already moved over. */
    private static void commit(List<Staged> staged) throws Committing {
        boolean several = staged.size() > 1;
        List<Staged> done = new ArrayList<>();
        Path at = null;
        try {
            for (int i = 0; i < staged.size(); i++) {
                Staged s = staged.get(i);
                at = s.target();
                if (several && Files.isRegularFile(s.target())) {
                    s = new Staged(s.target(), s.temp(), backup(s.target()));
                    staged.set(i, s);
                }
                move(s.temp(), s.target());
                done.add(s);
            }
        } catch (IOException e) {
            for (Staged s : done) {
                try {
                    if (s.backup() != null) {
                        move(s.backup(), s.target());
                    } else {
                        Files.deleteIfExists(s.target());
                    }
                } catch (IOException rollback) {
                    e.addSuppressed(rollback);
                }
            }
            throw new Committing(at, e);
        }
        for (Path dir : staged.stream().map(s -> s.target().getParent()).distinct().toList()) {
            forceDirectory(dir);
        }
    }

    /** A hard link to (or, where links are not supported, a copy of) the target's present content. */
    private static Path backup(Path target) throws IOException {
        for (int attempt = 0; ; attempt++) {
            Path backup = target.resolveSibling(stem(target.getFileName().toString()) + COUNTER.incrementAndGet()
                    + ".bak");
            try {
                try {
                    return Files.createLink(backup, target);
                } catch (UnsupportedOperationException | FileSystemException e) {
                    if (e instanceof FileAlreadyExistsException exists) {
                        throw exists;
                    }
                    return Files.copy(target, backup, StandardCopyOption.COPY_ATTRIBUTES);
                }
            } catch (FileAlreadyExistsException e) {
                if (attempt >= 100) {
                    throw e;
                }
            }
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Forces a directory's entries (the moves) to the disk where the platform can; elsewhere does nothing. */
    private static void forceDirectory(Path dir) {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | RuntimeException e) {
            // not every platform opens a directory (Windows does not): the file itself was forced
        }
    }

    private static String stem(String name) {
        return "." + name + "." + ProcessHandle.current().pid() + ".";
    }

    private static Path createTemp(Path dir, String name, String suffix) throws IOException {
        for (int attempt = 0; ; attempt++) {
            try {
                return Files.createFile(dir.resolve(stem(name) + COUNTER.incrementAndGet() + suffix));
            } catch (FileAlreadyExistsException e) {
                if (attempt >= 100) {
                    throw e;
                }
            }
        }
    }

    private static void keepPermissions(Path target, Path temp) throws IOException {
        if (Files.isRegularFile(target) && Files.getFileStore(temp).supportsFileAttributeView("posix")) {
            Files.setPosixFilePermissions(temp, Files.getPosixFilePermissions(target));
        }
    }
}
