package org.ruralwater.cliapp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every id a command takes can be listed, and an unknown one is answered with the closest known ones. */
class IdListingsTest {

    @Test
    void standardListNamesEveryStandardWithItsShortNamesAndSource() {
        Run r = Run.of("standard", "list", "--format", "csv");

        assertThat(r.code()).isZero();
        assertThat(r.out())
                .startsWith(
                        "id,short_names,title,jurisdiction,based_on,effective_from,effective_to,indicators,source\n");
        assertThat(r.out())
                .contains("\nGB5749-2022,GB,", "\nWHO-GDWQ-2022,WHO,", "\nUS-EPA-NPDWR,EPA,", "\nEU-2020-2184,EU,");
        assertThat(r.out()).contains("GB5749-2006");
    }

    @Test
    void standardListIsAlsoUnderQuality() {
        assertThat(Run.of("quality", "standard", "list", "--format", "csv").out())
                .isEqualTo(Run.of("standard", "list", "--format", "csv").out());
    }

    @ParameterizedTest
    @ValueSource(strings = {"table", "csv", "json"})
    void everyListingWritesEveryFormat(String format) {
        for (String[] command : new String[][] {
            {"standard", "list"}, {"billing", "tariffs"}, {"assurance", "rule-sets"}, {"maintenance", "catalogue"}
        }) {
            String[] args = new String[command.length + 2];
            System.arraycopy(command, 0, args, 0, command.length);
            args[command.length] = "--format";
            args[command.length + 1] = format;
            Run r = Run.of(args);
            assertThat(r.code()).as(String.join(" ", command)).isZero();
            assertThat(r.out()).as(String.join(" ", command)).isNotBlank();
            if (format.equals("json")) {
                assertThat(r.out()).startsWith("[");
            }
        }
    }

    @Test
    void theShortNamesWorkWhereverAStandardIdIsTaken() {
        Run shortName = Run.of("standard", "show", "who", "--format", "csv");
        Run full = Run.of("standard", "show", "WHO-GDWQ-2022", "--format", "csv");
        Run diff = Run.of("standard", "diff", "EU", "GB", "--format", "csv");

        assertThat(shortName.code()).isZero();
        assertThat(shortName.out()).isEqualTo(full.out());
        assertThat(diff.code()).isZero();
        assertThat(diff.out()).startsWith("code,name_zh,change,EU-2020-2184,GB5749-2022\n");
    }

    @Test
    void anUnknownStandardIsBadInputAnsweredWithTheClosestKnownOnes() {
        Run r = Run.of("standard", "show", "GB5749-2O22");

        assertThat(r.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(r.err())
                .contains("no standard GB5749-2O22 (known: GB5749-2022, ")
                .contains("Maybe \"GB5749-2022\"");
    }

    @Test
    void billingTariffsListsEveryVersionWithItsSource() {
        Run r = Run.of("billing", "tariffs", "--format", "csv");

        assertThat(r.code()).isZero();
        assertThat(r.out()).startsWith("id,title,category,effective_from,effective_to,confidence,charges,source\n");
        assertThat(r.out().lines().filter(l -> l.startsWith("CN-JS-JIANGDU-RURAL-RESIDENTIAL,")))
                .hasSize(2);
        assertThat(r.out()).contains("EXAMPLE-NON-RESIDENTIAL-QUOTA,").contains(",illustrative,");
    }

    @Test
    void billingTariffsShowGivesEachChargeItsTerms() {
        Run r = Run.of("billing", "tariffs", "show", "EXAMPLE-NON-RESIDENTIAL-QUOTA", "--format", "csv");

        assertThat(r.code()).isZero();
        assertThat(r.out())
                .startsWith("id,effective_from,effective_to,charge,terms,rounding,confidence\n")
                .contains("volumetric: 5.2 per m³")
                .contains("up to 20% over ×1, up to 30% over ×2, beyond ×3");
    }

    @Test
    void anUnknownTariffIsBadInputAnsweredWithTheClosestKnownOnes() {
        Run r = Run.of("billing", "tariffs", "show", "CN-YN-JINPING-RESIDENTAL");

        assertThat(r.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(r.err())
                .contains("no tariff CN-YN-JINPING-RESIDENTAL (known: ")
                .contains("Maybe \"CN-YN-JINPING-RESIDENTIAL\"");
    }

    @Test
    void assuranceRuleSetsListsRuleSetsAndSchemes() {
        Run r = Run.of("assurance", "rule-sets", "--format", "csv");

        assertThat(r.code()).isZero();
        assertThat(r.out())
                .startsWith("id,kind,title,jurisdiction,based_on,source\n")
                .contains("\nT/CHES 18-2018,safe_water,")
                .contains("\nHENAN-2020,safe_water,")
                .contains("\ncounty-annual-example.json,assessment_scheme,")
                .contains("\nbeibei-works-2022.json,assessment_scheme,");
    }

    @Test
    void assuranceRuleSetsShowGivesARuleSetOrAScheme() {
        Run set = Run.of("assurance", "rule-sets", "show", "HENAN-2020", "--format", "csv");
        Run scheme = Run.of("assurance", "rule-sets", "show", "beibei-works-2022.json", "--format", "csv");

        assertThat(set.code()).isZero();
        assertThat(set.out()).contains("based_on,T/CHES 18-2018");
        assertThat(scheme.code()).isZero();
        assertThat(scheme.out()).contains("scheme_id,BEIBEI-WORKS-2022").contains("\nitems,");
    }

    @Test
    void anUnknownRuleSetIsBadInputAnsweredWithTheClosestKnownOnes() {
        Run show = Run.of("assurance", "rule-sets", "show", "HENAN-2021");
        Run screen = Run.of("assurance", "screen", "--rule-set", "HENAN-2021", "nowhere.csv");

        assertThat(show.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(show.err())
                .contains("no rule set or assessment scheme HENAN-2021")
                .contains("Maybe \"HENAN-2020\"");
        assertThat(Run.of("assurance", "assess", "--scheme", "county-annual.json", "--inputs", "x.csv")
                        .err())
                .contains("Maybe \"county-annual-example.json\"");
        assertThat(screen.code()).isEqualTo(ExitCode.BAD_INPUT);
    }

    @Test
    void maintenanceCatalogueListsPlansAndMeterRules() {
        Run r = Run.of("maintenance", "catalogue", "--format", "csv");

        assertThat(r.code()).isZero();
        assertThat(r.out())
                .startsWith("id,kind,title,asset_types,scale_classes,interval,season,confidence,source\n")
                .contains("\ntank-cleaning,plan,")
                .contains(",meter_rule,");
    }

    @Test
    void maintenanceCatalogueShowGivesAPlanAndAnswersAnUnknownOne() {
        Run plan = Run.of("maintenance", "catalogue", "show", "tank-cleaning", "--format", "csv");
        Run unknown = Run.of("maintenance", "catalogue", "show", "tank-cleanin");

        assertThat(plan.code()).isZero();
        assertThat(plan.out()).contains("asset_types,clear_water_tank;high_level_tank;cistern");
        assertThat(unknown.code()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(unknown.err()).contains("no catalogue plan tank-cleanin").contains("Maybe \"tank-cleaning\"");
    }
}
