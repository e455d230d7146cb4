package org.ruralwater.billing.collection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.ruralwater.billing.run.Bill;
import org.ruralwater.billing.run.Ledger;
import org.ruralwater.billing.tariff.BillLine;
import org.ruralwater.core.calendar.Period;
import org.ruralwater.core.household.HouseholdId;
import org.ruralwater.core.money.Money;

class DunningLadderTest {

    private static final HouseholdId H = HouseholdId.of("H1");
    private static final Bill MAY = new Bill(
            "INV-MAY",
            Bill.Kind.INVOICE,
            H,
            Period.month(2015, 5),
            "T",
            BigDecimal.TEN,
            List.of(new BillLine("水费", "水费", Optional.empty(), Optional.empty(), Money.of("CNY", "29.00"))),
            Money.of("CNY", "29.00"),
            false,
            List.of(),
            Optional.empty());

    private Receivables.Position position(List<Payment> payments) {
        return Receivables.of(Ledger.of(List.of(MAY)), payments, CollectionPolicy.COMMON, Currency.getInstance("CNY"))
                .position(H);
    }

    @Test
    void eachStepComesOnItsDayAndDisconnectionNeedsItsNoticeFirst() {
        // Due 15 June: notice that day, reminder 30 June, 催款通知单 15 July, disconnection 14 August (notice by 11 August).
        List<DunningLadder.Action> steps =
                DunningLadder.PROVINCIAL.actions(position(List.of()), LocalDate.of(2015, 8, 20));
        assertThat(steps)
                .extracting(a -> a.step().name() + " " + a.on())
                .containsExactly(
                        "payment notice 缴费通知 2015-06-15",
                        "reminder 催缴提醒 2015-06-30",
                        "催款通知单 2015-07-15",
                        "disconnection 停水 2015-08-14");
        assertThat(steps.get(3).noticeBy()).contains(LocalDate.of(2015, 8, 11));
        assertThat(DunningLadder.PROVINCIAL.actions(position(List.of()), LocalDate.of(2015, 7, 1)))
                .hasSize(2);
    }

    @Test
    void aPaidBillStopsTheLadder() {
        Payment paid = Payment.of("P1", H, LocalDate.of(2015, 7, 1), Money.of("CNY", "29.00"));
        assertThat(DunningLadder.PROVINCIAL.actions(position(List.of(paid)), LocalDate.of(2015, 8, 20)))
                .isEmpty();
        assertThat(DunningLadder.PROVINCIAL.restoreWithinHours()).isEqualTo(12);
    }

    @Test
    void stepsMustComeInOrder() {
        assertThatThrownBy(() -> new DunningLadder(
                        List.of(
                                new DunningLadder.Step("b", 30, Optional.empty(), false),
                                new DunningLadder.Step("a", 10, Optional.empty(), false)),
                        12,
                        "test"))
                .hasMessageContaining("in order");
    }
}
