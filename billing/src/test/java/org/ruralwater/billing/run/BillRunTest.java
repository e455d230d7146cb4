package org.ruralwater.billing.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.ruralwater.billing.reading.MeterReading;
import org.ruralwater.billing.reading.ReadingKind;
import org.ruralwater.billing.reading.ReadingPolicy;
import org.ruralwater.billing.subsidy.Subsidies;
import org.ruralwater.billing.tariff.BillLine;
import org.ruralwater.billing.tariff.QuoteRequest;
import org.ruralwater.billing.tariff.Tariffs;
import org.ruralwater.core.calendar.Period;
import org.ruralwater.core.datafile.InvalidInputException;
import org.ruralwater.core.datafile.Problem;
import org.ruralwater.core.household.HouseholdId;
import org.ruralwater.core.household.Meter;
import org.ruralwater.core.household.MeterId;
import org.ruralwater.core.money.Money;

class BillRunTest {

    private static final String RURAL = "CN-JS-JIANGDU-RURAL-RESIDENTIAL";
    private static final Period.Month MAY = Period.month(2015, 5);

    private final BillRun run = BillRun.of(Tariffs.bundled(), ReadingPolicy.DEFAULT, Subsidies.bundled("jiangdu-2015"));
    private final Map<MeterId, Meter> meters = new HashMap<>();
    private final List<Account> accounts = new ArrayList<>();
    private final List<MeterReading> readings = new ArrayList<>();

    private void household(String id, String tariff, Optional<String> category, String before, String after) {
        HouseholdId h = HouseholdId.of(id);
        MeterId m = MeterId.of("M" + id);
        meters.put(m, new Meter(m, h, 15, 4, LocalDate.of(2014, 1, 1)));
        accounts.add(new Account(h, tariff, 3, List.of(m), category, Optional.empty()));
        readings.add(new MeterReading(m, LocalDate.of(2015, 4, 28), new BigDecimal(before), ReadingKind.ACTUAL));
        readings.add(new MeterReading(m, LocalDate.of(2015, 5, 29), new BigDecimal(after), ReadingKind.ACTUAL));
    }

    @Test
    void billsEachHouseholdWaivesForTheFundAndHoldsBackAReversal() {
        household("H1", RURAL, Optional.empty(), "100", "110");
        household("H2", RURAL, Optional.of("dibao"), "200", "210");
        household("H3", RURAL, Optional.empty(), "500", "480");
        RunResult r = run.run(MAY, accounts, meters, readings, Ledger.empty());
        assertThat(r.issued()).extracting(Bill::id).containsExactly("INV-2015-05-H1-1", "INV-2015-05-H2-1");
        assertThat(r.issued().get(0).total()).isEqualTo(Money.of("CNY", "29.00")); // 10 × 2.90
        // 低保: pays as if it used 3 m³ less: 7 × 2.90 = 20.30; the county pays 8.70.
        assertThat(r.issued().get(1).total()).isEqualTo(Money.of("CNY", "20.30"));
        assertThat(r.subsidiesByFund())
                .containsExactly(Map.entry("县财政 (county budget, assumed)", Money.of("CNY", "8.70")));
        assertThat(r.blocked()).extracting(u -> u.household().value()).containsExactly("H3");
    }

    @Test
    void runningAgainOverItsOwnLedgerAddsNothing() {
        household("H1", RURAL, Optional.empty(), "100", "110");
        household("H2", RURAL, Optional.of("dibao"), "200", "210");
        RunResult first = run.run(MAY, accounts, meters, readings, Ledger.empty());
        assertThat(first.issued()).as("the first run's documents").hasSize(2);
        RunResult second = run.run(MAY, accounts, meters, readings, first.ledger());
        assertThat(second.issued()).isEmpty();
        assertThat(second.ledger().documents()).isEqualTo(first.ledger().documents());
        // The same inputs on a fresh ledger give the same documents.
        assertThat(run.run(MAY, accounts, meters, readings, Ledger.empty()).issued())
                .isEqualTo(first.issued());
    }

    @Test
    void aCorrectedReadingIsBilledByACreditNoteAndANewInvoice() {
        household("H1", RURAL, Optional.empty(), "100", "110");
        RunResult first = run.run(MAY, accounts, meters, readings, Ledger.empty());
        readings.set(
                1,
                new MeterReading(
                        MeterId.of("MH1"), LocalDate.of(2015, 5, 29), new BigDecimal("112"), ReadingKind.ACTUAL));
        RunResult corrected = run.run(MAY, accounts, meters, readings, first.ledger());
        assertThat(corrected.issued())
                .extracting(Bill::id, Bill::kind, Bill::total)
                .containsExactly(
                        Tuple.tuple("CRN-2015-05-H1-2", Bill.Kind.CREDIT_NOTE, Money.of("CNY", "-29.00")),
                        Tuple.tuple("INV-2015-05-H1-3", Bill.Kind.INVOICE, Money.of("CNY", "34.80")));
        assertThat(corrected.issued().get(0).cancels()).contains("INV-2015-05-H1-1");
        assertThat(corrected.ledger().inForce(HouseholdId.of("H1"), MAY))
                .map(Bill::id)
                .contains("INV-2015-05-H1-3");
        assertThat(first.ledger().documents()).hasSize(1); // the old ledger is untouched
    }

    @Test
    void badInputStopsTheRunWithEveryProblemAndBillsNothing() {
        household("H1", "NO-SUCH-TARIFF", Optional.of("vip"), "100", "110");
        accounts.add(new Account(
                HouseholdId.of("H9"), RURAL, 2, List.of(MeterId.of("M-MISSING")), Optional.empty(), Optional.empty()));
        assertThat(problemsOfMaysRun())
                .containsExactly(
                        // Each at its file, line and the field's column (tariff 2, subsidy_category 5, meters 4).
                        "accounts.csv:2:2: tariff: expected a known tariff, found \"NO-SUCH-TARIFF\"",
                        "accounts.csv:2:5: subsidy_category: expected a category of subsidy scheme jiangdu-2015,"
                                + " found \"vip\"",
                        "accounts.csv:3:4: meters: expected a meter listed in meters, found M-MISSING");
    }

    @Test
    void aYearlyAllowanceCarriesAcrossMonthlyRuns() {
        String urban = "CN-JS-JIANGDU-URBAN-RESIDENTIAL";
        HouseholdId h = HouseholdId.of("U1");
        MeterId m = MeterId.of("MU1");
        meters.put(m, new Meter(m, h, 15, 5, LocalDate.of(2014, 1, 1)));
        accounts.add(new Account(h, urban, 3, List.of(m), Optional.empty(), Optional.empty()));
        readings.add(new MeterReading(m, LocalDate.of(2015, 4, 28), new BigDecimal("1000"), ReadingKind.ACTUAL));
        readings.add(new MeterReading(m, LocalDate.of(2015, 5, 29), new BigDecimal("1210"), ReadingKind.ACTUAL));
        readings.add(new MeterReading(m, LocalDate.of(2015, 6, 29), new BigDecimal("1230"), ReadingKind.ACTUAL));
        RunResult may = run.run(MAY, accounts, meters, readings, Ledger.empty());
        assertThat(may.issued().get(0).total()).isEqualTo(Money.of("CNY", "630.00")); // 210 × 3.00
        RunResult june = run.run(Period.month(2015, 6), accounts, meters, readings, may.ledger());
        // 6 m³ finish the 216 m³ of tier 1, 14 m³ at 3.83: 18.00 + 53.62.
        assertThat(june.issued().get(0).total()).isEqualTo(Money.of("CNY", "71.62"));
    }

    @Test
    void aSecondRunOverTheFirstRunsLedgerNeverIssuesAnything() {
        qt().withExamples(200)
                .forAll(lists().of(integers().between(0, 60)).ofSizeBetween(1, 20))
                .checkAssert(uses -> {
                    meters.clear();
                    accounts.clear();
                    readings.clear();
                    for (int i = 0; i < uses.size(); i++) {
                        household(
                                "P" + i,
                                RURAL,
                                i % 3 == 0 ? Optional.of("wubao") : Optional.empty(),
                                "100",
                                String.valueOf(100 + uses.get(i)));
                    }
                    RunResult first = run.run(MAY, accounts, meters, readings, Ledger.empty());
                    // Otherwise the second run would issue nothing whatever it did.
                    assertThat(first.issued()).as("the first run's documents").hasSameSizeAs(uses);
                    assertThat(run.run(MAY, accounts, meters, readings, first.ledger())
                                    .issued())
                            .isEmpty();
                    for (Bill b : first.issued()) {
                        assertThat(b.total().isNegative()).isFalse();
                    }
                });
    }

    @Test
    void householdsWithTheSameRequestShareAQuoteAndEveryBillIsTheQuoteOfItsOwnRequest() {
        Tariffs tariffs = Tariffs.bundled();
        qt().withExamples(200)
                .forAll(lists().of(integers().between(0, 300 * 7 * 2 - 1)).ofSizeBetween(1, 60))
                .checkAssert(codes -> {
                    meters.clear();
                    accounts.clear();
                    readings.clear();
                    for (int i = 0; i < codes.size(); i++) {
                        int use = codes.get(i) % 300; // crosses the urban yearly tiers (216 m³ + 60 per person > 4)
                        int members = 1 + codes.get(i) / 300 % 7;
                        String tariff = codes.get(i) / 2100 == 0 ? RURAL : "CN-JS-JIANGDU-URBAN-RESIDENTIAL";
                        HouseholdId h = HouseholdId.of("Q" + i);
                        MeterId m = MeterId.of("MQ" + i);
                        meters.put(m, new Meter(m, h, 15, 5, LocalDate.of(2014, 1, 1)));
                        accounts.add(new Account(h, tariff, members, List.of(m), Optional.empty(), Optional.empty()));
                        readings.add(new MeterReading(
                                m, LocalDate.of(2015, 4, 28), BigDecimal.valueOf(1000), ReadingKind.ACTUAL));
                        readings.add(new MeterReading(
                                m, LocalDate.of(2015, 5, 29), BigDecimal.valueOf(1000 + use), ReadingKind.ACTUAL));
                    }
                    Map<HouseholdId, Account> byHousehold = new HashMap<>();
                    accounts.forEach(a -> byHousehold.put(a.household(), a));

                    List<Bill> issued = run.run(MAY, accounts, meters, readings, Ledger.empty())
                            .issued();
                    assertThat(issued).hasSameSizeAs(codes);
                    Map<List<Object>, Bill> firstWithRequest = new HashMap<>();
                    for (Bill b : issued) {
                        Account a = byHousehold.get(b.household());
                        QuoteRequest request =
                                new QuoteRequest(MAY, b.m3(), a.members(), BigDecimal.ZERO, Optional.empty());
                        assertThat(b.lines())
                                .isEqualTo(tariffs.quote(a.tariff(), request).lines());
                        // Equal requests of one tariff share the remembered quote: its very lines, not equal copies.
                        Bill first = firstWithRequest.computeIfAbsent(List.of(a.tariff(), request), k -> b);
                        assertThat(b.lines()).hasSameSizeAs(first.lines());
                        for (int i = 0; i < b.lines().size(); i++) {
                            assertThat(b.lines().get(i))
                                    .as("line %d of %s and of %s", i, b.id(), first.id())
                                    .isSameAs(first.lines().get(i));
                        }
                    }
                });
    }

    @Test
    void householdsWithEqualRequestsShareTheLinesOfOneQuoteAndAnotherRequestGetsItsOwn() {
        household("H1", RURAL, Optional.empty(), "100", "110");
        household("H2", RURAL, Optional.empty(), "300", "310");
        household("H3", RURAL, Optional.empty(), "500", "512");
        household("H4", RURAL, Optional.of("dibao"), "700", "710");
        List<Bill> issued =
                run.run(MAY, accounts, meters, readings, Ledger.empty()).issued();
        assertThat(issued).extracting(Bill::m3).extracting(BigDecimal::intValue).containsExactly(10, 10, 12, 10);
        assertThat(issued.get(1).lines()).isSameAs(issued.get(0).lines());
        assertThat(waterLine(issued.get(2))).isNotSameAs(waterLine(issued.get(0)));
        // A subsidised bill adds its relief line to the very water line of the same request.
        assertThat(waterLine(issued.get(3))).isSameAs(waterLine(issued.get(0)));
        assertThat(issued.get(3).lines()).hasSize(2);
    }

    private static BillLine waterLine(Bill b) {
        return b.lines().get(0);
    }

    @Test
    void aLedgerRefusesADocumentIdItAlreadyHoldsForAnyHousehold() {
        household("H1", RURAL, Optional.empty(), "100", "110");
        household("H2", RURAL, Optional.empty(), "200", "210");
        Ledger ledger = run.run(MAY, accounts, meters, readings, Ledger.empty()).ledger();
        Bill h1 = ledger.documents().get(0);
        assertThatThrownBy(() -> ledger.plus(List.of(h1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("document INV-2015-05-H1-1 is in the ledger twice");
        Bill first = as(h1, "X-1", "H1");
        Bill sameIdOtherHousehold = as(h1, "X-1", "H2");
        assertThatThrownBy(() -> Ledger.of(List.of(first, sameIdOtherHousehold)))
                .hasMessage("document X-1 is in the ledger twice");
        assertThat(ledger.plus(List.of()).documents()).isEqualTo(ledger.documents());
    }

    @Test
    void aHouseholdListedTwiceIsNamedAtItsSecondLineWhereverTheFirstIs() {
        household("H2", RURAL, Optional.empty(), "100", "110");
        household("H1", RURAL, Optional.empty(), "200", "210");
        accounts.add(new Account(
                HouseholdId.of("H2"), RURAL, 2, List.of(MeterId.of("MH1")), Optional.empty(), Optional.empty()));
        assertThat(problemsOfMaysRun())
                .containsExactly(
                        "accounts.csv:4:1: household: expected each household once, found H2 again",
                        "accounts.csv:4:4: meters: expected a meter no other account has, found MH1");
    }

    /** The problems May's run refuses with; fails when the run does not refuse. */
    private List<String> problemsOfMaysRun() {
        InvalidInputException e = catchThrowableOfType(
                InvalidInputException.class, () -> run.run(MAY, accounts, meters, readings, Ledger.empty()));
        assertThat(e).as("the run should refuse its input").isNotNull();
        return e.problems().stream().map(Problem::toString).toList();
    }

    private static Bill as(Bill b, String id, String household) {
        return new Bill(
                id,
                b.kind(),
                HouseholdId.of(household),
                b.period(),
                b.tariff(),
                b.m3(),
                b.lines(),
                b.total(),
                b.estimated(),
                b.flags(),
                b.cancels());
    }
}
