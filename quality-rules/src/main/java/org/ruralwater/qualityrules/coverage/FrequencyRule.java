package org.ruralwater.qualityrules.coverage;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;
import org.ruralwater.core.works.ScaleClass;
import org.ruralwater.core.works.SourceType;
import org.ruralwater.core.works.SupplyKind;
import org.ruralwater.core.works.SupplyWorks;
import org.ruralwater.qualityrules.sample.SamplingPoint;
import org.ruralwater.qualityrules.standard.Confidence;

/**
 * A minimum sampling frequency: works of these kinds, classes and sources must have {@code samples} samples at
 * the point, each determining every indicator listed, in each window of the cadence.
 *
 * @param supplyKinds the works kinds the rule covers; empty for all
 * @param scaleClasses the scale classes it covers; empty for all, including works below class V
 * @param sourceTypes the source types it covers; empty for all
 * @param indicators indicator codes; {@code disinfectant_residual} stands for the residual of the works' own
 *     disinfection method under the standard's Table 2 rules
 * @param months the months of the year the window is limited to (a season); empty for the whole cadence
 */
public record FrequencyRule(
        String id,
        List<SupplyKind> supplyKinds,
        List<ScaleClass> scaleClasses,
        List<SourceType> sourceTypes,
        SamplingPoint point,
        List<String> indicators,
        Cadence cadence,
        int samples,
        Optional<List<Integer>> months,
        Confidence confidence,
        String source) {

    /** The placeholder for the residual of a works' own disinfectant. */
    public static final String DISINFECTANT_RESIDUAL = "disinfectant_residual";

    public FrequencyRule {
        requireNonNull(id, "id");
        supplyKinds = List.copyOf(supplyKinds);
        scaleClasses = List.copyOf(scaleClasses);
        sourceTypes = List.copyOf(sourceTypes);
        requireNonNull(point, "point");
        indicators = List.copyOf(indicators);
        requireNonNull(cadence, "cadence");
        requireNonNull(months, "months");
        requireNonNull(confidence, "confidence");
        requireNonNull(source, "source");
        if (samples < 1) {
            throw new IllegalArgumentException("rule " + id + " must require at least one sample, not " + samples);
        }
        if (months.isPresent()) {
            if (cadence != Cadence.YEAR) {
                throw new IllegalArgumentException("rule " + id + ": months limit a yearly cadence only");
            }
            List<Integer> m = months.get();
            for (int i = 0; i < m.size(); i++) {
                if (m.get(i) < 1 || m.get(i) > 12 || (i > 0 && m.get(i) != m.get(i - 1) + 1)) {
                    throw new IllegalArgumentException(
                            "rule " + id + ": months must be consecutive, 1 to 12, but were " + m);
                }
            }
            if (m.isEmpty()) {
                throw new IllegalArgumentException("rule " + id + ": months, when given, cannot be empty");
            }
        }
    }

    /** Whether the rule covers the works. */
    public boolean covers(SupplyWorks works) {
        if (!supplyKinds.isEmpty() && !supplyKinds.contains(works.kind())) {
            return false;
        }
        if (!scaleClasses.isEmpty()
                && works.scaleClass().map(c -> !scaleClasses.contains(c)).orElse(true)) {
            return false;
        }
        return sourceTypes.isEmpty() || sourceTypes.contains(works.source());
    }
}
