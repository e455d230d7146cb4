package org.ruralwater.qualityrules.evaluation;

import static java.util.Objects.requireNonNull;

import org.ruralwater.core.wording.Phrase;
import org.ruralwater.qualityrules.sample.Result;

/**
 * The verdict on one determination, with the limit it was held to and where that limit comes from.
 *
 * @param heldTo the limit used, in words put into the reader's language, such as {@code ≤ 3 NTU (relaxed from
 *     1)}
 * @param relaxed whether a relaxed limit was used (GB 5749-2022 Table 1 note b)
 * @param clause the clause the limit comes from, such as {@code GB5749-2022 Table 1 row 23}
 * @param why why the verdict is what it is, in one sentence, put into words in the reader's language
 */
public record DeterminationVerdict(
        String indicator, Result result, Verdict verdict, Phrase heldTo, boolean relaxed, String clause, Phrase why) {

    public DeterminationVerdict {
        requireNonNull(indicator, "indicator");
        requireNonNull(result, "result");
        requireNonNull(verdict, "verdict");
        requireNonNull(heldTo, "heldTo");
        requireNonNull(clause, "clause");
        requireNonNull(why, "why");
    }

    /** The limit used, in English, such as {@code ≤ 3 NTU}: the form of logs and of outputs for machines. */
    public String limit() {
        return heldTo.toString();
    }

    /** Why the verdict is what it is, in English: the form of logs and of outputs for machines. */
    public String reason() {
        return why.toString();
    }
}
