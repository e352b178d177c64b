package dev.journeykit.spark;

import static org.assertj.core.api.Assertions.assertThat;

import dev.journeykit.core.model.JourneyMap;
import dev.journeykit.core.testing.JourneyArbitraries;
import dev.journeykit.events.EventLogOptions;
import dev.journeykit.events.EventLogResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Spark gives the embedded engine's result: random maps and logs (unsorted, equal times, unbound
 * names, persona values, bad rows skipped), split over random partitions. Tries are few: each one
 * is a Spark job (the module's tests must stay under three minutes on two cores).
 */
class SparkObserveProperties {

    record Case(JourneyMap map, List<TestLogs.Event> events, boolean personaColumn, int partitions) {
    }

    @Provide
    Arbitrary<Case> cases() {
        return Combinators.combine(JourneyArbitraries.maps(4, 5), Arbitraries.longs(), Arbitraries.integers().between(0, 400))
                .as((map, seed, size) -> {
                    Random random = new Random(seed);
                    boolean personas = !map.personas().isEmpty() && random.nextBoolean();
                    return new Case(map, TestLogs.events(map, random, size, personas, true), personas,
                            1 + random.nextInt(6));
                });
    }

    @Property(tries = 20)
    void spark_gives_the_embedded_engines_result(@ForAll("cases") Case c) throws Exception {
        EventLogOptions options = EventLogOptions.defaults().withSkipBadRows(true)
                .withPersonaColumn(c.personaColumn() ? "persona" : null);
        Path dir = Files.createTempDirectory("spark-props");
        try {
            Path csv = TestLogs.write(dir.resolve("log.csv"), TestLogs.csv(c.events()));
            EventLogResult embedded = TestLogs.embedded(c.map(), List.of(csv), options);
            EventLogResult spark = SparkObserve.observe(c.map(), List.of(TestLogs.dataset(c.events(), c.partitions())),
                    options, List.of(csv.toString()));
            assertThat(spark.observed()).isEqualTo(embedded.observed());
            assertThat(spark.skippedProblems()).hasSize(embedded.skippedProblems().size());
        } finally {
            Files.deleteIfExists(dir.resolve("log.csv"));
            Files.deleteIfExists(dir);
        }
    }
}
