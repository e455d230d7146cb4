package org.ruralwater.webapp.dashboard;

import org.ruralwater.core.wording.Phrase;
import org.ruralwater.core.wording.Vocabulary;
import org.ruralwater.core.wording.VocabularyKey;
import org.ruralwater.webapp.page.Frame;

/** The dashboard's words beside the platform's; texts in {@code META-INF/ruralwater/words/webdashboard*.properties}. */
public enum DashboardWords implements VocabularyKey {
    COVERAGE,
    SERVICE,
    SERVICE_INTRO,
    NAME_WATER_QUALITY,
    NAME_FEE_COLLECTION,
    NAME_REPAIR_TIMELINESS,
    NAME_OPEN_PROBLEMS,
    DEFINITION_WATER_QUALITY,
    DEFINITION_FEE_COLLECTION,
    DEFINITION_REPAIR_TIMELINESS,
    DEFINITION_OPEN_PROBLEMS,
    DETAIL_WATER_QUALITY,
    DETAIL_FEE_COLLECTION,
    DETAIL_REPAIR_TIMELINESS,
    DETAIL_OPEN_PROBLEMS,
    TARGET,
    TARGET_ZERO,
    AT_ZERO,
    MONTHS,
    MONTH,
    VALUE,
    TREND,
    MONTHLY_FIGURES,
    FEES_COUNTED,
    FEES_NOT_COUNTED,
    LOADING,
    LOADING_STEP_YEAR,
    LOADING_STEP_BILL_RUN,
    LOADING_STEP_COLLECTION,
    LOADING_FAILED;

    private static final Vocabulary WORDS = Vocabulary.of(DashboardWords.class, "webdashboard");

    @Override
    public Vocabulary vocabulary() {
        return WORDS;
    }

    /** The word in the page's language. */
    public String in(Frame frame, Object... arguments) {
        return Phrase.of(this, arguments).in(frame.locale());
    }
}
