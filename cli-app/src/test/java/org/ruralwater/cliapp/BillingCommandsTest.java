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
}
