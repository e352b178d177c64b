package dev.journeykit.cli.fuzz;

import dev.journeykit.core.analysis.AnalysisReport;
import dev.journeykit.core.analysis.Analyzers;
import dev.journeykit.core.analysis.report.Reports;
import dev.journeykit.core.json.JourneyJson;
import dev.journeykit.core.json.JourneyJsonException;
import dev.journeykit.core.model.JourneyMap;
import dev.journeykit.dsl.JourneyDsl;
import dev.journeykit.dsl.JourneyDslException;
import dev.journeykit.render.svg.SvgOptions;
import dev.journeykit.render.svg.SvgRenderer;
import dev.journeykit.render.svg.Theme;
import dev.journeykit.render.svg.View;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;

/**
 * A mutation fuzzer over the whole pipeline: {@code .journey} bytes through the DSL's decoder and
 * parser, JSON through the importer, and every map that reads through the formatter, the JSON
 * writer, the analyzers, the three reports and every SVG view (with and without findings, for a
 * persona, in each theme).
 *
 * <p>Each input is a seed file of the corpus (the example maps and the edge files under
 * {@code src/test/resources/fuzz/corpus}) mutated a few times: bytes flipped, inserted, deleted
 * or repeated, language tokens and edge values spliced in, two inputs crossed. An input fails
 * the run when anything but a {@link JourneyDslException} or a {@link JourneyJsonException}
 * escapes, when a map read does not survive format-then-parse or export-then-import, when a
 * JSON map the importer accepts is one the DSL rejects, when an SVG is not well-formed XML, or
 * when a text report holds a control character or a bidirectional override. A failing input is
 * written to the crashers folder, to be added to the corpus once fixed.
 *
 * <p>Deterministic for a seed. The short run is {@code FuzzTest} in {@code mvn verify}; the long
 * run (see docs/testing.md):
 * <pre>
 * java -cp "journey-cli/target/test-classes:journey-cli/target/journey.jar" \
 *     dev.journeykit.cli.fuzz.Fuzz 1000000 42 target/fuzz-crashers
 * </pre>
 */
public final class Fuzz {

    private static final List<String> TOKENS = List.of("journey", "persona", "channel", "stage", "touchpoint",
            "moment", "path", "flow", "suppress", "kind", "via", "by", "for", "emotion", "metric", "target",
            "volume", "because", "on", "goal", "pain", "severity", "question", "answered-by", "fallout",
            "recovered-by", "feedback", "csat", "{", "}", "\"", "->", "..", ",", ";", "\n", "#", "//", "-3",
            "999999999999999999999", "9223372036854775807", "1e308", "NaN", "\\u{D800}", "\\u{202E}",
            "\u202E", "\u2066", "\u001B[2J", "\u0000", "\u0085", "\uFEFF", "\r\n", "\t", "é", "😀", "null",
            "true", "[", "]", ":", "\"type\"", "\"id\"", "\"volume\"", "\"code\"", "\"\"", "\" \"",
            "\"\\uD800\"", "\"\\u202E\"", "{\"a\":", "[[[[[[[[", "]]]]]]]]");

    private final Random random;
    private final List<byte[]> seeds;
    private final Path crashers;
    private final Analyzers analyzers = Analyzers.defaults();
    private final List<String> failures = new ArrayList<>();
    private final DocumentBuilderFactory xml = DocumentBuilderFactory.newInstance();
    private int maps;

    public Fuzz(long seed, List<byte[]> seeds, Path crashers) {
        this.random = new Random(seed);
        this.seeds = List.copyOf(seeds);
        this.crashers = crashers;
    }

    /** {@code Fuzz [ITERATIONS [SEED [CRASHERS_DIR [CORPUS_DIR...]]]]}; exits with 1 when an input failed. */
    public static void main(String[] args) throws IOException {
        int iterations = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 42;
        Path crashers = Path.of(args.length > 2 ? args[2] : "target/fuzz-crashers");
        List<Path> corpora = new ArrayList<>();
        for (int i = 3; i < args.length; i++) {
            corpora.add(Path.of(args[i]));
        }
        if (corpora.isEmpty()) {
            corpora.add(Path.of("journey-cli/src/test/resources/fuzz/corpus"));
            corpora.add(Path.of("examples/maps"));
        }
        Fuzz fuzz = new Fuzz(seed, corpus(corpora), crashers);
        fuzz.run(iterations);
        System.out.println(fuzz.summary(iterations));
        System.exit(fuzz.failures().isEmpty() ? 0 : 1);
    }

    /** The bytes of every file in the folders, sorted by name. */
    public static List<byte[]> corpus(List<Path> folders) throws IOException {
        List<byte[]> out = new ArrayList<>();
        for (Path folder : folders) {
            try (Stream<Path> files = Files.list(folder)) {
                for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                    out.add(Files.readAllBytes(file));
                }
            }
        }
        return out;
    }

    /** Runs {@code iterations} mutated inputs. */
    public void run(int iterations) {
        for (int i = 0; i < iterations; i++) {
            byte[] input = mutate(seeds.get(random.nextInt(seeds.size())));
            check(input, "mutant-" + i);
        }
    }

    /** The failures so far, one line each. */
    public List<String> failures() {
        return List.copyOf(failures);
    }

    /** How many inputs read as a map (as text or JSON) and went through every renderer. */
    public int maps() {
        return maps;
    }

    /** {@code N inputs, M maps read, F failures}. */
    public String summary(int iterations) {
        return String.format(Locale.ROOT, "%d inputs, %d maps read through every renderer, %d failures",
                iterations, maps, failures.size());
    }

    /** Runs one input through the pipeline, as {@code .journey} text and as JSON; records a failure. */
    public void check(byte[] input, String name) {
        try {
            journey(input);
            json(input);
        } catch (AssertionError | RuntimeException | StackOverflowError e) {
            failures.add(name + ": " + e);
            save(input, name, e);
        }
    }

    private void journey(byte[] input) {
        JourneyMap map;
        try {
            map = JourneyDsl.parse("f.journey", JourneyDsl.decode("f.journey", input));
        } catch (JourneyDslException e) {
            expect(!e.diagnostics().isEmpty(), "a JourneyDslException without diagnostics");
            return;
        }
        expect(JourneyDsl.parse("f.journey", JourneyDsl.format(map)).equals(map), "format then parse changed the map");
        expect(JourneyJson.read(JourneyJson.write(map)).equals(map), "export then import changed the map");
        everything(map);
    }

    private void json(byte[] input) {
        JourneyMap map;
        try {
            map = JourneyJson.read(new String(input, StandardCharsets.UTF_8));
        } catch (JourneyJsonException e) {
            expect(e.getMessage().startsWith("$") || e.getMessage().startsWith("journey '"), "a message without a path");
            for (String jackson : List.of("StreamReadConstraints", "StreamReadFeature", "JsonReadFeature",
                    "JsonFactory", "Feature '", "consider enabling", "enable `")) {
                expect(!e.getMessage().contains(jackson), "a message in Jackson's words: " + e.getMessage());
            }
            return;
        }
        String text = JourneyDsl.format(map);
        try {
            expect(JourneyDsl.parse("f.journey", text).equals(map), "import then check changed the map");
        } catch (JourneyDslException e) {
            throw new AssertionError("import accepted a map that check rejects: " + e.getMessage(), e);
        }
        everything(map);
    }

    /** Analysis, the reports and every view of a map that read. */
    private void everything(JourneyMap map) {
        maps++;
        AnalysisReport report = analyzers.analyze(map);
        String text = Reports.text(report);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            expect(c == '\n' || !(c < 0x20 || (c >= 0x7F && c <= 0x9F) || (c >= 0x202A && c <= 0x202E)
                    || (c >= 0x2066 && c <= 0x2069) || Character.isSurrogate(c) && !paired(text, i)),
                    "the text report holds U+" + Integer.toHexString(c));
        }
        String json = Reports.json(report) + Reports.sarif(List.of(report));
        expect(new String(json.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8).equals(json),
                "a report JSON that UTF-8 cannot hold");
        Theme theme = Theme.values()[random.nextInt(Theme.values().length)];
        SvgOptions.Builder options = SvgOptions.builder().theme(theme);
        if (random.nextBoolean()) {
            options.findings(report.findings());
        }
        if (!map.personas().isEmpty() && random.nextBoolean()) {
            options.persona(map.personas().get(0).id());
        }
        SvgRenderer renderer = SvgRenderer.create(options.build());
        for (View view : View.ofMap()) {
            wellFormed(renderer.render(map, view));
        }
    }

    private static boolean paired(String text, int i) {
        char c = text.charAt(i);
        return Character.isHighSurrogate(c) ? i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))
                : i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
    }

    private void wellFormed(String svg) {
        try {
            xml.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new AssertionError("an SVG that is not well-formed XML: " + e.getMessage(), e);
        }
    }

    private static void expect(boolean condition, String what) {
        if (!condition) {
            throw new AssertionError(what);
        }
    }

    private void save(byte[] input, String name, Throwable e) {
        try {
            Files.createDirectories(crashers);
            Files.write(crashers.resolve(name), input);
            Files.writeString(crashers.resolve(name + ".txt"), e + "\n");
        } catch (IOException io) {
            failures.add(name + ": cannot save the input: " + io.getMessage());
        }
    }

    // ---------------------------------------------------------------- mutations

    /** Text for inside a string literal: markup, escapes of controls and overrides, wide and combining characters. */
    private static final List<String> TEXTS = List.of("<script>alert(1)</script>", "a & b < c > d ' e",
            "]]><!--", "\\u{1B}[31mred", "\\u{202E}txt.exe", "\\u{2066}x\\u{2069}", "\\u{D800}", "\\u{DFFF}a",
            "\\u{85}\\u{9B}", "\\u{0}", "\\t\\n", "日本語のテキスト", "مرحبا بالعالم", "e\u0301\u0301\u0301",
            "\u200B\u200D", "😀👍🏽", "W".repeat(300), "a b ".repeat(80), "", " ", "%s %d {0}", "\\\\");

    private byte[] mutate(byte[] seed) {
        if (random.nextInt(3) == 0) {
            return mutateString(seed);
        }
        byte[] out = seed;
        int rounds = 1 + random.nextInt(4);
        for (int r = 0; r < rounds; r++) {
            out = switch (random.nextInt(6)) {
                case 0 -> flip(out);
                case 1 -> insert(out, TOKENS.get(random.nextInt(TOKENS.size())).getBytes(StandardCharsets.UTF_8));
                case 2 -> delete(out);
                case 3 -> repeat(out);
                case 4 -> insert(out, randomBytes());
                default -> cross(out, seeds.get(random.nextInt(seeds.size())));
            };
        }
        return out;
    }

    /**
     * The content of one string literal replaced by an edge text, the syntax around it kept: in
     * JSON the DSL's {@code \\u{...}} escapes become JSON ones.
     */
    private byte[] mutateString(byte[] seed) {
        String text = new String(seed, StandardCharsets.UTF_8);
        List<int[]> strings = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '"') {
                int end = i + 1;
                while (end < text.length() && text.charAt(end) != '"' && text.charAt(end) != '\n') {
                    end += text.charAt(end) == '\\' ? 2 : 1;
                }
                if (end < text.length() && text.charAt(end) == '"') {
                    strings.add(new int[] {i + 1, end});
                }
                i = end;
            }
        }
        if (strings.isEmpty()) {
            return seed;
        }
        int[] at = strings.get(random.nextInt(strings.size()));
        String edge = TEXTS.get(random.nextInt(TEXTS.size()));
        if (text.stripLeading().startsWith("{") || text.startsWith("\uFEFF{")) {
            edge = jsonEscapes(edge);
        }
        return (text.substring(0, at[0]) + edge + text.substring(at[1])).getBytes(StandardCharsets.UTF_8);
    }

    /** {@code \\u{1B}} as {@code \\u001B}, {@code \\t} kept: the DSL's escapes in JSON's spelling. */
    private static String jsonEscapes(String dsl) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\\\u\\{([0-9A-Fa-f]+)}").matcher(dsl);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(
                    String.format(Locale.ROOT, "\\u%04X", Integer.parseInt(m.group(1), 16))));
        }
        return m.appendTail(out).toString();
    }

    private byte[] flip(byte[] in) {
        if (in.length == 0) {
            return in;
        }
        byte[] out = in.clone();
        out[random.nextInt(out.length)] ^= (byte) (1 << random.nextInt(8));
        return out;
    }

    private byte[] insert(byte[] in, byte[] what) {
        int at = random.nextInt(in.length + 1);
        byte[] out = new byte[in.length + what.length];
        System.arraycopy(in, 0, out, 0, at);
        System.arraycopy(what, 0, out, at, what.length);
        System.arraycopy(in, at, out, at + what.length, in.length - at);
        return out;
    }

    private byte[] delete(byte[] in) {
        if (in.length == 0) {
            return in;
        }
        int at = random.nextInt(in.length);
        int length = Math.min(in.length - at, 1 + random.nextInt(16));
        byte[] out = new byte[in.length - length];
        System.arraycopy(in, 0, out, 0, at);
        System.arraycopy(in, at + length, out, at, in.length - at - length);
        return out;
    }

    private byte[] repeat(byte[] in) {
        if (in.length == 0) {
            return in;
        }
        int at = random.nextInt(in.length);
        int length = Math.min(in.length - at, 1 + random.nextInt(64));
        byte[] part = new byte[length];
        System.arraycopy(in, at, part, 0, length);
        return insert(in, part);
    }

    private byte[] randomBytes() {
        byte[] out = new byte[1 + random.nextInt(4)];
        random.nextBytes(out);
        return out;
    }

    private byte[] cross(byte[] in, byte[] other) {
        int at = random.nextInt(in.length + 1);
        int from = random.nextInt(other.length + 1);
        byte[] out = new byte[at + other.length - from];
        System.arraycopy(in, 0, out, 0, at);
        System.arraycopy(other, from, out, at, other.length - from);
        return out;
    }
}
