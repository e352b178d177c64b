package dev.journeykit.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
        Files.writeString(file, "old");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r-----"));
        AtomicFiles.write(file, "new");
        assertThat(Files.readString(file)).isEqualTo("new");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-r-----");
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
}
