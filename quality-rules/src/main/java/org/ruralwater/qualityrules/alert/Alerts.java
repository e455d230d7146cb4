package org.ruralwater.qualityrules.alert;

import static java.util.Objects.requireNonNull;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.ruralwater.core.wording.Labels;
import org.ruralwater.core.wording.Phrase;
import org.ruralwater.core.works.WorksId;
import org.ruralwater.qualityrules.compliance.Rate;
import org.ruralwater.qualityrules.evaluation.DeterminationVerdict;
import org.ruralwater.qualityrules.evaluation.Evaluator;
import org.ruralwater.qualityrules.evaluation.Finding;
import org.ruralwater.qualityrules.evaluation.SampleVerdict;
import org.ruralwater.qualityrules.evaluation.Verdict;
import org.ruralwater.qualityrules.sample.Sample;
import org.ruralwater.qualityrules.standard.Category;
import org.ruralwater.qualityrules.standard.Indicator;
import org.ruralwater.qualityrules.wording.QualityWords;

/** Turns evaluated samples into alerts, as of a given time (the caller's clock, never the system's). */
public final class Alerts {

    private final Evaluator evaluator;
    private final AlertPolicy policy;

    private Alerts(Evaluator evaluator, AlertPolicy policy) {
        this.evaluator = evaluator;
        this.policy = policy;
    }

    public static Alerts of(Evaluator evaluator, AlertPolicy policy) {
        return new Alerts(requireNonNull(evaluator, "evaluator"), requireNonNull(policy, "policy"));
    }

    /**
     * The alerts of the samples: one per exceedance and per low residual, and one per works whose pass rate
     * over the window ending at {@code asOf} is below the target. Sorted by due time, then works and subject.
     */
    public List<Alert> raise(List<Sample> samples, LocalDateTime asOf) {
        requireNonNull(samples, "samples");
        requireNonNull(asOf, "asOf");
        List<Alert> alerts = new ArrayList<>();
        Map<WorksId, long[]> window = new TreeMap<>();
        LocalDateTime from = asOf.minusDays(policy.rollingWindowDays());
        for (Sample s : samples) {
            SampleVerdict v = evaluator.evaluate(s);
            for (DeterminationVerdict d : v.determinations()) {
                if (d.verdict() != Verdict.FAIL) {
                    continue;
                }
                boolean lowResidual = evaluator
                                        .standard()
                                        .indicator(d.indicator())
                                        .map(Indicator::category)
                                        .orElse(null)
                                == Category.DISINFECTANT
                        && d.why().key() == QualityWords.BELOW;
                alerts.add(
                        lowResidual
                                ? lowResidual(
                                        s,
                                        d.indicator(),
                                        Phrase.of(QualityWords.RESULT_BECAUSE, d.result(), d.why(), d.heldTo()),
                                        d.clause())
                                : repeat(s, d));
            }
            for (Finding f : v.findings()) {
                if (f.kind() == Finding.Kind.RULE && f.verdict() == Verdict.FAIL) {
                    alerts.add(lowResidual(s, f.subject(), f.wording(), f.clause()));
                }
            }
            if (s.works().isPresent()
                    && s.sampledAt().isPresent()
                    && !s.sampledAt().get().isBefore(from)
                    && !s.sampledAt().get().isAfter(asOf)) {
                long[] n = window.computeIfAbsent(s.works().get(), k -> new long[2]);
                n[1]++;
                if (v.verdict() == Verdict.PASS) {
                    n[0]++;
                }
            }
        }
        window.forEach((works, n) -> {
            Rate rate = new Rate(n[0], n[1]);
            if (n[1] >= policy.minimumSamples() && !rate.meets(policy.targetPercent())) {
                alerts.add(new Alert(
                        Alert.Kind.PASS_RATE_BELOW_TARGET,
                        Optional.of(works),
                        Optional.empty(),
                        works.value(),
                        Phrase.of(
                                QualityWords.PASS_RATE_ALERT,
                                works,
                                rate,
                                policy.rollingWindowDays(),
                                asOf.toLocalDate(),
                                policy.targetPercent().toPlainString()),
                        Optional.of(asOf),
                        policy.source()));
            }
        });
        alerts.sort(Comparator.comparing((Alert a) -> a.dueBy().orElse(LocalDateTime.MAX))
                .thenComparing(a -> a.works().map(WorksId::value).orElse(""))
                .thenComparing(Alert::subject));
        return List.copyOf(alerts);
    }

    private Alert repeat(Sample s, DeterminationVerdict d) {
        return new Alert(
                Alert.Kind.REPEAT_SAMPLING,
                s.works(),
                Optional.of(s.id()),
                d.indicator(),
                Phrase.of(
                        QualityWords.REPEAT_SAMPLING_ALERT,
                        // The standard's own name of the indicator in the reader's language (砷, arsenic).
                        evaluator
                                .standard()
                                .indicator(d.indicator())
                                .map(i -> Phrase.named(i.nameZh(), i.nameEn()))
                                .orElse(Phrase.verbatim(d.indicator())),
                        d.result(),
                        Labels.codeOrLabel(s.point(), s.point().code()),
                        d.why(),
                        d.heldTo(),
                        policy.repeatSamplingHours()),
                s.sampledAt().map(t -> t.plusHours(policy.repeatSamplingHours())),
                d.clause() + "; " + policy.source());
    }

    private Alert lowResidual(Sample s, String subject, Phrase what, String clause) {
        return new Alert(
                Alert.Kind.LOW_RESIDUAL,
                s.works(),
                Optional.of(s.id()),
                subject,
                Phrase.of(
                        QualityWords.LOW_RESIDUAL_ALERT,
                        Labels.codeOrLabel(s.point(), s.point().code()),
                        what,
                        policy.residualCheckHours()),
                s.sampledAt().map(t -> t.plusHours(policy.residualCheckHours())),
                clause + "; " + policy.source());
    }
}
