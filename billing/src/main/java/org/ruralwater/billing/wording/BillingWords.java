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
    PAYMENT_ONCE,
    PAYMENT_LISTED,
    REVERSED_ONCE,
    HOUSEHOLD_AGAIN,
    KNOWN_TARIFF,
    TARIFF_IN_FORCE,
    SUBSIDY_CATEGORY_OF,
    AT_LEAST_ONE_METER,
    NONE,
    METER_LISTED,
    METER_NO_OTHER_ACCOUNT,
    METER_OF_ACCOUNT,
    METER_ONCE,
    AGAIN_FIRST_AT,
    READING_ON_REGISTER,
    READING_IN_PERIOD,
    NO_READING_IN,
    USE_OF_PERIOD,
    BILL_THE_TARIFF_MAKES,
    DOCUMENT_ONCE,
    INVOICE_EARLIER,
    INVOICE_OF,
    DOCUMENT_OF,
    INVOICE_UNCANCELLED,
    CANCELLED_BY,
    NEGATION_OF,
    LINES_NEGATED,
    LINE_OF,
    LINE_COUNT,
    ONE_INVOICE_IN_FORCE,
    IN_FORCE_AT,
    NOUN_TARIFF,
    ROLLOVER_ANOMALY,
    REVERSAL_ANOMALY,
    METER_TAKEN_OUT,
    METER_FITTED,
    NO_PREVIOUS_READ_ANOMALY,
    ESTIMATED_READ_ANOMALY,
    MISSING_READ_ANOMALY,
    ZERO_USE_ANOMALY,
    ABOVE_AVERAGE,
    BELOW_AVERAGE,
    BAND_CURRENT,
    BAND_DAYS,
    BAND_OVER,
    PAYMENT_TERM,
    LATE_FEE_RATE,
    GRACE_DAYS,
    LATE_FEE_CAP,
    PAYMENT_OF,
    HIGH_FACTOR,
    HISTORY_PERIODS,
    MAX_ROLLOVER,
    A_TOP_UP,
    A_CHARGE,
    QUANTITY_OF_LINE,
    UNIT_PRICE_OF_LINE,
    AMOUNT_OF_LINE,
    QUOTE_CONSUMPTION,
    QUOTE_MEMBERS,
    QUOTE_USED_EARLIER,
    QUOTE_QUOTA,
    PRICE_OF,
    AMOUNT_OF,
    QUOTA_OF,
    BLOCK_UP_TO,
    BLOCK_PRICE,
    INCLUDED_MEMBERS,
    EXTRA_PER_PERSON,
    STEP_OVER_PERCENT,
    STEP_MULTIPLIER,
    FREE_VOLUME_OF_SUBSIDY,
    MONTHLY_OFFSET_OF_SUBSIDY,
    MEMBERS_OF_ACCOUNT,
    QUOTA_OF_ACCOUNT,
    VOLUME_OF_BILL,
    TOTAL_OF_BILL,
    READING_OF_METER;

    private static final Vocabulary WORDS = Vocabulary.of(BillingWords.class, "billing");

    @Override
    public Vocabulary vocabulary() {
        return WORDS;
    }
}
