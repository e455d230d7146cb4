package org.ruralwater.qualityrules.evaluation;

import org.ruralwater.core.wording.Phrase;
import org.ruralwater.qualityrules.wording.QualityWords;

/**
 * Whether a determination the rules require, but the sample lacks, counts against the sample: by default it
 * does (INDETERMINATE); an evaluator {@linkplain Evaluator#asTested() as tested} lists it and lets it pass.
 * A missing disinfectant residual always counts ({@link Table2Residuals}).
 */
enum Completeness {
    /** A sample must be complete: what the rules require and the sample lacks leaves it INDETERMINATE. */
    REQUIRED,
    /** Only what was determined is judged; what is missing is listed but does not decide. */
    AS_TESTED;

    /** What a missing required determination, or a follow-up test not yet done, does to the verdict. */
    Verdict ofMissing() {
        return this == REQUIRED ? Verdict.INDETERMINATE : Verdict.PASS;
    }

    /** The finding that a required determination is missing, and why it is required. */
    Finding missing(String code, Phrase why, String clause) {
        return new Finding(
                Finding.Kind.MISSING, code, ofMissing(), Phrase.of(QualityWords.MISSING_FINDING, code, why), clause);
    }
}
