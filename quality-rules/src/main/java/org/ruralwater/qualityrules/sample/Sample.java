package org.ruralwater.qualityrules.sample;

import static java.util.Objects.requireNonNull;

import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.ruralwater.core.identity.Identifiers;
import org.ruralwater.core.wording.Phrase;
import org.ruralwater.core.works.DisinfectionMethod;
import org.ruralwater.core.works.SupplyKind;
import org.ruralwater.core.works.WorksId;
import org.ruralwater.qualityrules.wording.QualityWords;

/**
 * A water sample and the indicators determined in it.
 *
 * @param id the laboratory's sample number, an identifier as core's are (1 to 64 letters, digits, {@code -},
 *     {@code _} and {@code .})
 * @param sampledAt when the sample was taken; a sample file must give it (the standard in force depends on
 *     the date), a sample built in code may leave it out
 * @param limited whether the supply is limited by its source or treatment, which GB 5749-2022 Table 1 note b
 *     requires before small or dispersed supply may use the relaxed limits
 */
public record Sample(
        String id,
        Optional<WorksId> works,
        SamplingPoint point,
        Optional<LocalDateTime> sampledAt,
        SupplyKind supply,
        boolean limited,
        DisinfectionMethod disinfection,
        List<Determination> determinations) {

    /** The kind of id, as a refusal names it ("sample id", 水样编号). */
    static final Phrase SAMPLE_ID_KIND = Phrase.of(QualityWords.NOUN_SAMPLE_ID);

    public Sample {
        Identifiers.check(SAMPLE_ID_KIND, id);
        requireNonNull(works, "works");
        requireNonNull(point, "point");
        requireNonNull(sampledAt, "sampledAt");
        requireNonNull(supply, "supply");
        requireNonNull(disinfection, "disinfection");
        determinations = List.copyOf(determinations);
        Set<String> seen = new HashSet<>();
        for (Determination d : determinations) {
            if (!seen.add(d.indicator())) {
                throw new IllegalArgumentException("sample " + id + " determines " + d.indicator() + " twice");
            }
        }
    }

    public Optional<Determination> determination(String indicator) {
        return determinations.stream()
                .filter(d -> d.indicator().equals(indicator))
                .findFirst();
    }
}
