package org.ruralwater.billing.wording;

import org.ruralwater.core.wording.Vocabulary;
import org.ruralwater.core.wording.VocabularyKey;

/**
 * billing's phrases for the problems it finds in its input. Their texts are in
 * {@code META-INF/ruralwater/words/billing*.properties}.
 */
public enum BillingWords implements VocabularyKey {
    CONSISTENT_TARIFF,
    HOUSEHOLD_ONCE,
    HOUSEHOLD_AGAIN,
    KNOWN_TARIFF,
    TARIFF_IN_FORCE,
    SUBSIDY_CATEGORY_OF,
    AT_LEAST_ONE_METER,
    NONE,
    METER_LISTED,
    METER_NO_OTHER_ACCOUNT,
    METER_OF_ACCOUNT;

    private static final Vocabulary WORDS = Vocabulary.of(BillingWords.class, "billing");

    @Override
    public Vocabulary vocabulary() {
        return WORDS;
    }
}
