package dev.journeykit.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
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

/** Files written by {@link AtomicWrite}: whole, with the permissions a plain write gives, no temporary file left. */
class AtomicWriteTest {

    @TempDir
    Path dir;

    @BeforeEach
    void posixOnly() throws IOException {
        assumeTrue(Files.getFileStore(dir).supportsFileAttributeView("posix"), "needs a POSIX file system");
    }

    private static String permissions(Path file) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(file));
    }

    private List<String> names() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void a_new_file_gets_the_permissions_a_plain_output_stream_gives() throws IOException {
        Path plain = dir.resolve("plain.svg");
        try (OutputStream out = Files.newOutputStream(plain)) {
            out.write('x');
        }
        Path file = dir.resolve("map.svg");
        AtomicWrite.write(file, "<svg/>".getBytes(StandardCharsets.UTF_8));
        assertThat(Files.readString(file)).isEqualTo("<svg/>");
        assertThat(permissions(file)).isEqualTo(permissions(plain));
        assertThat(names()).containsExactly("map.svg", "plain.svg");
    }

    @ParameterizedTest
    @ValueSource(strings = {"rw-r-----", "rwxr-x---", "r--r--r--", "rw-rw-rw-", "rw-------"})
    void an_existing_file_keeps_its_permissions(String before) throws IOException {
        Path file = dir.resolve("map.svg");
        Files.writeString(file, "old");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(before));
        AtomicWrite.write(file, "new".getBytes(StandardCharsets.UTF_8));
        assertThat(Files.readString(file)).isEqualTo("new");
        assertThat(permissions(file)).isEqualTo(before);
        assertThat(names()).containsExactly("map.svg");
    }

    @Test
    void a_failed_move_leaves_the_target_as_it_was_and_no_temporary_file() throws IOException {
        // a non-empty directory cannot be replaced by a file, even by root
        Path target = dir.resolve("map.svg");
        Files.createDirectory(target);
        Files.writeString(target.resolve("inside.txt"), "old");
        assertThatThrownBy(() -> AtomicWrite.write(target, "new".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(IOException.class);
        assertThat(Files.readString(target.resolve("inside.txt"))).isEqualTo("old");
        assertThat(names()).containsExactly("map.svg");
    }
}
