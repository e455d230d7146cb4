package org.ruralwater.assurance.wording;

import org.ruralwater.core.wording.Vocabulary;
import org.ruralwater.core.wording.VocabularyKey;

/**
 * assurance's phrases for the problems it finds in its input. Their texts are in
 * {@code META-INF/ruralwater/words/assurance*.properties}.
 */
public enum AssuranceWords implements VocabularyKey {
    INPUT_ONCE,
    INPUT_AGAIN,
    CONSISTENT_RULE_SET,
    LOADED_BASE,
    NOUN_RULE_SET,
    NOUN_ASSESSMENT_SCHEME,
    /** The four indicators of a safe-water assessment, as its reports name them. */
    WATER_QUANTITY,
    WATER_QUALITY,
    CONVENIENCE,
    RELIABILITY,
    SHORT_OF_MINIMUM,
    MINIMUM_THEN_TOGETHER,
    LITRES_KEPT,
    PEOPLE_OF_OBSERVATION,
    LITRES_OF_OBSERVATION,
    MINUTES_OF_OBSERVATION,
    HORIZONTAL_OF_OBSERVATION,
    VERTICAL_OF_OBSERVATION,
    SHORTFALL_OF_OBSERVATION;

    private static final Vocabulary WORDS = Vocabulary.of(AssuranceWords.class, "assurance");

    @Override
    public Vocabulary vocabulary() {
        return WORDS;
    }
}
