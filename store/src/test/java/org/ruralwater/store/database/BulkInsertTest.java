package org.ruralwater.store.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class BulkInsertTest {

    private static String csv(Object value) {
        StringBuilder text = new StringBuilder();
        BulkInsert.appendCsv(text, value);
        return text.toString();
    }

    @Test
    void aNullIsNothingAndAnEmptyStringIsQuoted() {
        assertThat(csv(null)).isEmpty();
        assertThat(csv("")).isEqualTo("\"\"");
    }

    @Test
    void quotesInAStringAreDoubledWhereverTheyStand() {
        assertThat(csv("{\"id\":\"A\"}")).isEqualTo("\"{\"\"id\"\":\"\"A\"\"}\"");
        assertThat(csv("\"")).isEqualTo("\"\"\"\"");
        assertThat(csv("a,b\nc")).isEqualTo("\"a,b\nc\"");
    }

    @Test
    void datesNumbersAndTimesKeepTheirTextForm() {
        assertThat(csv(LocalDate.of(2015, 5, 1))).isEqualTo("2015-05-01");
        assertThat(csv(42)).isEqualTo("42");
        assertThat(csv(7L)).isEqualTo("7");
        assertThat(csv(Timestamp.valueOf(LocalDateTime.of(2026, 12, 1, 9, 30, 5, 120_000_000))))
                .isEqualTo("2026-12-01T09:30:05.120");
    }

    @Test
    void aRowOfTheWrongWidthIsRefused() {
        assertThatThrownBy(() -> BulkInsert.into("reading", "meter", "read_on").row("M1"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2 values, not 1");
    }
}
