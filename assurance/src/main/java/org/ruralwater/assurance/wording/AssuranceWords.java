package org.ruralwater.assurance.wording;

import java.util.Locale;
import org.ruralwater.core.wording.PhraseKey;
import org.ruralwater.core.wording.Vocabulary;

/**
 * assurance's phrases for the problems it finds in its input. Their texts are in
 * {@code META-INF/ruralwater/words/assurance*.properties}.
 */
public enum AssuranceWords implements PhraseKey {
    INPUT_ONCE,
    INPUT_AGAIN,
    CONSISTENT_RULE_SET,
    LOADED_BASE;

    private static final Vocabulary WORDS = Vocabulary.of(AssuranceWords.class, "assurance");

    /** The vocabulary these keys belong to. */
    public static Vocabulary vocabulary() {
        return WORDS;
    }

    @Override
    public String code() {
        return WORDS.code(this);
    }

    @Override
    public String template(Locale locale) {
        return WORDS.template(this, locale);
    }
}
