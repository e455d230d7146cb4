package org.ruralwater.billing.prepaid;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ruralwater.core.money.Money;

class PrepaidAccountTest {

    private static Money cny(String v) {
        return Money.of("CNY", v);
    }

    private static LocalDateTime day(int d) {
        return LocalDateTime.of(2026, 3, d, 8, 0);
    }

    @Test
    void burnsDownWarnsClosesAtZeroAndReopensOnTopUp() {
        PrepaidAccount a = PrepaidAccount.replay(
                cny("0.00"),
                List.of(
                        new PrepaidEvent.TopUp(day(1), cny("50.00")),
                        new PrepaidEvent.Burn(day(10), cny("35.00")),
                        new PrepaidEvent.Burn(day(20), cny("18.00")),
                        new PrepaidEvent.TopUp(day(21), cny("30.00"))),
                cny("20.00"));
        assertThat(a.notices())
                .extracting(n -> n.kind() + " " + n.at().toLocalDate().getDayOfMonth() + " " + n.balance())
                .containsExactly(
                        "VALVE_OPEN 1 CNY 50.00",
                        "LOW_BALANCE 10 CNY 15.00",
                        "VALVE_CLOSE 20 CNY -3.00",
                        "VALVE_OPEN 21 CNY 27.00");
        assertThat(a.balance()).isEqualTo(cny("27.00"));
        assertThat(a.valveOpen()).isTrue();
    }

    @Test
    void aTopUpThatLeavesTheBalanceAtOrBelowZeroKeepsTheValveShut() {
        PrepaidAccount a = PrepaidAccount.replay(
                cny("10.00"),
                List.of(new PrepaidEvent.Burn(day(5), cny("25.00")), new PrepaidEvent.TopUp(day(6), cny("15.00"))),
                cny("5.00"));
        assertThat(a.valveOpen()).isFalse();
        assertThat(a.balance()).isEqualTo(cny("0.00"));
        assertThat(a.notices())
                .extracting(PrepaidAccount.Notice::kind)
                .containsExactly(PrepaidAccount.Notice.Kind.VALVE_CLOSE);
    }

    @Test
    void eventsAreReplayedInTimeOrderWhateverOrderTheyArrive() {
        List<PrepaidEvent> events =
                List.of(new PrepaidEvent.Burn(day(10), cny("35.00")), new PrepaidEvent.TopUp(day(1), cny("50.00")));
        assertThat(PrepaidAccount.replay(cny("0.00"), events, cny("20.00")).balance())
                .isEqualTo(cny("15.00"));
    }
}
