package org.ruralwater.escalation.wording;

import org.ruralwater.core.wording.Vocabulary;
import org.ruralwater.core.wording.VocabularyKey;

/**
 * escalation's phrases: the refusals of a links file, and the texts of the alerts, tickets and signals the links
 * raise. Their texts are in {@code META-INF/ruralwater/words/escalation*.properties}.
 */
public enum EscalationWords implements VocabularyKey {
    OWN_CODES,
    ONLY_FAIL_OR_INDETERMINATE,
    SOME_POINTS,
    HOURS_WITHIN,
    DAYS_WITHIN,
    RATE_ALERT_NO_TICKET,
    CHANNEL_NAMED,
    FURTHER_ANALYSIS,
    TICKET_FROM_ALERT,
    SIGNAL_FROM_SAMPLE,
    NO_PASSING_RETEST,
    RETEST_EVIDENCE;

    private static final Vocabulary WORDS = Vocabulary.of(EscalationWords.class, "escalation");

    @Override
    public Vocabulary vocabulary() {
        return WORDS;
    }
}
