package dev.journeykit.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

    @Test
    void a_symbolic_link_is_written_through_and_stays_a_link() throws IOException {
        Path real = dir.resolve("real.svg");
        Files.writeString(real, "old");
        Path link = Files.createSymbolicLink(dir.resolve("link.svg"), Path.of("real.svg"));
        AtomicWrite.write(link, "new".getBytes(StandardCharsets.UTF_8));
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(real)).isEqualTo("new");
        assertThat(names()).containsExactly("link.svg", "real.svg");
    }

    @Test
    void a_dangling_link_is_refused_and_nothing_is_created() throws IOException {
        Path link = Files.createSymbolicLink(dir.resolve("link.svg"), Path.of("gone.svg"));
        assertThatThrownBy(() -> AtomicWrite.write(link, "new".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(FileSystemException.class)
                .extracting(e -> ((FileSystemException) e).getReason())
                .isEqualTo("a dangling symbolic link (to gone.svg, which does not exist)");
        assertThat(names()).containsExactly("link.svg");
    }

    @Test
    void a_loop_of_links_is_refused_as_a_loop() throws IOException {
        Path a = Files.createSymbolicLink(dir.resolve("a.svg"), Path.of("b.svg"));
        Files.createSymbolicLink(dir.resolve("b.svg"), Path.of("a.svg"));
        assertThatThrownBy(() -> AtomicWrite.write(a, "new".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(FileSystemException.class)
                .extracting(e -> ((FileSystemException) e).getReason())
                .isEqualTo("a loop of symbolic links");
        assertThat(names()).containsExactly("a.svg", "b.svg");
    }

    @Test
    void a_device_is_written_to_as_a_stream_and_never_replaced() throws IOException {
        Path devNull = Path.of("/dev/null");
        assumeTrue(Files.exists(devNull) && !Files.isRegularFile(devNull), "needs /dev/null");
        Object before = Files.getAttribute(devNull, "unix:ino");
        AtomicWrite.write(devNull, "gone".getBytes(StandardCharsets.UTF_8));
        assertThat(Files.isRegularFile(devNull)).isFalse();
        assertThat(Files.getAttribute(devNull, "unix:ino")).isEqualTo(before);
    }

    @Test
    void a_link_to_a_device_writes_to_the_device() throws IOException {
        Path devNull = Path.of("/dev/null");
        assumeTrue(Files.exists(devNull) && !Files.isRegularFile(devNull), "needs /dev/null");
        Path link = Files.createSymbolicLink(dir.resolve("report.json"), devNull);
        AtomicWrite.write(link, "gone".getBytes(StandardCharsets.UTF_8));
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.isRegularFile(devNull)).isFalse();
        assertThat(names()).containsExactly("report.json");
    }

    @Test
    void a_full_device_fails_the_write() {
        Path full = Path.of("/dev/full");
        assumeTrue(Files.exists(full), "needs /dev/full");
        assertThatThrownBy(() -> AtomicWrite.write(full, "x".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("No space left on device");
    }

    @Test
    void writes_all_files_or_none_putting_back_the_ones_already_moved() throws IOException {
        Path first = dir.resolve("a.svg");
        Path fresh = dir.resolve("b.svg");
        Path blocked = dir.resolve("c.svg");
        Files.writeString(first, "old a");
        Files.createDirectory(blocked);
        Map<Path, byte[]> files = new LinkedHashMap<>();
        files.put(first, "new a".getBytes(StandardCharsets.UTF_8));
        files.put(fresh, "new b".getBytes(StandardCharsets.UTF_8));
        files.put(blocked, "new c".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> AtomicWrite.writeAll(files)).isInstanceOf(IOException.class);
        assertThat(Files.readString(first)).isEqualTo("old a");
        assertThat(names()).containsExactly("a.svg", "c.svg");
    }

    @Test
    void writes_all_files_when_each_can_be_written() throws IOException {
        Path first = dir.resolve("a.svg");
        Files.writeString(first, "old a");
        Map<Path, byte[]> files = new LinkedHashMap<>();
        files.put(first, "new a".getBytes(StandardCharsets.UTF_8));
        files.put(dir.resolve("b.svg"), "new b".getBytes(StandardCharsets.UTF_8));
        AtomicWrite.writeAll(files);
        assertThat(Files.readString(first)).isEqualTo("new a");
        assertThat(Files.readString(dir.resolve("b.svg"))).isEqualTo("new b");
        assertThat(names()).containsExactly("a.svg", "b.svg");
    }
}
