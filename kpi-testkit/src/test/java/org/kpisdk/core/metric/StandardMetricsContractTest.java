package org.kpisdk.core.metric;

import java.util.stream.Stream;

import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.kpisdk.testkit.Cases;
import org.kpisdk.testkit.MetricContract;

/**
 * Every standard metric through the whole contract kit: 300 generated row sets per metric by default (about 19,000
 * cases over the catalog; {@code -Dkpi.testkit.cases} raises it).
 */
final class StandardMetricsContractTest {
    private static final int CASES_PER_METRIC = 300;

    static Stream<Arguments> metrics() {
        return StandardMetrics.all().stream().map(m -> Arguments.of(Named.of(m.toString(), m)));
    }

    @ParameterizedTest
    @MethodSource("metrics")
    void keepsTheContract(MetricDefinition metric) {
        MetricContract.verify(metric, StandardMetrics.catalog(), Cases.count(CASES_PER_METRIC));
    }
}
