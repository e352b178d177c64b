package dev.journeykit.spark;

import static org.assertj.core.api.Assertions.assertThat;

import dev.journeykit.cli.JourneyCli;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged job as the README runs it on one machine: {@code java <add-opens> -Dspark.master=local[2]
 * -cp journey-spark.jar:$(cat spark.classpath) dev.journeykit.spark.ObserveJob ...}, against
 * {@code journey observe} on the same log. Proves the shaded jar (relocated Jackson and Guava)
 * and the class path file work together.
 */
class ObserveJobIT {

    @TempDir
    Path dir;

    @Test
    void the_packaged_job_writes_journey_observes_report() throws Exception {
        Path target = Path.of(System.getProperty("journey.spark.target", "target")).toAbsolutePath();
        String classpath = target.resolve("journey-spark.jar") + java.io.File.pathSeparator
                + Files.readString(target.resolve("spark.classpath")).strip();
        String map = Path.of("../examples/maps/satin-pillowcase.journey").toAbsolutePath().toString();
        String log = Path.of("../examples/events/satin-pillowcase.csv").toAbsolutePath().toString();
        Path fromJob = dir.resolve("job.json");
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx1g");
        command.addAll(Arrays.asList(System.getProperty("spark.add-opens").trim().split("\\s+")));
        command.addAll(List.of("-Dspark.master=local[2]", "-Dspark.ui.enabled=false", "-cp", classpath,
                "dev.journeykit.spark.ObserveJob", map, log, "--persona-column", "persona", "--format", "json",
                "--fail-on", "never", "--output", fromJob.toString()));
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve("job.log").toFile()).start();
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();
        assertThat(process.exitValue()).as(Files.readString(dir.resolve("job.log"))).isZero();

        Path fromCli = dir.resolve("cli.json");
        StringWriter err = new StringWriter();
        int code = JourneyCli.run(new PrintWriter(new StringWriter()), new PrintWriter(err), "observe", map, log,
                "--persona-column", "persona", "--format", "json", "--fail-on", "never", "--output", fromCli.toString());
        assertThat(code).as(err.toString()).isZero();
        assertThat(Files.readString(fromJob, StandardCharsets.UTF_8)).isEqualTo(Files.readString(fromCli, StandardCharsets.UTF_8));
    }
}
