package org.ruralwater.benchmarks.billing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;

/** Runs the benchmark's methods once, outside JMH, to show they do the work they claim. */
class BillRunBenchmarkTest {

    @Test
    void billsEveryHouseholdItParses() throws IOException {
        BillRunBenchmark b = new BillRunBenchmark();
        b.households = 2_000;
        b.writeFiles();
        try {
            assertThat(b.baselineParse()).isEqualTo(6_000);
            // Some households use no water and still get a (zero) bill; none is blocked.
            assertThat(b.parseAndRun()).isEqualTo(2_000);
        } finally {
            b.deleteFiles();
        }
    }
}
