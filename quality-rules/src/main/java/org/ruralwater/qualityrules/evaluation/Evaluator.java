package org.ruralwater.qualityrules.evaluation;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ruralwater.core.wording.Phrase;
import org.ruralwater.qualityrules.sample.Determination;
import org.ruralwater.qualityrules.sample.Sample;
import org.ruralwater.qualityrules.standard.Indicator;
import org.ruralwater.qualityrules.standard.Rules;
import org.ruralwater.qualityrules.standard.Standard;
import org.ruralwater.qualityrules.wording.QualityWords;

/**
 * Holds samples to one standard: each determination to its limit, and the sample to the standard's rules
 * (follow-up tests, disinfection by-products, disinfectant residuals, ratio sums).
 *
 * <p>By default a sample must be complete: a determination the rules require for its point, supply and
 * disinfection that is missing makes the sample INDETERMINATE. {@link #asTested()} judges only what was
 * determined and lists what is missing without letting it decide the verdict, for routine daily checks
 * that test a few indicators; but a disinfected sample without its disinfectant residual cannot be judged
 * in either mode (GB 5749-2022 clause 4.2 and Table 2).
 *
 * <p>Residual and by-product rules apply to finished water (outlet, network, tap); network samples are held
 * to the tap residual. Source samples are held to the same limits, since for dispersed supply the source is
 * what people drink, but not to the residual or by-product rules. Contact times in Table 2 need process
 * data a sample does not carry, so they are not checked here.
 *
 * <p>Each rule of the standard is its own class named for its clause (see the module's design decisions);
 * this class only composes them, in the order their findings are listed.
 */
public final class Evaluator {

    private final Standard standard;
    /** Every indicator's limits, built once: every determination needs them. */
    private final Map<String, IndicatorLimits> limits = new HashMap<>();

    private final NoteAFollowUps noteA;
    private final NoteBRelaxedLimits noteB;
    private final NoteCByProducts noteC;
    private final TrihalomethaneRatioSum ratioSum;
    private final Table2Residuals table2;
    private final Table2NoteGenerators table2Generators;

    private Evaluator(Standard standard, Completeness completeness) {
        this.standard = standard;
        this.noteA = new NoteAFollowUps(standard, completeness);
        this.noteB = new NoteBRelaxedLimits(standard);
        this.noteC = new NoteCByProducts(standard, completeness);
        this.ratioSum = new TrihalomethaneRatioSum(standard);
        this.table2 = new Table2Residuals(standard);
        this.table2Generators = new Table2NoteGenerators(standard, table2);
        for (Indicator i : standard.indicators()) {
            limits.put(i.code(), IndicatorLimits.of(i, standard, noteB, table2));
        }
    }

    public static Evaluator of(Standard standard) {
        return new Evaluator(requireNonNull(standard, "standard"), Completeness.REQUIRED);
    }

    /**
     * This evaluator, judging only what was determined: missing by-products and follow-up tests are listed
     * but do not decide. A missing disinfectant residual still leaves the sample INDETERMINATE.
     */
    public Evaluator asTested() {
        return new Evaluator(standard, Completeness.AS_TESTED);
    }

    public Standard standard() {
        return standard;
    }

    public List<SampleVerdict> evaluate(List<Sample> samples) {
        List<SampleVerdict> out = new ArrayList<>(samples.size());
        for (Sample s : samples) {
            out.add(evaluate(s));
        }
        return out;
    }

    public SampleVerdict evaluate(Sample sample) {
        requireNonNull(sample, "sample");
        Map<String, DeterminationVerdict> verdicts = new LinkedHashMap<>();
        List<Finding> findings = new ArrayList<>();
        Rules.Disinfectant disinfectant = table2.ruleFor(sample); // null for source water
        NoteBRelaxedLimits.Use relaxation = noteB.useFor(sample);

        for (Determination d : sample.determinations()) {
            IndicatorLimits l = limits.get(d.indicator());
            if (l == null) {
                verdicts.put(d.indicator(), notRegulated(d));
                continue;
            }
            boolean toResidual = Table2Residuals.holdsToItsMinimum(disinfectant, d.indicator());
            DeterminationVerdict v =
                    l.limitFor(relaxation, toResidual, sample.point()).judge(d);
            verdicts.put(d.indicator(), NoteEGuidanceValues.judge(l.indicator(), v, findings));
        }

        ratioSum.addTo(sample, verdicts);
        if (sample.point().isFinishedWater()) {
            noteC.addMissing(sample, findings);
            if (disinfectant != null) {
                table2.addMissing(disinfectant, sample, findings);
                table2Generators.addTo(disinfectant, sample, findings);
            }
        }
        noteA.addTo(sample, verdicts, findings);

        Verdict overall = Verdict.PASS;
        for (DeterminationVerdict v : verdicts.values()) {
            overall = overall.and(v.verdict());
        }
        for (Finding f : findings) {
            overall = overall.and(f.verdict());
        }
        return new SampleVerdict(sample.id(), standard.id(), overall, List.copyOf(verdicts.values()), findings);
    }

    private DeterminationVerdict notRegulated(Determination d) {
        return new DeterminationVerdict(
                d.indicator(),
                d.result(),
                Verdict.NOT_REGULATED,
                Phrase.of(QualityWords.NO_LIMIT),
                false,
                standard.id(),
                Phrase.of(QualityWords.NO_LIMIT_SET, standard.id(), d.indicator()));
    }
}
