package org.ruralwater.escalation.links;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.ruralwater.assurance.monitoring.ProblemType;
import org.ruralwater.assurance.monitoring.RectificationClass;
import org.ruralwater.core.wording.Phrase;
import org.ruralwater.core.wording.RefusalException;
import org.ruralwater.escalation.wording.EscalationWords;
import org.ruralwater.qualityrules.alert.Alert;

/**
 * When an alert becomes a problem ticket in the safe-water ledger: an alert of one of {@code alertKinds} that no
 * later sample has resolved {@code graceHours} after it was due. The ticket is a problem of type {@code problem}
 * and class {@code rectification}, due {@code deadlineDays} after it is opened.
 */
public record AlertToTicket(
        String code,
        List<Alert.Kind> alertKinds,
        int graceHours,
        ProblemType problem,
        RectificationClass rectification,
        int deadlineDays,
        String source,
        String confidence) {

    public AlertToTicket {
        requireNonNull(code, "code");
        alertKinds = List.copyOf(alertKinds);
        requireNonNull(problem, "problem");
        requireNonNull(rectification, "rectification");
        requireNonNull(source, "source");
        requireNonNull(confidence, "confidence");
        if (alertKinds.contains(Alert.Kind.PASS_RATE_BELOW_TARGET)) {
            // A works' rate over a window is a report about many samples: no one sample resolves it.
            throw new RefusalException(Phrase.of(EscalationWords.RATE_ALERT_NO_TICKET, code));
        }
        if (graceHours < 0 || graceHours > 24 * 366) {
            throw new RefusalException(
                    Phrase.of(EscalationWords.HOURS_WITHIN, code, "grace_hours", 24 * 366, graceHours));
        }
        if (deadlineDays < 0 || deadlineDays > 3660) {
            throw new RefusalException(
                    Phrase.of(EscalationWords.DAYS_WITHIN, code, "deadline_days", 3660, deadlineDays));
        }
    }

    /** Whether an alert of this kind becomes a ticket when it is overdue. */
    public boolean escalates(Alert.Kind kind) {
        return alertKinds.contains(kind);
    }
}
