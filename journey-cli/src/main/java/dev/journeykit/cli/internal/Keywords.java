package dev.journeykit.cli.internal;

import dev.journeykit.core.model.Keyworded;
import dev.journeykit.render.svg.Legend;
import dev.journeykit.render.svg.Theme;
import java.util.Iterator;
import java.util.List;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Option values as the user types them: lower case with dashes ({@code high-contrast}) for the
 * enum constants ({@code HIGH_CONTRAST}), spelled by core's {@link Keyworded#wordOf}.
 */
final class Keywords {

    private Keywords() {
    }

    static String of(Enum<?> constant) {
        return Keyworded.wordOf(constant);
    }

    static <E extends Enum<E>> List<String> all(Class<E> type) {
        return Keyworded.wordsOf(type);
    }

    /** Converts a keyword to its constant, or fails listing the valid keywords. */
    abstract static class Converter<E extends Enum<E>> implements ITypeConverter<E>, Iterable<String> {

        private final Class<E> type;

        Converter(Class<E> type) {
            this.type = type;
        }

        @Override
        public E convert(String value) {
            E constant = Keyworded.byWord(type, value);
            if (constant != null) {
                return constant;
            }
            throw new TypeConversionException("'" + value + "' is not one of " + String.join(", ", all(type)));
        }

        /** The keywords, for picocli's completion candidates and {@code ${COMPLETION-CANDIDATES}}. */
        @Override
        public Iterator<String> iterator() {
            return all(type).iterator();
        }
    }

    /** The report formats of {@code check}. */
    enum ReportFormat { TEXT, JSON, SARIF }

    /** The lowest severity that fails {@code check}; {@code never} fails on none. */
    enum FailOn { ERROR, WARNING, INFO, NEVER }

    /** The views of {@code render}; {@code all} renders each. */
    enum ViewChoice { MAP, FLOW, MATRIX, FUNNEL, ALL }

    /** The picture formats of {@code render}. */
    enum PictureFormat { SVG, PNG, PDF }

    /** The formats of {@code diff}. */
    enum DiffFormat { TEXT, JSON, MARKDOWN }

    /** The event log formats of {@code observe --input-format}. */
    static final class InputFormats extends Converter<dev.journeykit.events.EventFormat> {
        public InputFormats() {
            super(dev.journeykit.events.EventFormat.class);
        }
    }

    /** The formats of {@code export}. */
    enum ExportFormat { JSON, MERMAID }

    static final class ReportFormats extends Converter<ReportFormat> {
        public ReportFormats() {
            super(ReportFormat.class);
        }
    }

    static final class FailOns extends Converter<FailOn> {
        public FailOns() {
            super(FailOn.class);
        }
    }

    static final class Views extends Converter<ViewChoice> {
        public Views() {
            super(ViewChoice.class);
        }
    }

    static final class Themes extends Converter<Theme> {
        public Themes() {
            super(Theme.class);
        }
    }

    /** The legends of the findings in the pictures of {@code render} and {@code report}. */
    static final class Legends extends Converter<Legend> {
        public Legends() {
            super(Legend.class);
        }
    }

    /** The end of the help of {@code --legend}, one text for {@code render} and {@code report}. */
    static final String LEGEND_HELP = "the findings' badges: full lists every finding with "
            + "its number (one numbered badge per finding on an element), compact is one line of counts per severity "
            + "(one badge per element that counts its findings, its tooltip lists them), none draws those badges "
            + "without a legend (default: ${DEFAULT-VALUE}).";

    static final class PictureFormats extends Converter<PictureFormat> {
        public PictureFormats() {
            super(PictureFormat.class);
        }
    }

    static final class DiffFormats extends Converter<DiffFormat> {
        public DiffFormats() {
            super(DiffFormat.class);
        }
    }

    static final class ExportFormats extends Converter<ExportFormat> {
        public ExportFormats() {
            super(ExportFormat.class);
        }
    }
}
