package org.ruralwater.cliapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BillingCommandsTest {

    @Test
    void aQuoteListsTheLinesAndTheTotal() {
        Run r = Run.of(
                "billing",
                "quote",
                "--tariff",
                "CN-JS-JIANGDU-RURAL-RESIDENTIAL",
                "--consumption",
                "12",
                "--period",
                "2015-05",
                "--format",
                "csv");

        assertThat(r.code()).isZero();
        assertThat(r.out()).startsWith("component,description,quantity,unit_price,amount\n");
        assertThat(r.out().lines().reduce((a, b) -> b).orElseThrow())
                .startsWith("total,\"tariff CN-JS-JIANGDU-RURAL-RESIDENTIAL, 2015-05\",,,");
    }

    @Test
    void anUnknownTariffOrABadTariffFileIsBadInput(@TempDir Path dir) throws Exception {
        Run unknown = Run.of("billing", "quote", "--tariff", "NOPE", "--consumption", "1", "--period", "2015-05");
        Path bad = dir.resolve("tariff.json");
        Files.writeString(bad, "{\"id\": 3}");
        Run broken = Run.of("billing", "quote", "--tariff", bad.toString(), "--consumption", "1");

        assertThat(unknown.code()).isEqualTo(3);
        assertThat(unknown.err()).contains("no tariff NOPE");
        assertThat(broken.code()).isEqualTo(3);
        assertThat(broken.err()).contains("tariff.json:1:");
        assertThat(Run.of("billing", "quote", "--tariff", "X").code()).isEqualTo(2);
    }

    @Test
    void aQuoteForAnImpossibleUseOrHouseholdIsAUsageErrorNamingTheOptionAndItsRange() {
        Run huge = Run.of("billing", "quote", "--tariff", "CN-JS-JIANGDU-RURAL-RESIDENTIAL", "--consumption", "1e400");
        Run negative = Run.of("billing", "quote", "--tariff", "CN-JS-JIANGDU-RURAL-RESIDENTIAL", "--consumption", "-3");
        Run crowd = Run.of(
                "billing",
                "quote",
                "--tariff",
                "CN-JS-JIANGDU-RURAL-RESIDENTIAL",
                "--consumption",
                "3",
                "--household-size",
                "60");

        assertThat(huge.code()).isEqualTo(2);
        assertThat(huge.err())
                .startsWith("ruralwater billing quote: --consumption: expected a decimal number from 0 to 1000000000"
                        + " m³, found \"1E+400\"");
        assertThat(negative.err()).contains("--consumption: expected a decimal number from 0 to 1000000000 m³");
        assertThat(crowd.code()).isEqualTo(2);
        assertThat(crowd.err()).contains("--household-size: expected a whole number from 1 to 50, found \"60\"");
    }
}
