package org.ruralwater.cliapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.ruralwater.billing.tariff.Tariffs;

class GroupCommandsTest {

    @ParameterizedTest(name = "{0} without a subcommand prints its usage")
    @ValueSource(strings = {"quality", "standard", "billing", "maintenance", "assurance"})
    void aGroupWithoutASubcommandPrintsItsUsage(String group) {
        Run r = Run.of(group);

        assertThat(r.code()).isZero();
        assertThat(r.out()).startsWith("Usage: ruralwater " + group);
    }

    @ParameterizedTest(name = "{0} --help has examples")
    @ValueSource(
            strings = {
                "demo",
                "quality evaluate",
                "quality rates",
                "quality coverage",
                "standard show",
                "standard diff",
                "billing quote",
                "billing run",
                "billing arrears",
                "billing collection-rate",
                "maintenance generate",
                "maintenance schedule",
                "maintenance ical",
                "maintenance breaches",
                "assurance screen",
                "assurance problems",
                "assurance assess",
                "assurance distribute"
            })
    void everyCommandsHelpShowsAnExample(String command) {
        String[] args = (command + " --help").split(" ");

        Run r = Run.of(args);

        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("Example").contains("ruralwater " + command);
    }

    @Test
    void aTariffFileIsQuotedByItsOwnId(@TempDir Path dir) throws Exception {
        Path copy = dir.resolve("jinping.json");
        try (var in =
                Tariffs.class.getResourceAsStream("/org/ruralwater/billing/tariff/jinping-2021-residential.json")) {
            Files.write(copy, in.readAllBytes());
        }

        Run r = Run.of("billing", "quote", "--tariff", copy.toString(), "--consumption", "5", "--period", "2026-05");

        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("CN-YN-JINPING-RESIDENTIAL, 2026-05");
    }
}
