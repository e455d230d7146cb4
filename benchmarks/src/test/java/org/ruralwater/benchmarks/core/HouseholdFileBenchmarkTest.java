package org.ruralwater.benchmarks.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;

/** Runs the benchmark's methods once, outside JMH, to show they measure what they claim. */
class HouseholdFileBenchmarkTest {

    @Test
    void bothMethodsSeeEveryHouseholdOfTheFile() throws IOException {
        HouseholdFileBenchmark b = new HouseholdFileBenchmark();
        b.households = 2_000;
        b.writeDemoCounty();
        try {
            assertThat(b.baselineCountLines()).isEqualTo(2_001); // the header and one line per household
            assertThat(b.strictRead()).isEqualTo(2_000);
        } finally {
            b.deleteDemoCounty();
        }
        assertThat(b.folder).doesNotExist();
    }
}
