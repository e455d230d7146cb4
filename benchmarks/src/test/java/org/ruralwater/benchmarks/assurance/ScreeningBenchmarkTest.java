package org.ruralwater.benchmarks.assurance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;

/** Runs the benchmark's methods once, outside JMH, to show they do the work they claim. */
class ScreeningBenchmarkTest {

    @Test
    void readsAndScreensEveryHousehold() throws IOException {
        ScreeningBenchmark b = new ScreeningBenchmark();
        b.households = 80_000;
        b.writeObservations();
        try {
            assertThat(b.baselineParse()).isEqualTo(80_000);
            assertThat(b.parseAndScreen()).isEqualTo(3); // 80,000 households span townships 101 to 103
        } finally {
            b.deleteObservations();
        }
    }
}
