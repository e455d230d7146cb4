package org.ruralwater.billing.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.ruralwater.billing.tariff.BillLine;
import org.ruralwater.core.calendar.Period;
import org.ruralwater.core.household.HouseholdId;
import org.ruralwater.core.money.Money;

/**
 * A ledger holding only its own month's documents and the volumes in force before gives a run the volumes the
 * whole ledger gives: invoices, a corrected month (a credit note and its new invoice), a month cancelled
 * without a new invoice, households with and without documents of the run's month.
 */
class VolumeHistoryTest {

    private static final HouseholdId H1 = HouseholdId.of("H1");
    private static final HouseholdId H2 = HouseholdId.of("H2");
    private static final HouseholdId H3 = HouseholdId.of("H3");

    private static Bill invoice(String id, HouseholdId h, Period p, int m3) {
        Money amount = Money.of("CNY", m3 + ".00");
        return new Bill(
                id,
                Bill.Kind.INVOICE,
                h,
                p,
                "T",
                BigDecimal.valueOf(m3),
                List.of(new BillLine("水费", "水费", Optional.empty(), Optional.empty(), amount)),
                amount,
                false,
                List.of(),
                Optional.empty());
    }

    private static Bill credit(String id, Bill cancels) {
        Money amount = cancels.total().negated();
        return new Bill(
                id,
                Bill.Kind.CREDIT_NOTE,
                cancels.household(),
                cancels.period(),
                "T",
                cancels.m3().negate(),
                List.of(new BillLine("水费", "credit: 水费", Optional.empty(), Optional.empty(), amount)),
                amount,
                false,
                List.of(),
                Optional.of(cancels.id()));
    }

    @Test
    void theVolumesBeforeGiveARunWhatTheWholeLedgerGives() {
        Period.Month march = Period.month(2015, 3);
        Period.Month april = Period.month(2015, 4);
        Period.Month may = Period.month(2015, 5);
        Bill h1March = invoice("I-1", H1, march, 10);
        Bill h1April = invoice("I-2", H1, april, 90);
        Bill h2March = invoice("I-3", H2, march, 7);
        Bill h2April = invoice("I-4", H2, april, 8);
        List<Bill> before = List.of(
                h1March,
                h1April,
                h2March,
                h2April,
                credit("C-1", h1April), // April corrected
                invoice("I-5", H1, april, 9),
                credit("C-2", h2April)); // April cancelled, nothing issued again
        List<Bill> own = List.of(invoice("I-6", H1, may, 11), invoice("I-7", H3, may, 4));
        List<Bill> all = new ArrayList<>(before);
        all.addAll(own);
        Ledger whole = Ledger.of(all);
        VolumeHistory.Builder history = VolumeHistory.builder();
        before.forEach(b -> history.add(b.kind(), b.household(), b.period(), b.m3()));
        Ledger split = Ledger.of(own).withVolumesBefore(history.build());

        List<Period> periods = List.of(march, april, may);
        for (HouseholdId h : List.of(H1, H2, H3, HouseholdId.of("H4"))) {
            assertThat(split.volumes(h, periods)).as(h.value()).isEqualTo(whole.volumes(h, periods));
        }
        assertThat(split.volumes(H1, periods))
                .containsExactly(BigDecimal.TEN, BigDecimal.valueOf(9), BigDecimal.valueOf(11));
        assertThat(split.volumes(H2, periods)).containsExactly(BigDecimal.valueOf(7));
        // What a run numbers and finds in force is its own month's, as before; the history survives its additions.
        assertThat(split.inForce(H1, may)).isEqualTo(whole.inForce(H1, may));
        assertThat(split.plusIssued(List.of(invoice("I-8", H2, may, 5))).volumes(H2, periods))
                .containsExactly(BigDecimal.valueOf(7), BigDecimal.valueOf(5));
        assertThat(VolumeHistory.builder().build().isEmpty()).isTrue();
    }
}
