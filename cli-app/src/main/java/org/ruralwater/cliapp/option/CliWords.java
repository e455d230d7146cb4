package org.ruralwater.cliapp.option;

import org.ruralwater.core.wording.Vocabulary;
import org.ruralwater.core.wording.VocabularyKey;

/**
 * The ruralwater command's own phrases: option values it cannot use, usage and file troubles, progress, the
 * lines it writes on stderr beside a result, and its last-resort message. Their texts are in {@code
 * META-INF/ruralwater/words/cli*.properties}.
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
    LANGUAGE,
    UNKNOWN_OPTION,
    UNMATCHED_ARGUMENT,
    MISSING_OPTION,
    MISSING_OPTIONS,
    MISSING_PARAMETER,
    MISSING_PARAMETERS,
    MISSING_FOLDER_OR_STORE,
    INTERNAL_ERROR,
    MORE_PROBLEMS,
    FILE_NOT_FOUND,
    FILE_DENIED,
    FILE_EXISTS,
    FILE_NOT_FOLDER,
    FOLDER_NOT_EMPTY,
    A_FILE,
    FILE_UNUSABLE,
    FILE_UNUSABLE_BECAUSE,
    FILE_TROUBLE,
    FILE_TROUBLE_BECAUSE,
    FOLDER_IN_USE,
    PROGRESS_EVALUATING,
    PROGRESS_SAMPLES,
    PROGRESS_BILL_RUN,
    PROGRESS_STEPS,
    PROGRESS_SOLVING,
    PROGRESS_SECONDS,
    PROGRESS_BEST,
    PROGRESS_DEMO_COUNTY,
    WINDOWS_SAMPLED_ENOUGH,
    INDETERMINATE_SAMPLE,
    INDETERMINATE_SAMPLES,
    BLOCKED,
    ANOMALY_AT,
    ISSUED,
    ISSUED_TO_STORE,
    WOULD_BE_ISSUED,
    NO_FUNDS,
    CALENDAR_PROVISIONAL,
    NOT_HANDED_OUT,
    RATE_OF_SAMPLES,
    QUOTE_TOTAL,
    QUOTE_TOTAL_OF,
    NAME_AND_CODE,
    PLAN_BASELINE,
    PLAN_SCORE,
    PLAN_RANKING,
    PLAN_HARD_RULES,
    PLAN_UNASSIGNED,
    PLAN_FIGURES,
    PLAN_BETTER_HARD_RULES,
    PLAN_WORSE_HARD_RULES,
    PLAN_BETTER_UNASSIGNED,
    PLAN_WORSE_UNASSIGNED,
    PLAN_BETTER_LATENESS,
    PLAN_WORSE_LATENESS,
    PLAN_AS_GOOD,
    PLAN_JOB_UNASSIGNED,
    PLACE,
    YES,
    NO,
    FORMAT,
    XLSX_NEEDS_OUT,
    ENCODING,
    NOUN_RULE_SET_OR_SCHEME,
    NOUN_CATALOGUE_PLAN,
    NO_EFFECT,
    NO_YEARLY_ALLOWANCE,
    NOTHING_PER_PERSON,
    PROVISIONAL_DEADLINES,
    HISTORY_WRITTEN,
    HISTORY_FILE_ROWS;

    private static final Vocabulary WORDS = Vocabulary.of(CliWords.class, "cli");

    @Override
    public Vocabulary vocabulary() {
        return WORDS;
    }
}
