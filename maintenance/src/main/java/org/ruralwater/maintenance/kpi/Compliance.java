package org.ruralwater.maintenance.kpi;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/** Preventive-maintenance compliance: tasks done within their window among the tasks due in a period. */
public record Compliance(int done, int due) {

    public Compliance {
        if (done < 0 || done > due) {
            throw new IllegalArgumentException("compliance needs 0 <= done <= due, but done " + done + " of " + due);
        }
    }

    /** A percentage to two decimals, half up; empty when nothing was due. */
    public Optional<BigDecimal> percent() {
        return due == 0
                ? Optional.empty()
                : Optional.of(BigDecimal.valueOf(100L * done).divide(BigDecimal.valueOf(due), 2, RoundingMode.HALF_UP));
    }
}
