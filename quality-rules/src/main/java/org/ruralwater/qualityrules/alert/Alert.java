package org.ruralwater.qualityrules.alert;

import static java.util.Objects.requireNonNull;

import java.time.LocalDateTime;
import java.util.Optional;
import org.ruralwater.core.datafile.Coded;
import org.ruralwater.core.works.WorksId;

/**
 * Something someone must do about water quality, and by when.
 *
 * @param subject the indicator code, or the works for a rate alert
 * @param dueBy when the action is due; empty when the sample has no time
 * @param basis the rule or clause behind the alert
 */
public record Alert(
        Kind kind,
        Optional<WorksId> works,
        Optional<String> sampleId,
        String subject,
        String message,
        Optional<LocalDateTime> dueBy,
        String basis) {

    /** What the alert is about. */
    public enum Kind implements Coded {
        /** A limit was exceeded: re-sample, re-test and sample more often. */
        REPEAT_SAMPLING,
        /** A disinfectant residual is below its minimum: check the dosing now. */
        LOW_RESIDUAL,
        /** A works' pass rate over the rolling window is below the target. */
        PASS_RATE_BELOW_TARGET,
        /**
         * A sample cannot show compliance either way (a detection limit above the limit, a censored value across
         * it, a guidance value exceeded, a required determination missing): complete or repeat the analysis.
         * Raised by the links of the escalation module, not by {@link Alerts}.
         */
        FURTHER_ANALYSIS
    }

    public Alert {
        requireNonNull(kind, "kind");
        requireNonNull(works, "works");
        requireNonNull(sampleId, "sampleId");
        requireNonNull(subject, "subject");
        requireNonNull(message, "message");
        requireNonNull(dueBy, "dueBy");
        requireNonNull(basis, "basis");
    }
}
