package org.ruralwater.webapp.safewater;

import org.ruralwater.core.wording.Phrase;
import org.ruralwater.core.wording.Vocabulary;
import org.ruralwater.core.wording.VocabularyKey;
import org.ruralwater.webapp.page.Frame;

/** The safe-water ledger's words; texts in {@code META-INF/ruralwater/words/websafewater*.properties}. */
public enum LedgerWords implements VocabularyKey {
    TICKETS,
    TICKETS_INTRO,
    NEW_TICKET,
    ID,
    TYPE,
    SUBJECT,
    SUBJECT_HINT,
    VILLAGE,
    TOWNSHIP,
    RECTIFICATION,
    DEADLINE,
    DEADLINE_RULES,
    STATE,
    OPENED,
    DESCRIPTION,
    OVERDUE_DAYS,
    OVERDUE_ONLY,
    ALL,
    FILTER,
    NO_TICKETS,
    TICKET_COUNT,
    HISTORY,
    AT,
    BY,
    NOTE,
    RECORDED,
    NEXT_STEPS,
    NO_STEP,
    ASSIGN,
    ASSIGNEE,
    RECTIFY,
    PLAN,
    VERIFY,
    FINDING,
    CLOSE,
    EVIDENCE,
    REOPEN,
    REASON,
    RETEST,
    RETEST_RULE,
    NO_RETEST,
    OPEN,
    STEP_DONE,
    TEXT_NEEDED,
    RETEST_NEEDED,
    STEP_NOT_NOW,
    STEP_BEFORE_LAST,
    CHOOSE,
    ZERO,
    MONTHLY,
    SCREENING,
    ASSESSMENT,
    ON_DAY,
    OPEN_NOW,
    OVERDUE_NOW,
    AT_ZERO,
    REGIONS_AT_ZERO,
    OF,
    REGION,
    RECURRING,
    RECURRING_RULE,
    CSV,
    COUNTY,
    OPENED_IN,
    CLOSED_IN,
    OPEN_AT_END,
    OVERDUE_AT_END,
    BY_TYPE,
    SCREENED_IN,
    RESCREENED_IN,
    VERDICTS_NOW,
    SCREENING_INTRO,
    NO_SCREENING,
    HOUSEHOLDS,
    PEOPLE,
    HOUSEHOLD,
    MEMBERS,
    QUANTITY,
    QUALITY,
    CONVENIENCE,
    RELIABILITY,
    VERDICT,
    POVERTY_CHECK,
    RULE_SET;

    private static final Vocabulary WORDS = Vocabulary.of(LedgerWords.class, "websafewater");

    @Override
    public Vocabulary vocabulary() {
        return WORDS;
    }

    /** The word in the page's language. */
    public String in(Frame frame, Object... arguments) {
        return Phrase.of(this, arguments).in(frame.locale());
    }
}
