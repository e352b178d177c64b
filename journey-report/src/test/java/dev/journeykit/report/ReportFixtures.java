package dev.journeykit.report;

import dev.journeykit.core.analysis.Analyzers;
import dev.journeykit.core.model.JourneyMap;
import dev.journeykit.dsl.JourneyDsl;
import dev.journeykit.dsl.JourneyFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Report entries made from text, and from the example maps of the repository. */
final class ReportFixtures {

    static final Path EXAMPLES = Path.of("..", "examples", "maps");

    private ReportFixtures() {
    }

    static HtmlReport.Entry entry(String file, String text) {
        JourneyMap map = JourneyDsl.parse(file, text);
        return new HtmlReport.Entry(file, text, map, Analyzers.defaults().analyze(map));
    }

    static List<HtmlReport.Entry> examples() {
        try {
            List<HtmlReport.Entry> entries = new ArrayList<>();
            for (Path file : JourneyFiles.find(EXAMPLES)) {
                entries.add(entry("maps/" + file.getFileName(), Files.readString(file, StandardCharsets.UTF_8)));
            }
            return entries;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
