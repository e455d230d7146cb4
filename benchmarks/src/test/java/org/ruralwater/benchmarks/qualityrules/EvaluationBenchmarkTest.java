package org.ruralwater.benchmarks.qualityrules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;

/** Runs the benchmark's methods once, outside JMH, to show they do the work they claim. */
class EvaluationBenchmarkTest {

    @Test
    void parsesEverySampleAndFindsSomeFailing() throws IOException {
        EvaluationBenchmark b = new EvaluationBenchmark();
        b.determinations = 5_000;
        b.writeSampleFile();
        try {
            assertThat(b.baselineParse()).isEqualTo(500);
            // Fluoride up to 1.3 and nitrate up to 60 mg/L as NO3 make a share of samples fail, but not all.
            assertThat(b.parseAndEvaluate()).isBetween(50, 450);
        } finally {
            b.deleteSampleFile();
        }
    }
}
