package dev.journeykit.spark;

import dev.journeykit.cli.internal.EventLogColumns;
import dev.journeykit.cli.internal.ObserveRun;
import dev.journeykit.cli.JourneyCli;
import dev.journeykit.events.EventFormat;
import dev.journeykit.events.EventLogException;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.apache.spark.sql.DataFrameReader;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code journey observe} as a Spark job: the arguments, the report and the exit codes of
 * {@code journey observe} (docs/observe.md), the logs read by Spark from any path it reads (local,
 * HDFS, S3 with the cluster's connectors) and replayed by {@link SparkObserve}.
 *
 * <pre>
 * spark-submit --class dev.journeykit.spark.ObserveJob journey-spark.jar shop.journey s3a://bucket/events/ \
 *     --input-format parquet --format json --output report.json
 * </pre>
 *
 * Outside spark-submit the master comes from {@code -Dspark.master=local[2]}.
 */
@Command(name = "ObserveJob",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "journey observe on Apache Spark: reads customer event logs (CSV, JSON Lines, Parquet) with Spark, "
                    + "replays every customer through the map and reports where reality and design disagree.",
            "Run it with spark-submit, or with -Dspark.master=local[2] on one machine."},
        footerHeading = "%nExit codes:%n",
        footer = {"  0  no finding at or above --fail-on",
                "  1  a finding at or above --fail-on",
                "  2  usage, syntax or I/O errors, or bad rows without --skip-bad-rows"})
public final class ObserveJob implements Callable<Integer> {

    /** The formats Spark reads a log in. */
    enum InputFormat {
        CSV, JSONL, PARQUET;

        /** The format a file or directory name says: {@code .csv}, {@code .jsonl}/{@code .ndjson}, {@code .parquet}, optionally compressed. */
        static Optional<InputFormat> ofName(String name) {
            if (name.toLowerCase(Locale.ROOT).replaceAll("/+$", "").endsWith(".parquet")) {
                return Optional.of(PARQUET);
            }
            return EventFormat.ofFileName(name.replaceAll("/+$", "")).flatMap(f -> switch (f) {
                case CSV -> Optional.of(CSV);
                case JSONL -> Optional.of(JSONL);
                case XES -> Optional.empty();
            });
        }
    }

    @Spec
    private CommandSpec spec;

    @Mixin
    private ObserveRun run;

    @Mixin
    private EventLogColumns log;

    @Option(names = "--input-format", paramLabel = "FORMAT",
            description = "The format of every log, whatever its name: csv, jsonl or parquet "
                    + "(default: from each name: .csv, .jsonl, .ndjson, .parquet, optionally .gz).")
    private String inputFormat;

    private final SparkSession spark;

    ObserveJob(SparkSession spark) {
        this.spark = spark;
    }

    /** Runs the job in the Spark application of {@code spark.master} (spark-submit sets it) and exits. */
    public static void main(String[] args) {
        if (System.getProperty("spark.master") == null) {
            System.err.println("ObserveJob: no Spark master: run the job with spark-submit, or give -Dspark.master=local[2]");
            System.exit(2);
        }
        SparkSession spark = SparkSession.builder().appName("journey observe").getOrCreate();
        PrintWriter out = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.out),
                StandardCharsets.UTF_8));
        PrintWriter err = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.err),
                StandardCharsets.UTF_8));
        int code;
        try {
            code = run(spark, out, err, args);
        } finally {
            spark.stop();
        }
        System.exit(code);
    }

    /** Runs the job in {@code spark}; the exit code. */
    public static int run(SparkSession spark, PrintWriter out, PrintWriter err, String... args) {
        CommandLine cli = new CommandLine(new ObserveJob(spark));
        cli.setOut(out);
        cli.setErr(err);
        cli.setParameterExceptionHandler((exception, arguments) -> {
            err.print("ObserveJob: " + exception.getMessage() + "\n");
            err.print("Try 'ObserveJob --help' for more information.\n");
            return JourneyCli.ERROR;
        });
        cli.setExecutionExceptionHandler((exception, line, parseResult) -> {
            err.print("ObserveJob: internal error: " + exception + "\n");
            return JourneyCli.ERROR;
        });
        int code = cli.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    @Override
    public Integer call() {
        return run.run(spec, log, (map, files, options) -> {
            Map<InputFormat, List<String>> byFormat = new LinkedHashMap<>();
            for (String file : files) {
                InputFormat format = format(file);
                byFormat.computeIfAbsent(format, k -> new ArrayList<>()).add(file);
            }
            List<Dataset<Row>> events = new ArrayList<>();
            byFormat.forEach((format, paths) -> events.add(read(spark, format, paths)));
            try {
                return SparkObserve.observe(map, events, options, files);
            } catch (EventLogException e) {
                throw e;
            } catch (Exception e) {
                // a file that went away or cannot be decoded while Spark read it
                throw new EventLogException(List.of(String.join(", ", files) + ": cannot read: " + firstLine(rootMessage(e))));
            }
        });
    }

    private InputFormat format(String file) {
        if (inputFormat != null) {
            try {
                return InputFormat.valueOf(inputFormat.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new EventLogException(List.of("--input-format " + inputFormat + ": expected csv, jsonl or parquet"));
            }
        }
        return InputFormat.ofName(file).orElseThrow(() -> new EventLogException(List.of(file
                + ": unknown log format (name it .csv, .jsonl, .ndjson or .parquet, optionally .gz, "
                + "or give --input-format csv|jsonl|parquet)")));
    }

    /** The files of one format as Spark reads them: CSV and JSON Lines as text, as the embedded readers do. */
    static Dataset<Row> read(SparkSession spark, InputFormat format, List<String> paths) {
        DataFrameReader reader = spark.read();
        String[] all = paths.toArray(String[]::new);
        try {
            return switch (format) {
                // RFC 4180: a header row, quotes doubled inside quoted fields; every value a string
                case CSV -> reader.option("header", "true").option("escape", "\"").option("mode", "PERMISSIVE").csv(all);
                case JSONL -> reader.option("primitivesAsString", "true").json(all);
                case PARQUET -> reader.parquet(all);
            };
        } catch (Exception e) { // Spark's AnalysisException: a path that does not exist, a file it cannot decode
            throw new EventLogException(List.of(String.join(", ", paths) + ": cannot read: " + firstLine(rootMessage(e))));
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.toString() : root.getMessage();
    }

    private static String firstLine(String message) {
        int newline = message == null ? -1 : message.indexOf('\n');
        return newline < 0 ? String.valueOf(message) : message.substring(0, newline);
    }
}
