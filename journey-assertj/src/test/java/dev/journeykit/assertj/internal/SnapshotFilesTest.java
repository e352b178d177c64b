package dev.journeykit.assertj.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SnapshotFilesTest {

    @TempDir
    Path dir;

    @BeforeEach
    void posixOnly() throws IOException {
        assumeTrue(Files.getFileStore(dir).supportsFileAttributeView("posix"), "needs a POSIX file system");
    }

    private static String permissions(Path file) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(file));
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void a_new_snapshot_gets_the_permissions_a_plain_output_stream_gives() throws IOException {
        Path plain = dir.resolve("plain.svg");
        try (OutputStream out = Files.newOutputStream(plain)) {
            out.write('x');
        }
        Path snapshot = dir.resolve("views/map.svg");
        SnapshotFiles.write(snapshot, "<svg/>\n");
        assertThat(snapshot).usingCharset(StandardCharsets.UTF_8).hasContent("<svg/>\n");
        assertThat(permissions(snapshot)).isEqualTo(permissions(plain));
        assertThat(names(snapshot.getParent())).containsExactly("map.svg");
    }

    @ParameterizedTest
    @ValueSource(strings = {"rw-r-----", "rwxr-x---", "r--r--r--", "rw-rw-rw-", "rw-------"})
    void a_replaced_file_keeps_its_permissions(String before) throws IOException {
        Path file = dir.resolve("map.svg.new");
        Files.writeString(file, "old");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(before));
        SnapshotFiles.write(file, "<svg/>\n");
        assertThat(file).usingCharset(StandardCharsets.UTF_8).hasContent("<svg/>\n");
        assertThat(permissions(file)).isEqualTo(before);
        assertThat(names(dir)).containsExactly("map.svg.new");
    }
}
