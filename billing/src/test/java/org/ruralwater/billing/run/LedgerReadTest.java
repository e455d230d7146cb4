package org.ruralwater.billing.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.ruralwater.billing.tariff.BillLine;
import org.ruralwater.core.calendar.Period;
import org.ruralwater.core.datafile.InvalidInputException;
import org.ruralwater.core.datafile.Located;
import org.ruralwater.core.datafile.Problem;
import org.ruralwater.core.household.HouseholdId;
import org.ruralwater.core.money.Money;

/** A ledger read back is checked for everything a bill run guarantees of it, each problem at its document. */
class LedgerReadTest {

    private static final HouseholdId H1 = HouseholdId.of("H1");
    private static final HouseholdId H2 = HouseholdId.of("H2");
    private static final Period.Month MAY = Period.month(2015, 5);

    private static Bill invoice(String id, HouseholdId h, int m3) {
        Money amount = Money.of("CNY", m3 + ".00");
        return new Bill(
                id,
                Bill.Kind.INVOICE,
                h,
                MAY,
                "T",
                BigDecimal.valueOf(m3),
                List.of(new BillLine("水费", "水费", Optional.empty(), Optional.empty(), amount)),
                amount,
                false,
                List.of(),
                Optional.empty());
    }

    /** A credit note for {@code cancels} that takes back {@code m3} at one yuan a m³. */
    private static Bill credit(String id, HouseholdId h, String cancels, int m3) {
        Money amount = Money.of("CNY", "-" + m3 + ".00");
        return new Bill(
                id,
                Bill.Kind.CREDIT_NOTE,
                h,
                MAY,
                "T",
                BigDecimal.valueOf(-m3),
                List.of(new BillLine("水费", "credit: 水费", Optional.empty(), Optional.empty(), amount)),
                amount,
                false,
                List.of(),
                Optional.of(cancels));
    }

    /** The documents at lines 2, 12, 22, … of ledger.json. */
    private static List<Located<Bill>> atLines(Bill... documents) {
        List<Located<Bill>> out = new ArrayList<>();
        for (int i = 0; i < documents.length; i++) {
            out.add(new Located<>("ledger.json", 2 + 10 * i, documents[i]));
        }
        return out;
    }

    private static List<String> problemsOf(List<Located<Bill>> documents) {
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class, () -> Ledger.read(documents));
        assertThat(e).as("the ledger should be refused").isNotNull();
        return e.problems().stream().map(Problem::toString).toList();
    }

    @Test
    void aLedgerARunWroteIsReadBackAsItWas() {
        Bill first = invoice("INV-1", H1, 10);
        List<Located<Bill>> documents = atLines(
                first, CreditNotes.cancelling(first, "CRN-2"), invoice("INV-3", H1, 12), invoice("INV-9", H2, 7));

        Ledger ledger = Ledger.read(documents);

        assertThat(ledger.documents()).hasSize(4);
        assertThat(ledger.inForce(H1, MAY)).map(Bill::id).contains("INV-3");
    }

    @Test
    void aDocumentIdTwiceAndASecondInvoiceInForceAreEachAtTheirLaterDocument() {
        assertThat(problemsOf(atLines(invoice("INV-1", H1, 10), invoice("INV-1", H2, 5), invoice("INV-2", H1, 3))))
                .containsExactly(
                        "ledger.json:12:1: id: expected each document id once, found INV-1 again (first at line 2)",
                        "ledger.json:22:1: id: expected no other invoice of H1 for 2015-05 in force, found INV-1 in"
                                + " force (line 2)");
    }

    @Test
    void aCreditNoteCancelsAnEarlierInvoiceOfItsHouseholdAndPeriodOnceAndTakesBackAllOfIt() {
        assertThat(problemsOf(atLines(
                        invoice("INV-1", H1, 10),
                        credit("CRN-0", H1, "INV-NONE", 10),
                        credit("CRN-2", H2, "INV-1", 10),
                        credit("CRN-3", H1, "INV-1", 10),
                        credit("CRN-4", H1, "INV-1", 10),
                        invoice("INV-5", H2, 8),
                        credit("CRN-6", H2, "INV-5", 6),
                        credit("CRN-7", H1, "CRN-3", 10))))
                .containsExactly(
                        "ledger.json:12:1: cancels: expected an invoice earlier in the ledger, found \"INV-NONE\"",
                        "ledger.json:22:1: cancels: expected an invoice of H2 for 2015-05, found INV-1, a document"
                                + " of H1 for 2015-05",
                        "ledger.json:42:1: cancels: expected an invoice no earlier credit note cancels, found INV-1,"
                                + " which CRN-3 cancels (line 32)",
                        "ledger.json:62:1: lines: expected the lines of INV-5, each negated, found line 1, 水费 CNY"
                                + " -6.00",
                        "ledger.json:62:1: m3: expected the negation of the m3 of INV-5, -8, found \"-6\"",
                        "ledger.json:62:1: total: expected the negation of the total of INV-5, CNY -8.00, found"
                                + " \"CNY -6.00\"",
                        "ledger.json:72:1: cancels: expected an invoice earlier in the ledger, found \"CRN-3\"");
    }
}
