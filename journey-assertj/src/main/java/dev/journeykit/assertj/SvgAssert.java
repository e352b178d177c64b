package dev.journeykit.assertj;

import static dev.journeykit.assertj.internal.Describe.count;

import dev.journeykit.assertj.internal.LineDiff;
import dev.journeykit.assertj.internal.SnapshotFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.assertj.core.api.AssertionErrorCollector;

/**
 * Snapshot assertions on a rendered SVG (any text, in fact); start with
 * {@link JourneyAssertions#assertThatSvg(String)}:
 *
 * <pre>{@code
 * assertThatSvg(SvgRenderer.create().render(map, View.MAP))
 *         .matchesSnapshot(Path.of("src/test/resources/snapshots/shop-map.svg"));
 * }</pre>
 *
 * Snapshots are compared line by line; {@code \r\n} and {@code \n} line ends are the same, and
 * so is a final line break or its absence.
 */
public class SvgAssert extends AbstractJourneyAssert<SvgAssert, String> {

    public SvgAssert(String actual) {
        this(actual, null, false);
    }

    SvgAssert(String actual, AssertionErrorCollector collector, boolean skipped) {
        super(actual, SvgAssert.class, collector, skipped);
    }

    /**
     * Passes when the SVG has the lines of the file {@code snapshot}, and deletes a
     * {@code NAME.new} file left beside it by an earlier failure. When the snapshot is missing, it
     * is written with the SVG and the assertion fails, asking for a review. When it differs, the
     * SVG is written to {@code NAME.new} beside it and the assertion fails with the first changed
     * lines; if the change is intended, move the {@code .new} file over the snapshot.
     *
     * @throws java.io.UncheckedIOException naming the file, when a file cannot be read or written
     */
    public SvgAssert matchesSnapshot(Path snapshot) {
        Objects.requireNonNull(snapshot, "snapshot must not be null");
        return verify(() -> {
            isNotNull();
            Path proposed = snapshot.resolveSibling(snapshot.getFileName() + ".new");
            if (!Files.exists(snapshot)) {
                SnapshotFiles.write(snapshot, actual);
                throw failureOf("\nExpecting SVG to match the snapshot " + snapshot
                        + "\nbut the snapshot did not exist: the SVG was written to it; review it and run the test again");
            }
            String expected = SnapshotFiles.read(snapshot);
            LineDiff diff = LineDiff.of(expected, actual);
            if (diff.same()) {
                SnapshotFiles.delete(proposed);
                return;
            }
            SnapshotFiles.write(proposed, actual);
            throw failureOf("\nExpecting SVG to match the snapshot " + snapshot
                    + "\nbut it differs from line " + diff.firstDifference() + ", column " + diff.firstColumn()
                    + " (the snapshot has "
                    + count(diff.beforeLines(), "line", "lines") + ", the SVG " + diff.afterLines()
                    + "); the SVG was written to "
                    + proposed + " (- snapshot, + SVG):\n" + diff.render(), actual, expected);
        });
    }
}
