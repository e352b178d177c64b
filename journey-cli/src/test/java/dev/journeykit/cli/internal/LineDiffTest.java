package dev.journeykit.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;
import com.github.difflib.patch.PatchFailedException;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** fmt --check's line diff: a diff whatever the texts, Myers' where they are small. */
class LineDiffTest {

    @Property(tries = 300)
    void applied_to_the_first_text_it_gives_the_second(@ForAll("lines") List<String> before,
                                                       @ForAll("lines") List<String> after,
                                                       @ForAll @IntRange(min = 0, max = 40) int cells)
            throws PatchFailedException {
        Patch<String> patch = LineDiff.diff(before, after, cells);
        assertThat(patch.applyTo(new ArrayList<>(before))).isEqualTo(after);
        int end = -1;
        for (AbstractDelta<String> delta : patch.getDeltas()) { // in order, apart
            assertThat(delta.getSource().getPosition()).isGreaterThan(end);
            end = delta.getSource().getPosition() + delta.getSource().size() - 1;
        }
    }

    @Property(tries = 100)
    void small_texts_get_myers_diff_as_before(@ForAll("lines") List<String> before, @ForAll("lines") List<String> after) {
        assertThat(LineDiff.diff(before, after, Long.MAX_VALUE).getDeltas())
                .isEqualTo(DiffUtils.diff(before, after).getDeltas());
    }

    @Provide
    Arbitrary<List<String>> lines() {
        // few distinct lines, so that texts share lines, repeat them, and some are unique
        return Arbitraries.strings().withChars("abcdefgh").ofMinLength(0).ofMaxLength(2).list().ofMaxSize(30);
    }

    @Test
    void a_large_text_with_scattered_changes_is_split_at_its_unique_lines() throws PatchFailedException {
        List<String> before = new ArrayList<>();
        List<String> after = new ArrayList<>();
        for (int i = 0; i < 200_000; i++) {
            before.add("line " + i);
            after.add(i % 7 == 3 ? "changed " + i : "line " + i);
            if (i % 11 == 5) {
                after.add("inserted " + i);
            }
        }
        Patch<String> patch = LineDiff.diff(before, after);
        assertThat(patch.applyTo(new ArrayList<>(before))).isEqualTo(after);
        // one delta per changed line, however close: each changed line is its own hunk or joins an insertion
        assertThat(patch.getDeltas()).hasSizeBetween(200_000 / 7, 200_000 / 7 + 200_000 / 11 + 2);
    }

    @Test
    void a_large_gap_without_unique_lines_is_one_change() throws PatchFailedException {
        List<String> before = new ArrayList<>();
        List<String> after = new ArrayList<>();
        for (int i = 0; i < 3_000; i++) {
            before.add(i % 2 == 0 ? "x" : "y");
            after.add(i % 3 == 0 ? "x" : "z");
        }
        Patch<String> patch = LineDiff.diff(before, after, 1_000);
        assertThat(patch.getDeltas()).hasSize(1);
        assertThat(patch.applyTo(new ArrayList<>(before))).isEqualTo(after);
    }
}
