package org.ruralwater.qualityrules.evaluation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ruralwater.core.wording.Labels;
import org.ruralwater.core.wording.Phrase;
import org.ruralwater.qualityrules.sample.Determination;
import org.ruralwater.qualityrules.sample.Sample;
import org.ruralwater.qualityrules.standard.Rules;
import org.ruralwater.qualityrules.standard.Standard;
import org.ruralwater.qualityrules.wording.QualityWords;

/**
 * GB 5749-2022 Table 2 note: where ClO₂ and chlorine generators disinfect, both disinfectants must be within
 * their limits and at least one must reach its minimum residual at the point. A disinfectant rule marked
 * {@code any_residual} is this note; each determination is then held to its maximum only, and the sample
 * to this rule over all of them.
 */
final class Table2NoteGenerators {

    private final Standard standard;
    private final Table2Residuals table2;

    Table2NoteGenerators(Standard standard, Table2Residuals table2) {
        this.standard = standard;
        this.table2 = table2;
    }

    /** Adds a RULE finding when no disinfectant is shown to reach its residual, if the rule is this note. */
    void addTo(Rules.Disinfectant rule, Sample sample, List<Finding> findings) {
        if (!rule.anyResidual()) {
            return;
        }
        Verdict best = Verdict.FAIL;
        List<String> seen = new ArrayList<>();
        for (String code : rule.indicators()) {
            Optional<Determination> d = sample.determination(code);
            Optional<BigDecimal> min = table2.minimum(code, sample.point());
            if (d.isEmpty() || min.isEmpty()) {
                best = best == Verdict.PASS ? best : Verdict.INDETERMINATE;
                continue;
            }
            Bounds b = Bounds.of(d.get(), standard.indicator(code).orElseThrow());
            Verdict v = b instanceof Bounds.Between between ? between.againstMin(min.get()) : Verdict.INDETERMINATE;
            seen.add(code + " " + d.get().result() + " (≥ " + min.get().toPlainString() + ")");
            if (v == Verdict.PASS) {
                best = Verdict.PASS;
            } else if (v == Verdict.INDETERMINATE && best == Verdict.FAIL) {
                best = Verdict.INDETERMINATE;
            }
        }
        if (best != Verdict.PASS) {
            findings.add(new Finding(
                    Finding.Kind.RULE,
                    String.join(";", rule.indicators()),
                    best,
                    Phrase.of(
                            QualityWords.NO_RESIDUAL_MET,
                            Labels.codeOrLabel(sample.point(), sample.point().code()),
                            String.join(", ", seen)),
                    rule.clause()));
        }
    }
}
