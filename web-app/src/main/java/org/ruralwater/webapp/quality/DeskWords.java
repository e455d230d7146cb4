package org.ruralwater.webapp.quality;

import org.ruralwater.core.wording.Phrase;
import org.ruralwater.core.wording.Vocabulary;
import org.ruralwater.core.wording.VocabularyKey;
import org.ruralwater.webapp.page.Frame;

/** The water-quality desk's words; texts in {@code META-INF/ruralwater/words/webquality*.properties}. */
public enum DeskWords implements VocabularyKey {
    SAMPLE_TITLE,
    SAMPLE_INTRO,
    STANDARD,
    WORKS,
    NO_WORKS,
    POINT,
    SAMPLED_AT,
    SUPPLY,
    DISINFECTION,
    LIMITED,
    INDICATOR,
    VALUE,
    UNIT,
    DETECTION_LIMIT,
    EVALUATE,
    ROW,
    PROBLEMS,
    VERDICT,
    LIMIT,
    RELAXED,
    CLAUSE,
    REASON,
    SAMPLE_VERDICT,
    ALSO_NEEDED,
    FINDINGS,
    NOTHING_ENTERED,
    ALERTS,
    ALERT_DUE,
    NO_TIME,
    ESCALATES,
    YES;

    private static final Vocabulary WORDS = Vocabulary.of(DeskWords.class, "webquality");

    @Override
    public Vocabulary vocabulary() {
        return WORDS;
    }

    /** The word in the page's language. */
    public String in(Frame frame, Object... arguments) {
        return Phrase.of(this, arguments).in(frame.locale());
    }
}
