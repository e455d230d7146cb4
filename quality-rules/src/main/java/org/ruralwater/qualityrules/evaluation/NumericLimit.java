package org.ruralwater.qualityrules.evaluation;

import java.math.BigDecimal;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.ruralwater.core.quantity.Unit;
import org.ruralwater.core.wording.Phrase;
import org.ruralwater.qualityrules.sample.Determination;
import org.ruralwater.qualityrules.standard.Indicator;
import org.ruralwater.qualityrules.standard.Standard;
import org.ruralwater.qualityrules.wording.QualityWords;

/**
 * A numeric limit of one indicator, a maximum, a minimum or both, as a row of the standard's tables gives it
 * or as a footnote changes it (note b's relaxed maximum, Table 2's residual minimum at a point).
 *
 * @param relaxed whether the maximum is note b's relaxed one
 * @param clause where the limit comes from, such as {@code GB 5749-2022 Table 1 row 23; GB 5749-2022 Table 1
 *     note b}
 * @param text the limit in words, such as {@code ≤ 3 NTU (relaxed from 1)}, in the reader's language
 */
record NumericLimit(
        Indicator indicator,
        @Nullable BigDecimal min,
        @Nullable BigDecimal max,
        boolean relaxed,
        String clause,
        Phrase text)
        implements Limit {

    private static final Phrase WITHIN = Phrase.of(QualityWords.WITHIN_THE_LIMIT);

    /** The limit of the indicator's own row. */
    static NumericLimit own(Indicator ind, Standard standard) {
        Unit unit = ind.limitUnit().orElseThrow();
        return new NumericLimit(
                ind,
                ind.min().orElse(null),
                ind.max().orElse(null),
                false,
                standard.clause(ind),
                Phrase.verbatim(text(ind.min(), ind.max(), ind.maxExclusive(), unit)));
    }

    /** This limit with another maximum, clause and text. */
    NumericLimit withMax(BigDecimal newMax, boolean isRelaxed, String newClause, Phrase newText) {
        return new NumericLimit(indicator, min, newMax, isRelaxed, newClause, newText);
    }

    /** This limit with another minimum, clause and text; the maximum stays. */
    NumericLimit withMin(BigDecimal newMin, String newClause, Phrase newText) {
        return new NumericLimit(indicator, newMin, max, relaxed, newClause, newText);
    }

    @Override
    public DeterminationVerdict judge(Determination d) {
        Bounds b = Bounds.of(d, indicator);
        if (b instanceof Bounds.Incomparable incomparable) {
            return verdict(d, Verdict.INDETERMINATE, incomparable.reason());
        }
        Bounds.Between between = (Bounds.Between) b;
        boolean exclusive = indicator.maxExclusive();
        Verdict v = Verdict.PASS;
        Phrase aboveWhy = null;
        Phrase belowWhy = null;
        if (max != null) {
            Verdict vm = between.againstMax(max, exclusive);
            v = v.and(vm);
            if (vm != Verdict.PASS) {
                aboveWhy = between.reason(
                        vm, Phrase.of(exclusive ? QualityWords.ABOVE_OR_AT : QualityWords.ABOVE, max.toPlainString()));
            }
        }
        if (min != null) {
            Verdict vm = between.againstMin(min);
            v = v.and(vm);
            if (vm != Verdict.PASS) {
                belowWhy = between.reason(vm, Phrase.of(QualityWords.BELOW, min.toPlainString()));
            }
        }
        return verdict(d, v, reason(aboveWhy, belowWhy));
    }

    private DeterminationVerdict verdict(Determination d, Verdict v, Phrase reason) {
        return new DeterminationVerdict(indicator.code(), d.result(), v, text, relaxed, clause, reason);
    }

    private static Phrase reason(@Nullable Phrase aboveWhy, @Nullable Phrase belowWhy) {
        if (aboveWhy == null) {
            return belowWhy == null ? WITHIN : belowWhy;
        }
        return belowWhy == null ? aboveWhy : Phrase.of(QualityWords.BOTH_REASONS, aboveWhy, belowWhy);
    }

    /** A limit in words: {@code 6.5–8.5}, {@code ≤ 0.01 mg/L}, {@code < 1 /10L}, {@code ≥ 0.05 mg/L}. */
    static String text(Optional<BigDecimal> min, Optional<BigDecimal> max, boolean exclusive, Unit unit) {
        String u = unit == Unit.ONE ? "" : " " + unit.symbol();
        if (min.isPresent() && max.isPresent()) {
            return min.get().toPlainString() + "–" + max.get().toPlainString() + u;
        }
        if (max.isPresent()) {
            return (exclusive ? "< " : "≤ ") + max.get().toPlainString() + u;
        }
        return "≥ " + min.orElseThrow().toPlainString() + u;
    }
}
