package org.ruralwater.qualityrules.wording;

import org.ruralwater.core.wording.Vocabulary;
import org.ruralwater.core.wording.VocabularyKey;

/**
 * quality-rules's phrases: the problems it finds in its input, and what its verdicts, findings and alerts
 * say. Their texts are in
 * {@code META-INF/ruralwater/words/quality-rules*.properties}.
 */
public enum QualityWords implements VocabularyKey {
    CONSISTENT_STANDARD,
    LOADED_BASE,
    INDICATOR_OF,
    INDICATOR_ONCE,
    INDICATOR_AGAIN,
    UNIT_SUCH_AS,
    UNKNOWN_UNIT,
    UNIT_OF_INDICATOR,
    NO_UNITS,
    EMPTY_UNIT,
    BASIS_OF,
    NO_BASIS,
    AS_BASIS,
    RESULT_VALUE,
    FINITE_RESULT,
    RESULT_EXPONENT,
    NUMERIC_RESULT,
    DETECTION_LIMIT_NUMBER,
    A_CONCENTRATION,
    A_TURBIDITY,
    A_COLOUR,
    A_COLONY_COUNT,
    A_MOST_PROBABLE_NUMBER,
    AN_ORGANISM_COUNT,
    AN_ACTIVITY,
    A_CONDUCTIVITY,
    A_PH,
    A_NUMBER,
    A_DETECTION_LIMIT,
    A_RANGE_BOUND,
    NO_RESULT_UNIT,
    SAMPLE_ID,
    TEXT_OF_LENGTH,
    SAME_AS_LINE,
    NOUN_STANDARD,
    MISSING_FINDING,
    RESIDUAL_REQUIRED,
    BY_PRODUCT_REQUIRED,
    ABOVE_GUIDANCE_FINDING,
    FURTHER_ANALYSIS_REQUIRED,
    FOLLOW_UP_REQUIRED,
    NO_RESIDUAL_MET,
    NOT_DETECTED_WITHOUT_LIMIT,
    BELOW_DETECTION_LIMIT,
    ABOVE_METHOD_RANGE,
    DESCRIPTIVE_RESULT,
    UNCONVERTIBLE_UNIT,
    NO_SUCH_BASIS,
    ABOVE,
    ABOVE_OR_AT,
    BELOW,
    CANNOT_SHOW_NOT,
    SO_CANNOT_SHOW_NOT,
    BOTH_REASONS,
    WITHIN_THE_LIMIT,
    NOT_DETECTED,
    DETECTED,
    TEXT_NEITHER,
    ABOVE_GUIDANCE_REASON,
    NO_LIMIT_SET,
    NOT_DETERMINED,
    AN_UNKNOWN_VALUE,
    SUM_AT_LEAST,
    SUM_AT_MOST,
    SUM_BETWEEN,
    SUM_BETWEEN_UNKNOWN,
    COMPUTED,
    RESULT_BECAUSE,
    REPEAT_SAMPLING_ALERT,
    LOW_RESIDUAL_ALERT,
    PASS_RATE_ALERT,
    NOUN_SAMPLE_ID,
    RELAXED_FROM,
    NOT_RELAXED_TO,
    RESIDUAL_AT,
    GUIDANCE_VALUE_LIMIT,
    NO_LIMIT;

    private static final Vocabulary WORDS = Vocabulary.of(QualityWords.class, "quality-rules");

    @Override
    public Vocabulary vocabulary() {
        return WORDS;
    }
}
