package org.ruralwater.store.wording;

import org.ruralwater.core.wording.Vocabulary;
import org.ruralwater.core.wording.VocabularyKey;

/**
 * The store's phrases for the problems it finds with what it is asked to write. Their texts are in {@code
 * META-INF/ruralwater/words/store*.properties}.
 */
public enum StoreWords implements VocabularyKey {
    WITHIN_SCOPE,
    OUTSIDE_SCOPE,
    STORED_OUTSIDE_SCOPE,
    NO_REGION,
    ONE_READING_A_DAY,
    READING_AGAIN,
    DOCUMENT_NOT_STORED,
    DOCUMENT_STORED,
    TICKET_CONTINUES,
    TICKET_REWRITTEN,
    SAMPLE_AS_STORED,
    SAMPLE_CHANGED,
    HISTORY_FILES,
    HISTORY_NONE;

    private static final Vocabulary WORDS = Vocabulary.of(StoreWords.class, "store");

    @Override
    public Vocabulary vocabulary() {
        return WORDS;
    }
}
