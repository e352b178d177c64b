package dev.journeykit.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AtomicFilesTest {

    @TempDir
    Path dir;

    private long entries() throws IOException {
        try (Stream<Path> list = Files.list(dir)) {
            return list.count();
        }
    }

    @Test
    void writes_utf8_text_and_leaves_no_temporary_file() throws Exception {
        Path file = dir.resolve("out.svg");
        AtomicFiles.write(file, "<svg>£ é \uD83D\uDE00</svg>\n");
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo("<svg>£ é \uD83D\uDE00</svg>\n");
        assertThat(entries()).isEqualTo(1);
    }

    @Test
    void replaces_an_existing_file_keeping_its_permissions() throws Exception {
        Path file = dir.resolve("map.journey");
        assumeTrue(Files.getFileStore(dir).supportsFileAttributeView("posix"), "needs a POSIX file system");
        Files.writeString(file, "old");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r-----"));
        AtomicFiles.write(file, "new");
        assertThat(Files.readString(file)).isEqualTo("new");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-r-----");
        assertThat(entries()).isEqualTo(1);
    }

    @Test
    void a_new_file_gets_the_permissions_a_plain_output_stream_gives() throws Exception {
        assumeTrue(Files.getFileStore(dir).supportsFileAttributeView("posix"), "needs a POSIX file system");
        Path plain = dir.resolve("plain.svg");
        try (OutputStream out = Files.newOutputStream(plain)) {
            out.write('x');
        }
        Path file = dir.resolve("out.svg");
        AtomicFiles.write(file, "<svg/>");
        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(Files.getPosixFilePermissions(plain));
        assertThat(entries()).isEqualTo(2);
    }

    @ParameterizedTest
    @ValueSource(strings = {"rwxr-x---", "r--r--r--", "rw-rw-rw-", "rw-------"})
    void keeps_any_permissions_of_an_existing_file(String before) throws Exception {
        assumeTrue(Files.getFileStore(dir).supportsFileAttributeView("posix"), "needs a POSIX file system");
        Path file = dir.resolve("map.journey");
        Files.writeString(file, "old");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(before));
        AtomicFiles.write(file, "new");
        assertThat(Files.readString(file)).isEqualTo("new");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo(before);
        assertThat(entries()).isEqualTo(1);
    }

    @Test
    void fails_naming_the_file_when_its_folder_is_missing() {
        Path file = dir.resolve("missing/out.svg");
        assertThatThrownBy(() -> AtomicFiles.write(file, "x"))
                .isInstanceOf(CliError.class)
                .hasMessage(file + ": cannot write: no such file or directory");
    }

    @Test
    void refuses_to_replace_a_directory_and_leaves_it_as_it_was() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("out.svg"));
        assertThatThrownBy(() -> AtomicFiles.write(folder, "x"))
                .isInstanceOf(CliError.class)
                .hasMessage(folder + ": cannot write: is a directory");
        assertThat(folder).isEmptyDirectory();
        assertThat(entries()).isEqualTo(1);
    }

    @Test
    void writes_all_files_or_none_and_names_the_one_that_failed() throws Exception {
        Path first = dir.resolve("a.svg");
        Path blocked = dir.resolve("b.svg");
        Files.writeString(first, "old");
        Files.createDirectory(blocked);
        java.util.Map<Path, String> texts = new java.util.LinkedHashMap<>();
        texts.put(first, "new a");
        texts.put(blocked, "new b");
        assertThatThrownBy(() -> AtomicFiles.writeAll(texts)).isInstanceOf(CliError.class)
                .hasMessage(blocked + ": cannot write: is a directory");
        assertThat(Files.readString(first)).isEqualTo("old");
        assertThat(entries()).isEqualTo(2);
    }
}
