package org.ruralwater.billing.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.ruralwater.billing.subsidy.Fund;
import org.ruralwater.billing.tariff.BillLine;
import org.ruralwater.core.calendar.Period;
import org.ruralwater.core.household.HouseholdId;
import org.ruralwater.core.money.Money;

class LedgerTest {

    private static final HouseholdId H1 = HouseholdId.of("H1");
    private static final HouseholdId H2 = HouseholdId.of("H2");
    private static final Period.Month APRIL = Period.month(2015, 4);
    private static final Period.Month MAY = Period.month(2015, 5);
    private static final Period.Month JUNE = Period.month(2015, 6);

    private static Bill invoice(String id, HouseholdId h, Period.Month period, int m3) {
        Money amount = Money.of("CNY", m3 + ".00");
        return new Bill(
                id,
                Bill.Kind.INVOICE,
                h,
                period,
                "T",
                BigDecimal.valueOf(m3),
                List.of(new BillLine("水费", "水费", Optional.empty(), Optional.empty(), amount)),
                amount,
                false,
                List.of(),
                Optional.empty());
    }

    private static Bill creditFor(Bill invoice, String id) {
        return CreditNotes.cancelling(invoice, id);
    }

    @Test
    void aHouseholdWithSeveralDocumentsHasTheLatestUncancelledInvoiceInForceInEachPeriod() {
        Bill may = invoice("INV-1", H1, MAY, 10);
        Bill mayAgain = invoice("INV-3", H1, MAY, 12);
        Bill june = invoice("INV-4", H1, JUNE, 5);
        Ledger ledger = Ledger.of(List.of(may, creditFor(may, "CRN-2"), mayAgain, june));

        assertThat(ledger.inForce(H1, MAY)).contains(mayAgain);
        assertThat(ledger.inForce(H1, JUNE)).contains(june);
        assertThat(ledger.inForce(H1, APRIL)).isEmpty();
        assertThat(ledger.count(H1, MAY)).isEqualTo(3);
        assertThat(ledger.volumes(H1, List.of(APRIL, MAY, JUNE)))
                .containsExactly(BigDecimal.valueOf(12), BigDecimal.valueOf(5));
    }

    @Test
    void aHouseholdWithOneDocumentHasItInForceInItsPeriodOnly() {
        Bill may = invoice("INV-1", H1, MAY, 10);
        Ledger ledger = Ledger.of(List.of(may));

        assertThat(ledger.inForce(H1, MAY)).contains(may);
        assertThat(ledger.inForce(H1, JUNE)).isEmpty();
        assertThat(ledger.inForce(H2, MAY)).isEmpty();
        assertThat(ledger.count(H1, MAY)).isEqualTo(1);
        assertThat(ledger.count(H1, JUNE)).isZero();
        assertThat(ledger.count(H2, MAY)).isZero();
        assertThat(ledger.volumes(H1, List.of(APRIL, MAY, JUNE))).containsExactly(BigDecimal.valueOf(10));
        assertThat(ledger.volumes(H2, List.of(APRIL, MAY, JUNE))).isEmpty();
    }

    @Test
    void aSecondDocumentMovesAHouseholdToSeveralWithoutChangingTheLedgerBefore() {
        Bill may = invoice("INV-1", H1, MAY, 10);
        Ledger first = Ledger.of(List.of(may, invoice("INV-9", H2, MAY, 7)));
        Bill june = invoice("INV-2", H1, JUNE, 4);
        Ledger second = first.plus(List.of(june));

        assertThat(second.volumes(H1, List.of(MAY, JUNE)))
                .containsExactly(BigDecimal.valueOf(10), BigDecimal.valueOf(4));
        assertThat(first.volumes(H1, List.of(MAY, JUNE))).containsExactly(BigDecimal.valueOf(10));
        assertThat(second.inForce(H2, MAY)).isPresent();
        assertThat(second.documents()).hasSize(3);
        assertThat(first.documents()).hasSize(2);
    }

    @Test
    void aCreditNoteCarriesTheFundOfEachLineItCancels() {
        Bill may = invoice("INV-1", H1, MAY, 10);
        BillLine relief = BillLine.paidBy(new Fund("F"), "relief", Money.of("CNY", "-3.00"));
        Bill subsidised = new Bill(
                "INV-1",
                Bill.Kind.INVOICE,
                H1,
                MAY,
                "T",
                may.m3(),
                List.of(may.lines().get(0), relief),
                Money.of("CNY", "7.00"),
                false,
                List.of(),
                Optional.empty());

        Bill credit = creditFor(subsidised, "CRN-2");

        assertThat(credit.lines()).extracting(BillLine::component).containsExactly("水费", "subsidy:F");
        assertThat(credit.lines().get(1).fund()).isEqualTo(relief.fund());
        assertThat(credit.lines().get(1).amount()).isEqualTo(Money.of("CNY", "3.00"));
        FundTotals totals = new FundTotals();
        totals.add(subsidised);
        totals.add(credit);
        assertThat(totals.byName()).containsExactly(Map.entry("F", Money.of("CNY", "0.00")));
    }
}
