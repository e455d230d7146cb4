package org.ruralwater.qualityrules.evaluation;

import org.ruralwater.qualityrules.sample.Determination;

/** A limit one indicator is held to, with its text and clause: numeric, or "must not be detected". */
sealed interface Limit permits NumericLimit, NotDetectedLimit {

    /** The verdict on one determination of the limit's indicator. */
    DeterminationVerdict judge(Determination d);
}
