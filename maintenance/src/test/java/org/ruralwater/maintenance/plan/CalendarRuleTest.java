package org.ruralwater.maintenance.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CalendarRuleTest {

    private static LocalDate d(String text) {
        return LocalDate.parse(text);
    }

    @Test
    void theThirtyFirstOfEachMonthSkipsTheShorterMonthsAsRfc5545Says() {
        CalendarRule rule = CalendarRule.parse("FREQ=MONTHLY;BYMONTHDAY=31");

        assertThat(rule.between(d("2026-01-31"), d("2026-01-01"), d("2026-06-30")))
                .containsExactly(d("2026-01-31"), d("2026-03-31"), d("2026-05-31"));
    }

    @Test
    void skipBackwardFallsOnTheLastDayOfAShorterMonth() {
        CalendarRule rule = CalendarRule.parse("RRULE:RSCALE=GREGORIAN;FREQ=MONTHLY;SKIP=BACKWARD");

        assertThat(rule.between(d("2026-01-31"), d("2026-01-01"), d("2026-04-30")))
                .containsExactly(d("2026-01-31"), d("2026-02-28"), d("2026-03-31"), d("2026-04-30"));
    }

    @Test
    void sixMonthsAfterTheThirtyFirstOfAugustIsAFullYearLaterUnlessTheRuleSkipsBackward() {
        // Why the bundled catalogue writes its month intervals with SKIP=BACKWARD: a tank cleaned on 31 August
        // would otherwise next be due a year later, as 31 February does not exist.
        assertThat(CalendarRule.parse("FREQ=MONTHLY;INTERVAL=6").firstAfter(d("2026-08-31")))
                .contains(d("2027-08-31"));
        assertThat(CalendarRule.parse("RSCALE=GREGORIAN;FREQ=MONTHLY;INTERVAL=6;SKIP=BACKWARD")
                        .firstAfter(d("2026-08-31")))
                .contains(d("2027-02-28"));
    }

    @Test
    void theTwentyNinthOfFebruaryRecursInLeapYearsOnlyOrOnTheTwentyEighthWhenSkippingBackward() {
        assertThat(CalendarRule.parse("FREQ=YEARLY").firstAfter(d("2024-02-29")))
                .contains(d("2028-02-29"));
        assertThat(CalendarRule.parse("RSCALE=GREGORIAN;FREQ=YEARLY;SKIP=BACKWARD")
                        .between(d("2024-02-29"), d("2025-01-01"), d("2028-12-31")))
                .containsExactly(d("2025-02-28"), d("2026-02-28"), d("2027-02-28"), d("2028-02-29"));
    }

    @Test
    void aHorizonLongAfterTheStartIsReachedWithoutListingTheYearsBetween() {
        CalendarRule daily = CalendarRule.parse("FREQ=DAILY");

        assertThat(daily.between(d("1990-01-01"), d("2026-11-23"), d("2026-11-25")))
                .containsExactly(d("2026-11-23"), d("2026-11-24"), d("2026-11-25"));
    }

    @Test
    void aFiniteRuleEnds() {
        CalendarRule twice = CalendarRule.parse("FREQ=WEEKLY;COUNT=2");

        assertThat(twice.between(d("2026-11-02"), d("2026-11-01"), d("2026-12-31")))
                .containsExactly(d("2026-11-02"), d("2026-11-09"));
        assertThat(CalendarRule.parse("FREQ=WEEKLY;COUNT=1").firstAfter(d("2026-11-09")))
                .as("a one-off rule has no date after its start")
                .isEmpty();
    }

    @Test
    void aMalformedRuleIsRefusedWithItsText() {
        assertThatThrownBy(() -> CalendarRule.parse("FREQ=FORTNIGHTLY"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not an RFC 5545 recurrence rule: \"FREQ=FORTNIGHTLY\"");
        assertThatThrownBy(() -> CalendarRule.parse(" ")).hasMessageContaining("Maybe FREQ=MONTHLY;INTERVAL=6?");
    }

    @Test
    void rulesAreEqualByTheirText() {
        assertThat(CalendarRule.parse("RRULE:FREQ=DAILY"))
                .isEqualTo(CalendarRule.parse("FREQ=DAILY"))
                .hasSameHashCodeAs(CalendarRule.parse("FREQ=DAILY"))
                .hasToString("FREQ=DAILY")
                .isNotEqualTo(CalendarRule.parse("FREQ=WEEKLY"));
    }
}
