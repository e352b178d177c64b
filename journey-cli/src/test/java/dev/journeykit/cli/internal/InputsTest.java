package dev.journeykit.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputsTest {

    @TempDir
    Path dir;

    private final StringWriter err = new StringWriter();
    private final Console console = new Console(new PrintWriter(new StringWriter()), new PrintWriter(err));

    private void touch(String name) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, "");
    }

    private List<String> names(List<Input> inputs) {
        return inputs.stream().map(i -> dir.relativize(i.path()).toString()).toList();
    }

    @Test
    void expands_a_directory_recursively_in_sorted_order_skipping_hidden_names_and_other_files() throws IOException {
        for (String name : List.of("b.journey", "a/z.journey", "a/b/c.journey", "a-b.journey", "notes.txt",
                ".hidden.journey", ".git/x.journey", "a/.cache/y.journey", "A.journey")) {
            touch(name);
        }
        List<Input> inputs = Inputs.expand(List.of(dir.toString()), console);
        assertThat(names(inputs)).containsExactly("A.journey", "a-b.journey", "a/b/c.journey", "a/z.journey",
                "b.journey");
        assertThat(inputs.get(0).name()).isEqualTo(dir.resolve("A.journey").toString());
        assertThat(err.toString()).isEmpty();
        assertThat(console.failed()).isFalse();
    }

    @Test
    void takes_a_named_file_whatever_its_extension_and_each_file_once() throws IOException {
        touch("map.txt");
        touch("m/one.journey");
        String file = dir.resolve("map.txt").toString();
        String one = dir.resolve("m/one.journey").toString();
        List<Input> inputs = Inputs.expand(List.of(file, dir.resolve("m").toString(), one, file), console);
        assertThat(names(inputs)).containsExactly("map.txt", "m/one.journey");
        assertThat(inputs.get(0).name()).isEqualTo(file);
        assertThat(inputs.get(1).baseName()).isEqualTo("one");
    }

    @Test
    void reports_missing_paths_and_directories_without_maps_and_keeps_the_others() throws IOException {
        touch("empty/readme.md");
        touch("ok.journey");
        String missing = dir.resolve("missing.journey").toString();
        String empty = dir.resolve("empty").toString();
        List<Input> inputs = Inputs.expand(List.of(missing, empty, dir.resolve("ok.journey").toString()), console);
        assertThat(names(inputs)).containsExactly("ok.journey");
        assertThat(err.toString()).isEqualTo(missing + ": no such file or directory\n"
                + empty + ": no .journey files in this directory\n");
        assertThat(console.failed()).isTrue();
    }

    @Test
    void file_refuses_a_directory() {
        assertThat(Inputs.file(dir.toString(), console)).isEmpty();
        assertThat(err.toString()).isEqualTo(dir + ": is a directory (give one file)\n");
    }

    @Test
    void names_a_dangling_link_and_a_loop_of_links_instead_of_a_missing_file() throws IOException {
        Files.createSymbolicLink(dir.resolve("gone.journey"), Path.of("moved.journey"));
        Files.createSymbolicLink(dir.resolve("a.journey"), Path.of("b.journey"));
        Files.createSymbolicLink(dir.resolve("b.journey"), Path.of("a.journey"));
        touch("real.journey");
        Files.createSymbolicLink(dir.resolve("link.journey"), Path.of("real.journey"));
        String gone = dir.resolve("gone.journey").toString();
        String loop = dir.resolve("a.journey").toString();
        String link = dir.resolve("link.journey").toString();
        List<Input> inputs = Inputs.expand(List.of(gone, loop, link), console);
        assertThat(inputs).extracting(Input::name).containsExactly(link);
        assertThat(err.toString()).isEqualTo(gone + ": a dangling symbolic link (to moved.journey, which does not exist)\n"
                + loop + ": a loop of symbolic links\n");
    }
}
