package org.ruralwater.benchmarks.maintenance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Runs the harness briefly on a small workload, to show it compares what it claims. */
class SchedulingHarnessTest {

    @Test
    void comparesTheSolverWithTheGreedyBaselineOnTheSameWorkload() {
        SchedulingHarness.Outcome o = SchedulingHarness.run(Duration.ofSeconds(2), 40, 4, 7);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        SchedulingHarness.print(o, 2, 40, 4, 7, new PrintStream(bytes, true, StandardCharsets.UTF_8));

        assertThat(o.solvedHard()).isZero();
        assertThat(o.greedy().lateAndTravelMinutes()).isPositive();
        assertThat(bytes.toString(StandardCharsets.UTF_8))
                .contains("| greedy (baseline) |")
                .contains("| Timefold 2 s |")
                .contains("level by level");
        assertThat(o.comparison().worse()).isFalse();
    }
}
