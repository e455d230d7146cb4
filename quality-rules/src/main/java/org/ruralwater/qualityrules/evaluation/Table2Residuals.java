package org.ruralwater.qualityrules.evaluation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.ruralwater.core.wording.Labels;
import org.ruralwater.core.wording.Phrase;
import org.ruralwater.core.works.DisinfectionMethod;
import org.ruralwater.qualityrules.sample.Sample;
import org.ruralwater.qualityrules.sample.SamplingPoint;
import org.ruralwater.qualityrules.standard.Indicator;
import org.ruralwater.qualityrules.standard.Rules;
import org.ruralwater.qualityrules.standard.Standard;
import org.ruralwater.qualityrules.wording.QualityWords;

/**
 * GB 5749-2022 clause 4.2 and Table 2: the outlet and tap water of a disinfected supply must meet Table 2, so
 * finished water must be tested for the residual of the disinfectant its method uses, which must be within
 * the maximum everywhere and reach the minimum residual of the point: the outlet's, or the tap's (network
 * samples are held to the tap's). The indicators per method are the standard's {@code disinfectants}, the
 * minima its {@code residuals}. Where one residual of several is enough (ClO₂ and chlorine generators),
 * {@link Table2NoteGenerators} holds the residuals instead.
 *
 * <p>Without its residual a disinfected sample cannot be judged at all, so a missing residual leaves the
 * sample INDETERMINATE in every mode, also {@linkplain Evaluator#asTested() as tested}.
 */
final class Table2Residuals {

    private final Standard standard;
    /** The findings for missing residuals, per method: immutable, so shared by every sample. */
    private final Map<DisinfectionMethod, List<Finding>> missing = new EnumMap<>(DisinfectionMethod.class);

    Table2Residuals(Standard standard) {
        this.standard = standard;
        // Not the evaluator's completeness: a sample without its residual cannot be judged in any mode.
        Completeness completeness = Completeness.REQUIRED;
        for (DisinfectionMethod m : DisinfectionMethod.values()) {
            standard.disinfectant(m).ifPresent(rule -> {
                List<Finding> list = new ArrayList<>();
                for (String code : rule.indicators()) {
                    list.add(completeness.missing(
                            code,
                            Phrase.of(QualityWords.RESIDUAL_REQUIRED, Labels.codeOrLabel(m, m.code())),
                            rule.clause()));
                }
                missing.put(m, List.copyOf(list));
            });
        }
    }

    /** The disinfectant rule a sample is held to; null for source water and methods without one. */
    Rules.@Nullable Disinfectant ruleFor(Sample sample) {
        return sample.point().isFinishedWater()
                ? standard.disinfectant(sample.disinfection()).orElse(null)
                : null;
    }

    /** Whether a determination is held to its own minimum residual: each of the rule's indicators must reach it. */
    static boolean holdsToItsMinimum(Rules.@Nullable Disinfectant rule, String code) {
        return rule != null && !rule.anyResidual() && rule.indicators().contains(code);
    }

    /** The limit at the outlet: the minimum residual there, with the limit's maximum; the limit if none is set. */
    NumericLimit atOutlet(NumericLimit limit, Indicator ind) {
        Rules.Residual r = standard.residual(ind.code()).orElse(null);
        return r == null ? limit : at(limit, ind, r, r.outletMin(), SamplingPoint.OUTLET);
    }

    /** The limit at the tap and in the network: the minimum residual there, with the limit's maximum. */
    NumericLimit atTap(NumericLimit limit, Indicator ind) {
        Rules.Residual r = standard.residual(ind.code()).orElse(null);
        return r == null ? limit : at(limit, ind, r, r.tapMin(), SamplingPoint.TAP);
    }

    private NumericLimit at(
            NumericLimit limit, Indicator ind, Rules.Residual residual, Optional<BigDecimal> min, SamplingPoint point) {
        if (min.isEmpty()) {
            return limit;
        }
        String clause = standard.clause(ind) + "; " + residual.clause();
        // The text states the row's own maximum: Table 2 rows have no relaxed maximum under note b.
        String range = NumericLimit.text(
                min, ind.max(), ind.maxExclusive(), ind.limitUnit().orElseThrow());
        return limit.withMin(
                min.get(), clause, Phrase.of(QualityWords.RESIDUAL_AT, range, Labels.codeOrLabel(point, point.code())));
    }

    /** The minimum residual of a disinfectant at a sampling point, if Table 2 sets one there. */
    Optional<BigDecimal> minimum(String code, SamplingPoint point) {
        return standard.residual(code).flatMap(r -> point == SamplingPoint.OUTLET ? r.outletMin() : r.tapMin());
    }

    /** Adds a finding for each residual indicator of the rule the sample lacks. */
    void addMissing(Rules.Disinfectant rule, Sample sample, List<Finding> findings) {
        for (Finding f : missing.getOrDefault(rule.disinfection(), List.of())) {
            if (sample.determination(f.subject()).isEmpty()) {
                findings.add(f);
            }
        }
    }
}
