package org.ruralwater.cliapp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** `billing quote --period` takes any period, and an option the tariff does not read is said so. */
class QuotePeriodTest {

    private static String total(Run r) {
        return r.out().lines().reduce((a, b) -> b).orElseThrow();
    }

    @Test
    void aQuarterOnAMonthlyTieredTariffHasThreeMonthsOfEachTier() {
        // Jinping: 16 m³ a month at 4.20, to 25 at 5.65, above at 7.10; a quarter's first tier is 48 m³.
        Run r = Run.of(
                "billing",
                "quote",
                "--tariff",
                "CN-YN-JINPING-RESIDENTIAL",
                "--consumption",
                "50",
                "--period",
                "2026-Q1",
                "--format",
                "csv");

        assertThat(r.code()).isZero();
        assertThat(r.out())
                .contains("0–48 m³ for 3 month(s)),48,4.20,CNY 201.60")
                .contains("48–75 m³ for 3 month(s)),2,");
        assertThat(total(r)).startsWith("total,\"tariff CN-YN-JINPING-RESIDENTIAL, 2026-Q1\"");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void aYearAndADateRangeAreBillingPeriodsToo() {
        Run year = Run.of(
                "billing",
                "quote",
                "--tariff",
                "CN-SC-LIANGSHAN-VILLAGE",
                "--consumption",
                "42",
                "--period",
                "2021",
                "--format",
                "csv");
        Run range = Run.of(
                "billing",
                "quote",
                "--tariff",
                "CN-JS-JIANGDU-RURAL-RESIDENTIAL",
                "--consumption",
                "7",
                "--period",
                "2015-03-22..2015-04-10",
                "--format",
                "csv");

        assertThat(year.code()).isZero();
        assertThat(total(year)).endsWith("CNY 25.20");
        assertThat(range.code()).isZero();
        assertThat(total(range)).endsWith("CNY 18.90");
    }

    @Test
    void aPeriodThatIsNoneIsAUsageError() {
        Run r = Run.of(
                "billing",
                "quote",
                "--tariff",
                "CN-YN-JINPING-RESIDENTIAL",
                "--consumption",
                "5",
                "--period",
                "2026-13");

        assertThat(r.code()).isEqualTo(ExitCode.USAGE);
        assertThat(r.err()).contains("--period");
    }

    @Test
    void earlierUseOnAMonthlyTariffIsSaidToHaveNoEffect() {
        Run monthly = Run.of(
                "billing",
                "quote",
                "--tariff",
                "CN-YN-JINPING-RESIDENTIAL",
                "--consumption",
                "10",
                "--period",
                "2026-05",
                "--used-earlier",
                "100",
                "--format",
                "csv");
        Run plain = Run.of(
                "billing",
                "quote",
                "--tariff",
                "CN-YN-JINPING-RESIDENTIAL",
                "--consumption",
                "10",
                "--period",
                "2026-05",
                "--format",
                "csv");

        assertThat(monthly.code()).isZero();
        assertThat(monthly.err())
                .isEqualTo("notice: --used-earlier has no effect here: tariff CN-YN-JINPING-RESIDENTIAL has no yearly"
                        + " allowance, so earlier use changes nothing\n");
        assertThat(monthly.out()).isEqualTo(plain.out());
    }

    @Test
    void earlierUseOnAYearlyAllowanceIsTakenWithoutANotice() {
        Run r = Run.of(
                "billing",
                "quote",
                "--tariff",
                "CN-JS-JIANGDU-URBAN-RESIDENTIAL",
                "--consumption",
                "10",
                "--period",
                "2026-12",
                "--used-earlier",
                "210",
                "--household-size",
                "6",
                "--format",
                "csv");

        assertThat(r.code()).isZero();
        assertThat(r.err()).isEmpty();
    }

    @Test
    void aHouseholdSizeNoChargeReadsIsSaidToHaveNoEffect() {
        Run r = Run.of(
                "billing",
                "quote",
                "--tariff",
                "CN-JS-JIANGDU-RURAL-RESIDENTIAL",
                "--consumption",
                "10",
                "--period",
                "2015-05",
                "--household-size",
                "5",
                "--format",
                "csv");

        assertThat(r.code()).isZero();
        assertThat(r.err()).contains("notice: --household-size has no effect here");
    }
}
