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
    SAME_AS_LINE;

    private static final Vocabulary WORDS = Vocabulary.of(QualityWords.class, "quality-rules");

    @Override
    public Vocabulary vocabulary() {
        return WORDS;
    }
}
