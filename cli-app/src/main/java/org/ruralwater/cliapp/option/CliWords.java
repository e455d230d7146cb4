package org.ruralwater.cliapp.option;

import java.util.Locale;
import org.ruralwater.core.wording.PhraseKey;
import org.ruralwater.core.wording.Vocabulary;

/**
 * The ruralwater command's own phrases: option values it cannot use and its last-resort message. Their
 * texts are in {@code META-INF/ruralwater/words/cli*.properties}.
 */
public enum CliWords implements PhraseKey {
    OPTION_PROBLEM,
    TRY_HELP,
    PERIOD,
    DATE_AND_TIME,
    HORIZON,
    WHOLE_NUMBER_FROM,
    WHOLE_NUMBER_BETWEEN,
    OPTION_ONLY_WITH,
    OPTION_NOT_WITH,
    INTERNAL_ERROR,
    MORE_PROBLEMS;

    private static final Vocabulary WORDS = Vocabulary.of(CliWords.class, "cli");

    @Override
    public String code() {
        return WORDS.code(this);
    }

    @Override
    public String template(Locale locale) {
        return WORDS.template(this, locale);
    }
}
