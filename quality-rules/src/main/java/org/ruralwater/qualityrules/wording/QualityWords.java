package org.ruralwater.qualityrules.wording;

import org.ruralwater.core.wording.Vocabulary;
import org.ruralwater.core.wording.VocabularyKey;

/**
 * quality-rules's phrases for the problems it finds in its input. Their texts are in
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
    NOUN_STANDARD;

    private static final Vocabulary WORDS = Vocabulary.of(QualityWords.class, "quality-rules");

    @Override
    public Vocabulary vocabulary() {
        return WORDS;
    }
}
