package dev.journeykit.render.svg;

import dev.journeykit.core.analysis.Finding;
import dev.journeykit.core.observe.ObservedJourney;
import dev.journeykit.render.svg.internal.Settings;
import dev.journeykit.render.svg.internal.SvgWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How to draw: the theme, one persona or all, findings to overlay and their legend, observations
 * to draw, the prefix of every id in the SVG (so several pictures can share one HTML page) and the most lines
 * of text a box shows.
 * Immutable; make one with {@link #builder()}.
 */
public final class SvgOptions {

    /** The default line limit of text in a box. */
    public static final int DEFAULT_MAX_TEXT_LINES = 3;
    /** The highest line limit accepted. */
    public static final int MAX_TEXT_LINES = 20;

    private final Theme theme;
    private final Optional<String> persona;
    private final List<Settings.Mark> marks;
    private final String idPrefix;
    private final int maxTextLines;
    private final Optional<ObservedJourney> observed;
    private final Legend legend;

    private SvgOptions(Builder b) {
        this.theme = b.theme;
        this.persona = b.persona;
        this.marks = List.copyOf(b.marks);
        this.idPrefix = b.idPrefix;
        this.maxTextLines = b.maxTextLines;
        this.observed = b.observed;
        this.legend = b.legend;
    }

    /**
     * Light theme, all personas, no findings (with findings, a {@link Legend#COMPACT compact}
     * legend), id prefix {@code jk}, three lines of text a box.
     */
    public static SvgOptions defaults() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    public Theme theme() {
        return theme;
    }

    /** The persona whose view is drawn; empty for all personas. */
    public Optional<String> persona() {
        return persona;
    }

    /** The prefix of every id in the SVG, as given to the builder. */
    public String idPrefix() {
        return idPrefix;
    }

    public int maxTextLines() {
        return maxTextLines;
    }

    /** The observations drawn over FLOW and MAP and in FUNNEL; empty for none. */
    public Optional<ObservedJourney> observed() {
        return observed;
    }

    /** How the findings' badges are explained: {@link Legend#COMPACT} unless set. */
    public Legend legend() {
        return legend;
    }

    /** The number of findings to overlay. */
    public int findingCount() {
        return marks.size();
    }

    Settings settings() {
        return new Settings(theme, persona, marks, idPrefix, maxTextLines, observed, legend);
    }

    /** Builds {@link SvgOptions}; every setter rejects null with a message that names it. */
    public static final class Builder {

        private Theme theme = Theme.LIGHT;
        private Optional<String> persona = Optional.empty();
        private final List<Settings.Mark> marks = new ArrayList<>();
        private String idPrefix = "jk";
        private int maxTextLines = DEFAULT_MAX_TEXT_LINES;
        private Optional<ObservedJourney> observed = Optional.empty();
        private Legend legend = Legend.COMPACT;

        private Builder() {
        }

        /**
         * Draws what customers did, from an event log replayed through the map ({@code Replay},
         * {@code EventLogs}): FLOW's arrows as wide as customers made them, labelled with count
         * and share, untaken and undesigned transitions and unreached steps marked, stage heads
         * with reached customers and drop-off; MAP's step cards with their customers; the FUNNEL
         * view, which needs it. With {@link #persona}, that persona's customers when the log has
         * a persona column, else all customers. The observations must come from the map drawn.
         */
        public Builder observed(ObservedJourney observed) {
            this.observed = Optional.of(Objects.requireNonNull(observed, "observed must not be null"));
            return this;
        }

        /** Draws no observations (the default). */
        public Builder noObservations() {
            this.observed = Optional.empty();
            return this;
        }

        public Builder theme(Theme theme) {
            this.theme = Objects.requireNonNull(theme, "theme must not be null");
            return this;
        }

        /** Draw the map as this persona sees it (see {@code JourneyMap.forPersona}). */
        public Builder persona(String personaId) {
            this.persona = Optional.of(Objects.requireNonNull(personaId, "persona must not be null"));
            return this;
        }

        /** Draw the map for all personas (the default). */
        public Builder allPersonas() {
            this.persona = Optional.empty();
            return this;
        }

        /**
         * Findings to overlay, in order: each is numbered from 1, and every element among its
         * subjects that the view draws gets a badge, explained as {@link #legend} says.
         * Replaces findings given before.
         */
        public Builder findings(List<Finding> findings) {
            Objects.requireNonNull(findings, "findings must not be null");
            marks.clear();
            for (int i = 0; i < findings.size(); i++) {
                Finding f = Objects.requireNonNull(findings.get(i), "findings[" + i + "] must not be null");
                marks.add(new Settings.Mark(i + 1, f.severity().keyword(), f.code(), f.message(), f.subjects()));
            }
            return this;
        }

        /**
         * How the findings' badges are explained (default {@link Legend#COMPACT}): the full list
         * with a numbered badge per finding, one line of counts with one counting badge per element,
         * or no legend with the counting badges. Without findings nothing is drawn either way.
         */
        public Builder legend(Legend legend) {
            this.legend = Objects.requireNonNull(legend, "legend must not be null");
            return this;
        }

        /**
         * The prefix of every id in the SVG. Characters other than ASCII letters, digits, '-' and
         * '_' become '_', and an 'x' is put in front when it does not start with a letter.
         *
         * @throws IllegalArgumentException when the prefix is empty
         */
        public Builder idPrefix(String idPrefix) {
            Objects.requireNonNull(idPrefix, "idPrefix must not be null");
            if (idPrefix.isEmpty()) {
                throw new IllegalArgumentException("idPrefix must not be empty");
            }
            this.idPrefix = SvgWriter.xmlId(idPrefix);
            return this;
        }

        /**
         * The most lines of text a box shows; longer text ends with an ellipsis.
         *
         * @throws IllegalArgumentException unless 1 &lt;= lines &lt;= {@link #MAX_TEXT_LINES}
         */
        public Builder maxTextLines(int lines) {
            if (lines < 1 || lines > MAX_TEXT_LINES) {
                throw new IllegalArgumentException("maxTextLines must be between 1 and " + MAX_TEXT_LINES
                        + ", was " + lines);
            }
            this.maxTextLines = lines;
            return this;
        }

        public SvgOptions build() {
            return new SvgOptions(this);
        }
    }
}
