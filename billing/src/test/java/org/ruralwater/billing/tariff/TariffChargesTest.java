package org.ruralwater.billing.tariff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.ruralwater.core.suggestion.UnknownIdException;

class TariffChargesTest {

    @Test
    void everyBundledTariffDescribesEachOfItsChargesInWords() {
        Tariffs all = Tariffs.bundled();
        for (String id : all.ids()) {
            for (Tariff t : all.versions(id)) {
                assertThat(t.charges())
                        .as(id)
                        .isNotEmpty()
                        .allSatisfy(c -> assertThat(c.terms()).doesNotContain("Optional", "[", "{"));
                assertThat(t.confidence()).isIn("high", "medium", "low", "illustrative");
            }
        }
    }

    @Test
    void aQuotaSurchargeNamesItsStepsAndAVolumetricChargeItsPrice() {
        Tariff t = Tariffs.bundled().versions("EXAMPLE-NON-RESIDENTIAL-QUOTA").get(0);

        assertThat(t.charges())
                .extracting(Tariff.Charge::terms)
                .containsExactly(
                        "volumetric: 5.2 per m³",
                        "quota surcharge on 2.9 per m³ over the account's quota: up to 20% over ×1, up to 30% over"
                                + " ×2, beyond ×3");
    }

    @Test
    void anUnknownTariffNamesTheClosestKnownOne() {
        assertThatThrownBy(() -> Tariffs.bundled().versions("CN-JS-JIANGDU-RURAL-RESIDENTAL"))
                .isInstanceOfSatisfying(
                        UnknownIdException.class,
                        e -> assertThat(e.closest()).containsExactly("CN-JS-JIANGDU-RURAL-RESIDENTIAL"));
    }
}
