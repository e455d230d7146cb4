package org.ruralwater.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PeriodTest {

    @ParameterizedTest
    @CsvSource({
        "2026-02, 2026-02-01, 2026-02-28, 28",
        "2028-02, 2028-02-01, 2028-02-29, 29",
        "2026-Q1, 2026-01-01, 2026-03-31, 90",
        "2028-Q1, 2028-01-01, 2028-03-31, 91",
        "2026-Q4, 2026-10-01, 2026-12-31, 92",
        "2026, 2026-01-01, 2026-12-31, 365",
        "2028, 2028-01-01, 2028-12-31, 366",
        "2026-01-30..2026-02-02, 2026-01-30, 2026-02-02, 4"
    })
    void eachFormHasItsDaysBothEndsIncluded(String text, LocalDate start, LocalDate end, long days) {
        Period p = Period.parse(text);
        assertThat(p.start()).isEqualTo(start);
        assertThat(p.end()).isEqualTo(end);
        assertThat(p.days()).isEqualTo(days);
        assertThat(p.dates().count()).isEqualTo(days);
        assertThat(p).hasToString(text);
        assertThat(Period.parse(p.toString())).isEqualTo(p);
    }

    @Test
    void monthsStepAcrossYearEnds() {
        assertThat(Period.month(2025, 12).next()).isEqualTo(Period.month(2026, 1));
        assertThat(Period.month(2026, 1).previous()).isEqualTo(Period.month(2025, 12));
    }

    @Test
    void intersectionIsTheSharedDays() {
        assertThat(Period.month(2026, 3).intersection(Period.parse("2026-03-25..2026-04-05")))
                .contains(Period.parse("2026-03-25..2026-03-31"));
        assertThat(Period.month(2026, 3).intersection(Period.month(2026, 4))).isEmpty();
        assertThat(Period.quarter(2026, 1).contains(LocalDate.of(2026, 3, 31))).isTrue();
        assertThat(Period.quarter(2026, 1).contains(LocalDate.of(2026, 4, 1))).isFalse();
    }

    @Test
    void badTextIsRefusedWithTheFormsExpected() {
        assertThatThrownBy(() -> Period.parse("March 2026")).hasMessageContaining("2026-Q1 (quarter)");
        assertThatThrownBy(() -> Period.parse("2026-13")).hasMessageContaining("not a valid period");
        assertThatThrownBy(() -> Period.parse("2026-03-05..2026-03-01")).hasMessageContaining("cannot end");
        assertThatThrownBy(() -> Period.quarter(2026, 5)).hasMessageContaining("a quarter is 1 to 4");
    }
}
