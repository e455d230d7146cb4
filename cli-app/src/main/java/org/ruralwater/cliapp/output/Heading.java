package org.ruralwater.cliapp.output;

import java.util.Locale;
import java.util.Optional;
import org.ruralwater.core.wording.Vocabulary;
import org.ruralwater.core.wording.VocabularyKey;

/**
 * The heading of a result's column in a table for people: each constant is a column's code (its header in
 * CSV and its key in JSON, which stay as they are for programs), its texts are the words a table shows, in
 * {@code META-INF/ruralwater/words/cli-headings*.properties}.
 */
public enum Heading implements VocabularyKey {
    ALIASES,
    AMOUNT,
    ASSESSEE,
    BAND,
    CANCELS,
    CHANGE,
    CLAUSE,
    CLOSED,
    CODE,
    COLLECTED,
    COMPONENT,
    CONFIDENCE,
    CONVENIENCE,
    COUNTY,
    CREDIT,
    DATE,
    DEADLINE,
    DESCRIPTION,
    DUE,
    EARLIEST,
    END,
    ESTIMATED,
    FAILED_KEY_ITEMS,
    FAILING_INDICATORS,
    FIELD,
    FLAGS,
    FOUND,
    GRADE,
    HOUSEHOLD,
    ID,
    INDICATOR,
    INDICATORS,
    ITEM,
    JOB,
    JUDGED,
    KIND,
    LATE_MIN,
    LIMIT,
    LITRES,
    LITRES_PER_PERSON,
    M3,
    MEETS_95,
    MINUTES,
    NAME,
    NAME_EN,
    NAME_ZH,
    OPEN_AT_END,
    OPENED,
    OPENED_AT,
    OPENED_BY_TYPE,
    OUTSTANDING,
    OVERDUE_AT_END,
    PASSED,
    PASSES_POVERTY_CHECK,
    PEOPLE,
    PERCENT,
    PLAN,
    PROVISIONAL,
    QUALITY,
    QUANTITY,
    RANK,
    REACHES_MINIMUM,
    REASON,
    RECTIFICATION,
    REGION,
    RELAXED,
    RELIABILITY,
    REQUIRED,
    RESULT,
    ROW,
    RULE,
    SAMPLE_ID,
    SEVERITY,
    SKILLS,
    SOURCE,
    START,
    STATE,
    STILL_OPEN,
    SUBJECT,
    TABLE,
    TARGET,
    TOTAL,
    TYPE,
    UNIT_PRICE,
    VALUE,
    VERDICT,
    VETOED_BY,
    VILLAGE,
    WINDOW,
    WORK_ORDER,
    WORKER,
    WORKS,
    /** A due date, where "due" is not an amount. */
    DUE_ON,
    /** The water-quantity indicator, where "quantity" is not a bill line's. */
    WATER_QUANTITY,
    /** An assessee's total score. */
    TOTAL_SCORE,
    /** A standard's verdict, in a column per standard compared: {0} the standard. */
    VERDICT_BY,
    /** People by verdict: {0} the verdict. */
    PEOPLE_BY,
    /** Households by verdict: {0} the verdict. */
    HOUSEHOLDS_BY;

    private static final Vocabulary WORDS = Vocabulary.of(Heading.class, "cli-headings");

    @Override
    public Vocabulary vocabulary() {
        return WORDS;
    }

    /** The heading of the column with this code, if it has one. */
    public static Optional<Heading> of(String column) {
        for (Heading h : values()) {
            if (h.name().toLowerCase(Locale.ROOT).equals(column)) {
                return Optional.of(h);
            }
        }
        return Optional.empty();
    }
}
