package org.ruralwater.qualityrules.evaluation;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ruralwater.core.quantity.Quantity;
import org.ruralwater.core.quantity.Unit;
import org.ruralwater.core.wording.Phrase;
import org.ruralwater.qualityrules.sample.Determination;
import org.ruralwater.qualityrules.sample.Result;
import org.ruralwater.qualityrules.sample.Sample;
import org.ruralwater.qualityrules.standard.Indicator;
import org.ruralwater.qualityrules.standard.Rules;
import org.ruralwater.qualityrules.standard.Standard;
import org.ruralwater.qualityrules.wording.QualityWords;

/**
 * GB 5749-2022 Table 1 row 16 (GB 5749-2006 Table 3, WHO GDWQ Table A3.3): the sum of each trihalomethane's
 * result over its own limit is at most 1. The standard's {@code ratio_sums} name the sum and its members;
 * when the laboratory did not report the sum, it is computed from the members' bounds: a censored member
 * counts as 0 for the lower bound and as its detection limit for the upper, a missing one leaves the upper
 * bound open.
 */
final class TrihalomethaneRatioSum {

    private static final MathContext SIX_DIGITS = new MathContext(6);

    /** A ratio-sum rule with its indicators looked up once. */
    private record Sum(Rules.RatioSum rule, Indicator sum, List<Indicator> members) {}

    private final List<Sum> sums;

    TrihalomethaneRatioSum(Standard standard) {
        // The standard has checked that every code a rule names is one of its indicators.
        this.sums = standard.ratioSums().stream()
                .map(r -> new Sum(
                        r,
                        standard.indicator(r.indicator()).orElseThrow(),
                        r.members().stream()
                                .map(m -> standard.indicator(m).orElseThrow())
                                .toList()))
                .toList();
    }

    /** Adds the computed verdict on each sum the sample has members of but did not report itself. */
    void addTo(Sample sample, Map<String, DeterminationVerdict> verdicts) {
        for (Sum s : sums) {
            if (sample.determination(s.rule().indicator()).isPresent()) {
                continue; // the laboratory reported the sum itself
            }
            boolean anyMember = false;
            for (String m : s.rule().members()) {
                anyMember |= sample.determination(m).isPresent();
            }
            if (anyMember) {
                verdicts.put(s.sum().code(), computed(s, sample));
            }
        }
    }

    private static DeterminationVerdict computed(Sum s, Sample sample) {
        BigDecimal low = BigDecimal.ZERO;
        BigDecimal high = BigDecimal.ZERO;
        boolean highKnown = true;
        List<Phrase> unknown = new ArrayList<>();
        for (Indicator member : s.members()) {
            String m = member.code();
            BigDecimal limit = member.max().orElseThrow();
            Optional<Determination> d = sample.determination(m);
            if (d.isEmpty()) {
                highKnown = false;
                unknown.add(Phrase.of(QualityWords.NOT_DETERMINED, m));
                continue;
            }
            if (!(Bounds.of(d.get(), member) instanceof Bounds.Between b)) {
                highKnown = false;
                unknown.add(Phrase.verbatim(m));
                continue;
            }
            low = low.add((b.low() == null ? BigDecimal.ZERO : b.low()).divide(limit, LimitUnit.PRECISION));
            if (b.high() != null) {
                high = high.add(b.high().divide(limit, LimitUnit.PRECISION));
            } else {
                highKnown = false;
                unknown.add(Phrase.verbatim(m));
            }
        }
        BigDecimal limit = s.sum().max().orElseThrow();
        Verdict v;
        Phrase reason;
        if (low.compareTo(limit) > 0) {
            v = Verdict.FAIL;
            reason = Phrase.of(QualityWords.SUM_AT_LEAST, round(low), limit);
        } else if (highKnown && high.compareTo(limit) <= 0) {
            v = Verdict.PASS;
            reason = Phrase.of(QualityWords.SUM_AT_MOST, round(high));
        } else {
            v = Verdict.INDETERMINATE;
            Object upper = highKnown ? round(high) : Phrase.of(QualityWords.AN_UNKNOWN_VALUE);
            reason = unknown.isEmpty()
                    ? Phrase.of(QualityWords.SUM_BETWEEN, round(low), upper)
                    : Phrase.of(QualityWords.SUM_BETWEEN_UNKNOWN, round(low), upper, unknown);
        }
        Result result = low.compareTo(high) == 0 && highKnown
                ? new Result.Measured(Quantity.of(round(low), Unit.ONE))
                : new Result.Descriptive("Σ between " + round(low) + " and " + (highKnown ? round(high) : "?"));
        return new DeterminationVerdict(
                s.sum().code(),
                result,
                v,
                Phrase.verbatim("Σ ≤ " + limit.toPlainString()),
                false,
                s.rule().clause(),
                Phrase.of(QualityWords.COMPUTED, reason));
    }

    private static BigDecimal round(BigDecimal d) {
        return d.round(SIX_DIGITS).stripTrailingZeros();
    }
}
