package org.ruralwater.billing.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.ruralwater.billing.reading.MeterReading;
import org.ruralwater.billing.reading.ReadingKind;
import org.ruralwater.billing.reading.ReadingPolicy;
import org.ruralwater.billing.subsidy.Subsidies;
import org.ruralwater.billing.tariff.BillLine;
import org.ruralwater.billing.tariff.Tariffs;
import org.ruralwater.billing.wording.BillingWords;
import org.ruralwater.core.calendar.Period;
import org.ruralwater.core.datafile.InvalidInputException;
import org.ruralwater.core.datafile.Located;
import org.ruralwater.core.datafile.Problem;
import org.ruralwater.core.household.HouseholdId;
import org.ruralwater.core.household.Meter;
import org.ruralwater.core.household.MeterId;
import org.ruralwater.core.money.Money;

/** A bill run answers no impossible value: each is an input problem at its place, never a bill. */
class PhysicalDomainsPropertiesTest {

    private static final Period.Month MAY = Period.month(2015, 5);
    private static final HouseholdId H1 = HouseholdId.of("H1");
    private static final MeterId M1 = MeterId.of("M1");
    private static final BigDecimal BILLION = new BigDecimal("1e9");
    private static final BigDecimal PRICE = new BigDecimal("2.90"); // Jiangdu's rural price in May 2015

    private final BillRun run = BillRun.of(Tariffs.bundled(), ReadingPolicy.DEFAULT, Subsidies.none());

    /** Any decimal a file may write: every sign, and exponents up to the ±1000 a reader takes. */
    private static Gen<BigDecimal> anyDecimal() {
        return longs().all().zip(integers().between(-1000, 1000), BigDecimal::valueOf);
    }

    /** Readings to the litre below 10^9 m³, each order of magnitude alike. */
    private static Gen<BigDecimal> readings() {
        return longs().all()
                .zip(
                        integers().between(1, 12),
                        (l, k) -> BigDecimal.valueOf(
                                Math.floorMod(l, BigDecimal.TEN.pow(k).longValueExact()), 3));
    }

    /**
     * One household, its meter of {@code digits} digits read 0 at the end of April and {@code end} at the end of
     * May, the readings {@code gap} lines apart in their file (comment lines between them): the run bills the
     * reading its register can show, unless the bill itself leaves the money domain, and refuses any other at
     * the reading's own line and the value column.
     */
    @Test
    void aRunBillsAReadingItsRegisterCanShowAndRefusesAnyOtherAtItsLineAndValueColumn() {
        qt().withExamples(500)
                .forAll(integers().between(3, 9), readings(), integers().between(0, 5))
                .checkAssert((digits, end, gap) -> {
                    Meter meter = new Meter(M1, H1, 15, digits, LocalDate.of(2014, 1, 1));
                    Account account =
                            new Account(H1, "CN-JS-JIANGDU-RURAL-RESIDENTIAL", 3, List.of(M1), none(), none());
                    int endLine = 3 + gap;
                    RunInput input = RunInput.located(
                            List.of(new Located<>("accounts.csv", 2, account)),
                            Map.of(M1, meter),
                            List.of(
                                    new Located<>("readings.csv", 2, reading("2015-04-28", BigDecimal.ZERO)),
                                    new Located<>("readings.csv", endLine, reading("2015-05-29", end))));

                    InvalidInputException refused = catchThrowableOfType(
                            InvalidInputException.class, () -> run.run(MAY, input, Ledger.empty()));

                    boolean fits = end.compareTo(BigDecimal.TEN.pow(digits)) < 0;
                    boolean billable = end.multiply(PRICE)
                                    .setScale(2, RoundingMode.HALF_UP)
                                    .compareTo(BILLION)
                            <= 0;
                    if (!fits) {
                        assertThat(refused.problems())
                                .extracting(Problem::toString)
                                .containsExactly("readings.csv:" + endLine + ":3: value: expected a reading of the "
                                        + digits + "-digit register of meter M1 from 0 and below "
                                        + BigDecimal.TEN.pow(digits) + " m³, found \"" + end + "\"");
                    } else if (!billable) {
                        // A bill beyond ±10^9 yuan is no bill: the account's problem, at its line.
                        assertThat(refused.problems()).singleElement().satisfies(p -> {
                            assertThat(p.code()).isEqualTo(BillingWords.BILL_THE_TARIFF_MAKES.code());
                            assertThat(p.source() + ":" + p.line() + ":" + p.column())
                                    .isEqualTo("accounts.csv:2:2");
                        });
                    } else {
                        assertThat(refused).isNull();
                        Bill bill = run.run(MAY, input, Ledger.empty()).issued().get(0);
                        assertThat(bill.m3()).isEqualByComparingTo(end);
                    }
                });
    }

    @Test
    void anAccountsQuotaIsFromZeroToABillionCubicMetresAndItsMembersFromOneToFifty() {
        qt().withExamples(2000).forAll(anyDecimal()).checkAssert(q -> {
            if (q.signum() >= 0 && q.compareTo(BILLION) <= 0) {
                assertThatCode(() -> account(3, Optional.of(q))).doesNotThrowAnyException();
            } else {
                assertThatThrownBy(() -> account(3, Optional.of(q)))
                        .isInstanceOf(IllegalArgumentException.class)
                        .hasMessageStartingWith("the quota of account H1 must be in [0, 1000000000] m³");
            }
        });
        qt().withExamples(2000).forAll(integers().all()).checkAssert(m -> {
            if (m >= 1 && m <= 50) {
                assertThatCode(() -> account(m, none())).doesNotThrowAnyException();
            } else {
                assertThatThrownBy(() -> account(m, none())).isInstanceOf(IllegalArgumentException.class);
            }
        });
    }

    @Test
    void aBillsVolumeIsWithinABillionCubicMetresOnTheSideOfItsKind() {
        qt().withExamples(2000).forAll(anyDecimal()).checkAssert(m3 -> {
            boolean inside = m3.abs().compareTo(BILLION) <= 0;
            if (inside && m3.signum() >= 0) {
                assertThatCode(() -> invoice(m3)).doesNotThrowAnyException();
            } else {
                assertThatThrownBy(() -> invoice(m3)).isInstanceOf(IllegalArgumentException.class);
            }
            if (inside && m3.signum() <= 0) {
                assertThatCode(() -> creditNote(m3)).doesNotThrowAnyException();
            } else {
                assertThatThrownBy(() -> creditNote(m3)).isInstanceOf(IllegalArgumentException.class);
            }
        });
    }

    @Test
    void aBillsTotalIsWithinABillionYuanEitherWay() {
        qt().withExamples(2000).forAll(longs().all(), integers().between(0, 20)).checkAssert((fen, shift) -> {
            // Amounts to the fen, of every size up to 10^17 yuan.
            BigDecimal yuan = BigDecimal.valueOf(fen / (long) Math.pow(10, shift % 19), 2);
            Money amount = Money.of("CNY", yuan.toPlainString());
            boolean inside = yuan.abs().compareTo(BILLION) <= 0;
            if (inside) {
                assertThatCode(() -> new BillLine("水费", "水费", none(), none(), amount))
                        .doesNotThrowAnyException();
            } else {
                assertThatThrownBy(() -> new BillLine("水费", "水费", none(), none(), amount))
                        .isInstanceOf(IllegalArgumentException.class)
                        .hasMessageStartingWith("the amount of bill line 水费 must be in [-1000000000," + " 1000000000]");
            }
        });
    }

    @Test
    void anInvoiceLineChargesNoNegativeVolumeAndACreditNoteLineNoPositiveOne() {
        BillLine negative = new BillLine(
                "水费", "水费", Optional.of(new BigDecimal("-20")), Optional.of(PRICE), Money.of("CNY", "-58.00"));
        assertThatThrownBy(() -> bill(Bill.Kind.INVOICE, BigDecimal.ZERO, negative, Optional.empty()))
                .hasMessage("bill B: line 1 (水费) has a quantity of -20 m³ on an invoice");
        BillLine positive = new BillLine(
                "水费", "水费", Optional.of(new BigDecimal("20")), Optional.of(PRICE), Money.of("CNY", "58.00"));
        assertThatThrownBy(() -> bill(Bill.Kind.CREDIT_NOTE, BigDecimal.ZERO, positive, Optional.of("INV")))
                .hasMessage("bill B: line 1 (水费) has a quantity of 20 m³ on a credit note");
    }

    private static <T> Optional<T> none() {
        return Optional.empty();
    }

    private static MeterReading reading(String day, BigDecimal value) {
        return new MeterReading(M1, LocalDate.parse(day), value, ReadingKind.ACTUAL);
    }

    private static Account account(int members, Optional<BigDecimal> quota) {
        return new Account(H1, "T", members, List.of(M1), none(), quota);
    }

    private static Bill invoice(BigDecimal m3) {
        return bill(Bill.Kind.INVOICE, m3, zeroLine(), Optional.empty());
    }

    private static Bill creditNote(BigDecimal m3) {
        return bill(Bill.Kind.CREDIT_NOTE, m3, zeroLine(), Optional.of("INV"));
    }

    private static BillLine zeroLine() {
        return new BillLine("水费", "水费", none(), none(), Money.of("CNY", "0.00"));
    }

    private static Bill bill(Bill.Kind kind, BigDecimal m3, BillLine line, Optional<String> cancels) {
        return new Bill("B", kind, H1, MAY, "T", m3, List.of(line), line.amount(), false, List.of(), cancels);
    }
}
