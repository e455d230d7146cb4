package org.ruralwater.qualityrules.evaluation;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.ruralwater.core.wording.Labels;
import org.ruralwater.core.wording.Phrase;
import org.ruralwater.core.works.DisinfectionMethod;
import org.ruralwater.qualityrules.sample.Sample;
import org.ruralwater.qualityrules.standard.Standard;
import org.ruralwater.qualityrules.wording.QualityWords;

/**
 * GB 5749-2022 Table 1 note c: the disinfection by-products each method requires in finished water, per
 * method the note names (trihalomethanes and haloacetic acids for liquid chlorine, calcium hypochlorite and
 * chloramine; chlorate too for sodium hypochlorite; bromate for ozone; chlorite for ClO₂; chlorite, chlorate,
 * trihalomethanes and haloacetic acids for ClO₂ and chlorine generators). The lists are the standard's
 * {@code by_products}; a by-product the standard computes, such as the THM ratio sum, is never missing.
 */
final class NoteCByProducts {

    /** The findings for missing by-products, per method: immutable, so shared by every sample. */
    private final Map<DisinfectionMethod, List<Finding>> missing = new EnumMap<>(DisinfectionMethod.class);

    NoteCByProducts(Standard standard, Completeness completeness) {
        for (DisinfectionMethod m : DisinfectionMethod.values()) {
            standard.byProducts(m).ifPresent(rule -> {
                List<Finding> list = new ArrayList<>();
                for (String code : rule.require()) {
                    boolean computed = standard.ratioSums().stream()
                            .anyMatch(r -> r.indicator().equals(code));
                    if (!computed) {
                        list.add(completeness.missing(
                                code,
                                Phrase.of(QualityWords.BY_PRODUCT_REQUIRED, Labels.codeOrLabel(m, m.code())),
                                rule.clause()));
                    }
                }
                missing.put(m, List.copyOf(list));
            });
        }
    }

    /** Adds a finding for each by-product the sample's disinfection requires and the sample lacks. */
    void addMissing(Sample sample, List<Finding> findings) {
        for (Finding f : missing.getOrDefault(sample.disinfection(), List.of())) {
            if (sample.determination(f.subject()).isEmpty()) {
                findings.add(f);
            }
        }
    }
}
