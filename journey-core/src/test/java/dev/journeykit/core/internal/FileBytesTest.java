package dev.journeykit.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileBytesTest {

    @TempDir
    Path dir;

    @Test
    void reads_every_byte_of_files_smaller_than_equal_to_and_larger_than_its_chunk() throws IOException {
        SplittableRandom random = new SplittableRandom(7);
        for (int size : new int[] {0, 1, 65_535, 65_536, 65_537, 3 * 65_536 + 11}) {
            byte[] bytes = new byte[size];
            random.nextBytes(bytes);
            Path file = dir.resolve("f" + size);
            Files.write(file, bytes);
            assertThat(FileBytes.read(file)).as("size %d", size).isEqualTo(bytes);
        }
    }

    @Test
    void a_file_that_says_it_is_empty_is_read_to_its_end() throws IOException {
        // as a pipe or a file of /proc: size 0, then bytes
        Path proc = Path.of("/proc/self/status");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isReadable(proc) && Files.size(proc) == 0,
                "needs Linux's /proc, whose files give size 0");
        assertThat(new String(FileBytes.read(proc), java.nio.charset.StandardCharsets.US_ASCII)).startsWith("Name:");
    }

    @Test
    void a_missing_file_is_an_io_error_naming_it() {
        Path missing = dir.resolve("missing.journey");
        assertThatThrownBy(() -> FileBytes.read(missing)).isInstanceOf(NoSuchFileException.class)
                .hasMessageContaining("missing.journey");
    }
}
