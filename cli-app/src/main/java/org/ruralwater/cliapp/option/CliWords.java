package org.ruralwater.cliapp.option;

import org.ruralwater.core.wording.Vocabulary;
import org.ruralwater.core.wording.VocabularyKey;

/**
 * The ruralwater command's own phrases: option values it cannot use and its last-resort message. Their
 * texts are in {@code META-INF/ruralwater/words/cli*.properties}.
 */
public enum CliWords implements VocabularyKey {
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
    MORE_PROBLEMS,
    FORMAT,
    XLSX_NEEDS_OUT,
    ENCODING,
    NOUN_RULE_SET_OR_SCHEME,
    NOUN_CATALOGUE_PLAN,
    NO_EFFECT,
    NO_YEARLY_ALLOWANCE,
    NOTHING_PER_PERSON,
    PROVISIONAL_DEADLINES;

    private static final Vocabulary WORDS = Vocabulary.of(CliWords.class, "cli");

    @Override
    public Vocabulary vocabulary() {
        return WORDS;
    }
}
