package org.kpisdk.spark;

import org.apache.spark.sql.SparkSession;

/** One local SparkSession per test JVM: {@code local[2]}, UI off, bound to 127.0.0.1, few shuffle partitions. */
final class LocalSpark {
    private static SparkSession session;

    private LocalSpark() {
    }

    static synchronized SparkSession session() {
        if (session == null) {
            session = SparkSession.builder()
                    .master("local[2]")
                    .appName("kpi-spark-tests")
                    .config("spark.ui.enabled", "false")
                    .config("spark.driver.host", "127.0.0.1")
                    .config("spark.driver.bindAddress", "127.0.0.1")
                    .config("spark.sql.shuffle.partitions", "2")
                    .config("spark.sql.adaptive.enabled", "false")
                    // test rows carry java.time.LocalDate (java.sql.Date conversion reaches into JDK internals)
                    .config("spark.sql.datetime.java8API.enabled", "true")
                    .getOrCreate();
            Runtime.getRuntime().addShutdownHook(new Thread(session::stop, "stop-local-spark"));
        }
        return session;
    }
}
