package org.ruralwater.escalation.links;

import static java.util.Objects.requireNonNull;

import org.ruralwater.core.wording.Phrase;
import org.ruralwater.core.wording.RefusalException;
import org.ruralwater.escalation.wording.EscalationWords;

/**
 * A failed sample as a risk signal for the safe-water ledger: one {@code quality_failed} signal for each village
 * the sample's works serves, through {@code channel}, for the risk triggers to judge.
 */
public record QualityToScreening(String code, String channel, String source, String confidence) {

    public QualityToScreening {
        requireNonNull(code, "code");
        requireNonNull(channel, "channel");
        requireNonNull(source, "source");
        requireNonNull(confidence, "confidence");
        if (channel.isBlank()) {
            throw new RefusalException(Phrase.of(EscalationWords.CHANNEL_NAMED, code));
        }
    }
}
