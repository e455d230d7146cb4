package org.ruralwater.billing.collection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.ruralwater.billing.run.Bill;
import org.ruralwater.billing.run.Ledger;
import org.ruralwater.billing.tariff.BillLine;
import org.ruralwater.core.calendar.Period;
import org.ruralwater.core.household.HouseholdId;
import org.ruralwater.core.money.Money;
import org.ruralwater.core.region.RegionCode;
import org.ruralwater.core.region.RegionLevel;

class ReceivablesTest {

    private static final Currency CNY = Currency.getInstance("CNY");
    private static final HouseholdId H1 = HouseholdId.of("H1");
    private static final HouseholdId H2 = HouseholdId.of("H2");

    private static Bill invoice(String id, HouseholdId h, Period.Month p, String yuan) {
        Money m = Money.of("CNY", yuan);
        return new Bill(
                id,
                Bill.Kind.INVOICE,
                h,
                p,
                "T",
                BigDecimal.TEN,
                List.of(new BillLine("水费", "水费", Optional.empty(), Optional.empty(), m)),
                m,
                false,
                List.of(),
                Optional.empty());
    }

    private static Bill credit(String id, Bill old) {
        return new Bill(
                id,
                Bill.Kind.CREDIT_NOTE,
                old.household(),
                old.period(),
                "T",
                old.m3().negate(),
                List.of(new BillLine(
                        "水费",
                        "credit",
                        Optional.empty(),
                        Optional.empty(),
                        old.total().negated())),
                old.total().negated(),
                false,
                List.of(),
                Optional.of(old.id()));
    }

    private static Payment pay(String id, HouseholdId h, String day, String yuan) {
        return Payment.of(id, h, LocalDate.parse(day), Money.of("CNY", yuan));
    }

    private final Bill may = invoice("INV-MAY", H1, Period.month(2015, 5), "29.00");
    private final Bill june = invoice("INV-JUN", H1, Period.month(2015, 6), "34.80");

    @Test
    void paymentsGoToTheOldestBillFirstAndOverpaymentIsHeldAsCredit() {
        Receivables r = Receivables.of(
                Ledger.of(List.of(may, june)),
                List.of(pay("P2", H1, "2015-07-10", "30.00"), pay("P1", H1, "2015-06-20", "40.00")),
                CollectionPolicy.COMMON,
                CNY);
        Receivables.Position p = r.position(H1);
        assertThat(p.items())
                .extracting(i -> i.bill() + " " + i.outstanding())
                .containsExactly("INV-MAY CNY 0.00", "INV-JUN CNY 0.00");
        assertThat(p.items().get(1).payments())
                .extracting(a -> a.payment() + " " + a.amount())
                .containsExactly("P1 CNY 11.00", "P2 CNY 23.80");
        assertThat(p.credit()).isEqualTo(Money.of("CNY", "6.20"));
    }

    @Test
    void aReversalTakesThePaymentBackAndTheBillIsOwedAgain() {
        Payment p2 = pay("P2", H1, "2015-07-10", "30.00");
        Receivables r = Receivables.of(
                Ledger.of(List.of(may, june)),
                List.of(
                        pay("P1", H1, "2015-06-20", "40.00"),
                        p2,
                        Payment.reversal("R1", p2, LocalDate.of(2015, 7, 12))),
                CollectionPolicy.COMMON,
                CNY);
        assertThat(r.position(H1).outstanding()).isEqualTo(Money.of("CNY", "23.80"));
        assertThat(r.position(H1).credit()).isEqualTo(Money.of("CNY", "0.00"));
        assertThatThrownBy(() -> Receivables.of(
                        Ledger.of(List.of(may)),
                        List.of(Payment.reversal("R9", p2, LocalDate.of(2015, 7, 12))),
                        CollectionPolicy.COMMON,
                        CNY))
                .hasMessageContaining("reversal R9 names P2, which is not a payment");
    }

    @Test
    void aCorrectedBillTakesThePaymentsOfTheBillItReplaces() {
        Bill mayAgain = invoice("INV-MAY-2", H1, Period.month(2015, 5), "34.80");
        Receivables r = Receivables.of(
                Ledger.of(List.of(may, credit("CRN-MAY", may), mayAgain)),
                List.of(pay("P1", H1, "2015-06-20", "29.00")),
                CollectionPolicy.COMMON,
                CNY);
        assertThat(r.position(H1).items()).extracting(OpenItem::bill).containsExactly("INV-MAY-2");
        assertThat(r.position(H1).outstanding()).isEqualTo(Money.of("CNY", "5.80"));
    }

    @Test
    void theLateFeeRunsOnWhatWasOwedEachDayAfterTheGraceDays() {
        // May's bill is due 15 June; with 15 grace days the fee runs from 1 July.
        Receivables unpaid = Receivables.of(Ledger.of(List.of(may)), List.of(), CollectionPolicy.COMMON, CNY);
        OpenItem item = unpaid.position(H1).items().get(0);
        assertThat(item.dueOn()).isEqualTo(LocalDate.of(2015, 6, 15));
        assertThat(unpaid.lateFee(item, LocalDate.of(2015, 6, 30))).isEqualTo(Money.of("CNY", "0.00"));
        assertThat(unpaid.lateFee(item, LocalDate.of(2015, 7, 10)))
                .isEqualTo(Money.of("CNY", "1.45")); // 29 × 10 × 0.5%
        // 9.00 paid on 5 July: 4 days on 29.00 and 6 days on 20.00 = 236 × 0.5% = 1.18.
        Receivables partly = Receivables.of(
                Ledger.of(List.of(may)), List.of(pay("P1", H1, "2015-07-05", "9.00")), CollectionPolicy.COMMON, CNY);
        assertThat(partly.lateFee(partly.position(H1).items().get(0), LocalDate.of(2015, 7, 10)))
                .isEqualTo(Money.of("CNY", "1.18"));
        // Years later the fee stops at the principal.
        assertThat(unpaid.lateFee(item, LocalDate.of(2020, 1, 1))).isEqualTo(Money.of("CNY", "29.00"));
    }

    @Test
    void ageingPutsWhatIsOwedInBandsOfDaysPastDue() {
        Bill h2 = invoice("INV-H2", H2, Period.month(2015, 1), "10.00"); // due 15 February
        Receivables r = Receivables.of(Ledger.of(List.of(may, june, h2)), List.of(), CollectionPolicy.COMMON, CNY);
        assertThat(r.ageing(LocalDate.of(2015, 7, 20)))
                .containsExactly(
                        Map.entry("current", Money.of("CNY", "0.00")),
                        Map.entry("1-30", Money.of("CNY", "34.80")), // June's bill, due 15 July
                        Map.entry("31-60", Money.of("CNY", "29.00")),
                        Map.entry("61-90", Money.of("CNY", "0.00")),
                        Map.entry("over 90", Money.of("CNY", "10.00")));
    }

    @Test
    void ageingBandsNameThemselvesByTheirCodeInEnglishAndInWordsInChinese() {
        Receivables r = Receivables.of(Ledger.of(List.of(may, june)), List.of(), CollectionPolicy.COMMON, CNY);
        List<Receivables.Band> bands = r.ageingBands(LocalDate.of(2015, 7, 20));

        assertThat(bands)
                .extracting(Receivables.Band::code)
                .containsExactly("current", "1-30", "31-60", "61-90", "over 90");
        assertThat(bands)
                .extracting(b -> b.name().in(Locale.SIMPLIFIED_CHINESE))
                .containsExactly("未逾期", "逾期 1–30 天", "逾期 31–60 天", "逾期 61–90 天", "逾期超过 90 天");
    }

    @Test
    void collectionRatesRollUpFromVillagesToTownshipsAndCounties() {
        Bill h2 = invoice("INV-H2", H2, Period.month(2015, 5), "10.00");
        Receivables r = Receivables.of(
                Ledger.of(List.of(may, h2)),
                List.of(pay("P1", H1, "2015-06-10", "29.00")),
                CollectionPolicy.COMMON,
                CNY);
        Map<HouseholdId, RegionCode> villages = Map.of(
                H1, RegionCode.parse("539821101201"),
                H2, RegionCode.parse("539821101202"));
        Map<RegionCode, CollectionRate> byTownship = r.collectionRates(
                villages, RegionLevel.TOWNSHIP, p -> p.equals(Period.month(2015, 5)), LocalDate.of(2015, 6, 30));
        assertThat(byTownship).containsOnlyKeys(RegionCode.parse("539821101000"));
        assertThat(byTownship.get(RegionCode.parse("539821101000"))).hasToString("74.36% (CNY 29.00 of CNY 39.00)");
        assertThat(r.collectionRate(Set.of(H2), p -> true, LocalDate.of(2015, 6, 30))
                        .percent())
                .contains(new BigDecimal("0.00"));
    }

    @Test
    void costRecoveryIsFeesCollectedOverOperatingCost() {
        Receivables r = Receivables.of(
                Ledger.of(List.of(may, june)),
                List.of(pay("P1", H1, "2015-07-01", "40.00")),
                CollectionPolicy.COMMON,
                CNY);
        CollectionRate ratio =
                r.costRecovery(Set.of(H1), p -> true, LocalDate.of(2015, 7, 31), Money.of("CNY", "80.00"));
        assertThat(ratio).hasToString("50.00% (CNY 40.00 of CNY 80.00)");
    }

    @Test
    void allocationNeverCreatesOrLosesMoney() {
        qt().withExamples(1000)
                .forAll(
                        lists().of(integers().between(1, 50_000)).ofSizeBetween(0, 8),
                        lists().of(integers().between(1, 60_000)).ofSizeBetween(0, 8))
                .checkAssert((billFen, payFen) -> {
                    List<Bill> bills = new ArrayList<>();
                    for (int i = 0; i < billFen.size(); i++) {
                        Money m = Money.ofMinor(CNY, billFen.get(i));
                        bills.add(new Bill(
                                "B" + i,
                                Bill.Kind.INVOICE,
                                H1,
                                Period.month(2015, 1 + i),
                                "T",
                                BigDecimal.ONE,
                                List.of(new BillLine("水费", "水费", Optional.empty(), Optional.empty(), m)),
                                m,
                                false,
                                List.of(),
                                Optional.empty()));
                    }
                    List<Payment> payments = new ArrayList<>();
                    for (int i = 0; i < payFen.size(); i++) {
                        payments.add(Payment.of(
                                "P" + i,
                                H1,
                                LocalDate.of(2015, 1, 1).plusDays(i * 17L),
                                Money.ofMinor(CNY, payFen.get(i))));
                    }
                    Receivables.Position p = Receivables.of(Ledger.of(bills), payments, CollectionPolicy.COMMON, CNY)
                            .position(H1);
                    Money paidIn = Money.total(
                            CNY, payments.stream().map(Payment::amount).toList());
                    Money applied = Money.total(
                            CNY, p.items().stream().map(OpenItem::paid).toList());
                    assertThat(applied.plus(p.credit())).isEqualTo(paidIn);
                    assertThat(p.items())
                            .allSatisfy(i ->
                                    assertThat(i.outstanding().isNegative()).isFalse());
                    // Credit only when every bill is paid.
                    if (p.credit().isPositive()) {
                        assertThat(p.outstanding().isZero()).isTrue();
                    }
                });
    }

    @Test
    void collectionRatesByALevelTheVillageLacksNameTheHousehold() {
        Receivables r = Receivables.of(Ledger.of(List.of(may)), List.of(), CollectionPolicy.COMMON, CNY);
        Map<HouseholdId, RegionCode> villages = Map.of(H1, RegionCode.parse("469001101201"));
        assertThatThrownBy(
                        () -> r.collectionRates(villages, RegionLevel.PREFECTURE, p -> true, LocalDate.of(2015, 6, 30)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("village 469001101201 of household " + H1 + " lies in no PREFECTURE region");
    }
}
