package dev.journeykit.spark;

import org.apache.spark.sql.SparkSession;

/** The one local[2] Spark session of the module's tests (surefire runs them in one JVM). */
final class SharedSpark {

    private static SparkSession spark;

    private SharedSpark() {
    }

    static synchronized SparkSession spark() {
        if (spark == null) {
            spark = SparkSession.builder()
                    .master("local[2]")
                    .appName("journey-spark tests")
                    .config("spark.ui.enabled", "false")
                    .config("spark.driver.host", "127.0.0.1")
                    .config("spark.sql.shuffle.partitions", "4")
                    .config("spark.sql.session.timeZone", "UTC")
                    .getOrCreate();
        }
        return spark;
    }
}
