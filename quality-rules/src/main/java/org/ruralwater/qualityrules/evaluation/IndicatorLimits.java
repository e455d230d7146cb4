package org.ruralwater.qualityrules.evaluation;

import org.ruralwater.qualityrules.sample.SamplingPoint;
import org.ruralwater.qualityrules.standard.Indicator;
import org.ruralwater.qualityrules.standard.LimitKind;
import org.ruralwater.qualityrules.standard.Standard;

/**
 * Every limit one indicator may be held to, built once per evaluator because every determination needs one:
 * its own row's, note b's relaxed one, its own row's for supply note b names but not stated as limited (with
 * a text saying so), and Table 2's residual at the outlet and at the tap on the own and the relaxed one.
 */
final class IndicatorLimits {

    private final Indicator indicator;
    private final Limit own;
    private final Limit relaxed;
    private final Limit strict;
    private final Limit ownAtOutlet;
    private final Limit ownAtTap;
    private final Limit relaxedAtOutlet;
    private final Limit relaxedAtTap;

    private IndicatorLimits(
            Indicator indicator,
            Limit own,
            Limit relaxed,
            Limit strict,
            Limit ownAtOutlet,
            Limit ownAtTap,
            Limit relaxedAtOutlet,
            Limit relaxedAtTap) {
        this.indicator = indicator;
        this.own = own;
        this.relaxed = relaxed;
        this.strict = strict;
        this.ownAtOutlet = ownAtOutlet;
        this.ownAtTap = ownAtTap;
        this.relaxedAtOutlet = relaxedAtOutlet;
        this.relaxedAtTap = relaxedAtTap;
    }

    static IndicatorLimits of(Indicator ind, Standard standard, NoteBRelaxedLimits noteB, Table2Residuals table2) {
        if (ind.kind() == LimitKind.ABSENT) {
            // "Must not be detected" is neither relaxed nor a residual.
            Limit absent = new NotDetectedLimit(ind, standard);
            return new IndicatorLimits(ind, absent, absent, absent, absent, absent, absent, absent);
        }
        NumericLimit own = NumericLimit.own(ind, standard);
        NumericLimit relaxed = noteB.relax(own, ind);
        return new IndicatorLimits(
                ind,
                own,
                relaxed,
                noteB.strict(own, ind),
                table2.atOutlet(own, ind),
                table2.atTap(own, ind),
                table2.atOutlet(relaxed, ind),
                table2.atTap(relaxed, ind));
    }

    Indicator indicator() {
        return indicator;
    }

    /**
     * The limit for a determination.
     *
     * @param noteB how note b applies to the sample's supply
     * @param toResidual whether Table 2 holds the determination to its minimum residual at {@code point}
     */
    Limit limitFor(NoteBRelaxedLimits.Use noteB, boolean toResidual, SamplingPoint point) {
        boolean relaxedSupply = noteB == NoteBRelaxedLimits.Use.RELAXED;
        if (!toResidual) {
            return relaxedSupply ? relaxed : noteB == NoteBRelaxedLimits.Use.NOT_LIMITED ? strict : own;
        }
        // Network samples are held to the tap residual.
        boolean outlet = point == SamplingPoint.OUTLET;
        if (relaxedSupply) {
            return outlet ? relaxedAtOutlet : relaxedAtTap;
        }
        return outlet ? ownAtOutlet : ownAtTap;
    }
}
