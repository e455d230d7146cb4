package org.ruralwater.core.datafile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.ruralwater.core.calendar.Period;
import org.ruralwater.core.money.Money;

/** Every kind of value the readers convert, read from CSV, and the message each gives for bad text. */
class ValueTypesTest {

    record Everything(
            long count,
            boolean flag,
            BigDecimal rate,
            LocalDateTime sampledAt,
            LocalTime opensAt,
            OffsetDateTime reportedAt,
            Instant receivedAt,
            YearMonth month,
            Currency currency,
            Money price,
            Period period) {}

    private static final String HEADER =
            "count,flag,rate,sampled_at,opens_at,reported_at,received_at,month,currency,price,period\n";

    private static List<Everything> read(String row) {
        return CsvReader.forRecord(Everything.class)
                .read("e.csv", new ByteArrayInputStream((HEADER + row).getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void readsEachKindOfValue() {
        Everything e = read("12, TRUE ,0.005,2026-03-01 08:30,07:00,2026-03-01T08:30+08:00,2026-03-01T00:30:00Z,"
                        + "2026-03,CNY,CNY 2.85,2026-Q1\n")
                .get(0);
        assertThat(e.count()).isEqualTo(12L);
        assertThat(e.flag()).isTrue();
        assertThat(e.rate()).isEqualByComparingTo("0.005");
        assertThat(e.sampledAt()).isEqualTo(LocalDateTime.of(2026, 3, 1, 8, 30));
        assertThat(e.opensAt()).isEqualTo(LocalTime.of(7, 0));
        assertThat(e.reportedAt().toInstant()).isEqualTo(e.receivedAt());
        assertThat(e.month()).isEqualTo(YearMonth.of(2026, 3));
        assertThat(e.currency()).isEqualTo(Currency.getInstance("CNY"));
        assertThat(e.price()).isEqualTo(Money.of("CNY", "2.85"));
        assertThat(e.period()).isEqualTo(Period.quarter(2026, 1));
    }

    @Test
    void eachKindNamesWhatItExpected() {
        Map<String, String> expected = Map.ofEntries(
                Map.entry("count", "expected a whole number"),
                Map.entry("flag", "expected true or false"),
                Map.entry("rate", "expected a decimal number"),
                Map.entry("sampled_at", "expected a date and time as YYYY-MM-DDTHH:MM[:SS]"),
                Map.entry("opens_at", "expected a time as HH:MM[:SS]"),
                Map.entry("reported_at", "expected a date, time and offset such as 2026-03-01T08:30+08:00"),
                Map.entry("received_at", "expected an instant such as 2026-03-01T00:30:00Z"),
                Map.entry("month", "expected a month as YYYY-MM"),
                Map.entry("currency", "expected an ISO 4217 currency code such as CNY"),
                Map.entry("price", "expected a money (money must be written as a currency code"),
                Map.entry("period", "expected a period (\"x\" is not a period"));
        assertThatThrownBy(() -> read("x,x,x,x,x,x,x,x,x,x,x\n"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.problems()).hasSize(expected.size());
                    for (Problem p : e.problems()) {
                        assertThat(p.toString()).as(p.field()).contains(expected.get(p.field()));
                    }
                });
    }

    record Unreadable(Object anything) {}

    record Nested(Everything inner) {}

    @Test
    void aTypeTheReadersCannotReadIsTheCallersMistake() {
        assertThatThrownBy(() -> CsvReader.forRecord(Unreadable.class))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Maybe give the type a public static parse(String) method");
        assertThatThrownBy(() -> CsvReader.forRecord(Nested.class)).hasMessageContaining("a flat CSV row cannot hold");
    }

    @Test
    void theMessageListsAtMostFiftyProblemsButTheExceptionHoldsThemAll() {
        StringBuilder rows = new StringBuilder();
        for (int i = 0; i < 60; i++) {
            rows.append(
                    "x,true,1,2026-03-01T08:30,07:00,2026-03-01T08:30+08:00,2026-03-01T00:30:00Z,2026-03,CNY,CNY 1.00,2026\n");
        }
        assertThatThrownBy(() -> read(rows.toString())).isInstanceOfSatisfying(InvalidInputException.class, e -> {
            assertThat(e.problems()).hasSize(60);
            assertThat(e.getMessage()).startsWith("60 problems in the input:").endsWith("… and 10 more");
        });
    }
}
