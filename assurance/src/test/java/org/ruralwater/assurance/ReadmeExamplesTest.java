package org.ruralwater.assurance;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.ruralwater.assurance.safewater.Assessment;
import org.ruralwater.assurance.safewater.Grade;
import org.ruralwater.assurance.safewater.Observation;
import org.ruralwater.assurance.safewater.SafeWaterRules;
import org.ruralwater.assurance.safewater.SafetyVerdict;
import org.ruralwater.assurance.safewater.Screening;
import org.ruralwater.assurance.safewater.SupplyCategory;
import org.ruralwater.assurance.safewater.WaterZone;
import org.ruralwater.core.household.Connection;
import org.ruralwater.core.quality.QualityEvidence;
import org.ruralwater.core.region.RegionCode;
import org.ruralwater.core.region.RegionLevel;

/** The assurance example in README.md, word for word. */
class ReadmeExamplesTest {

    @Test
    void assuranceInUse() {
        // A household on a cistern: 40 L a day, an on-site check passed, 15 minutes to fetch, 30 dry days a year.
        Observation household = new Observation(
                "539821101201-0007",
                RegionCode.parse("539821101201"),
                4,
                WaterZone.WATER_RICH,
                Optional.of(new BigDecimal("40")),
                SupplyCategory.DISPERSED,
                QualityEvidence.SENSORY_CHECK_PASSED,
                Connection.NONE,
                false,
                Optional.of(new BigDecimal("15")),
                Optional.empty(),
                Optional.empty(),
                Optional.of(30));
        Assessment a = SafeWaterRules.bundled().evaluate("T/CHES 18-2018", household);
        assertThat(a.quantity()).isEqualTo(Grade.BASICALLY_MET); // 35 ≤ 40 < 60 L
        assertThat(a.verdict()).isEqualTo(SafetyVerdict.BASICALLY_SAFE);
        assertThat(a.passesPovertyCheck()).isTrue();

        // Henan's variant raises the basic quantity floor to 40 L: the same household still passes there.
        assertThat(SafeWaterRules.bundled().evaluate("HENAN-2020", household).quantity())
                .isEqualTo(Grade.BASICALLY_MET);

        // County screening: people by verdict, per township.
        List<Screening.Row> townships = Screening.rollUp(List.of(a), RegionLevel.TOWNSHIP);
        assertThat(townships.get(0).people()).containsEntry(SafetyVerdict.BASICALLY_SAFE, 4L);
    }
}
