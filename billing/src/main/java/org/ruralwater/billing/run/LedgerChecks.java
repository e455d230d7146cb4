package org.ruralwater.billing.run;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ruralwater.billing.tariff.BillLine;
import org.ruralwater.billing.wording.BillingWords;
import org.ruralwater.core.calendar.Period;
import org.ruralwater.core.datafile.Located;
import org.ruralwater.core.datafile.Problem;
import org.ruralwater.core.household.HouseholdId;
import org.ruralwater.core.wording.Phrase;

/**
 * What a bill run guarantees of the ledger it makes, across its documents, checked on a ledger read back: each
 * document id once; at most one invoice of a household in force for a period; and each credit note cancels
 * an invoice earlier in the ledger, of its household and period, that no other credit note cancels, with
 * that invoice's volume, lines and total negated. (What a single document guarantees, such as a total that
 * is the sum of its lines, its own constructor refuses.)
 */
final class LedgerChecks {

    private LedgerChecks() {}

    /** A household's documents of one period. */
    private record Key(HouseholdId household, Period period) {}

    /** Every broken guarantee, each at the document that breaks it. */
    static List<Problem> of(List<Located<Bill>> documents) {
        List<Problem> problems = new ArrayList<>();
        Map<String, Located<Bill>> byId = new HashMap<>(documents.size() * 4 / 3 + 16);
        Map<String, Located<Bill>> cancelledBy = new HashMap<>();
        Map<Key, Located<Bill>> inForce = new HashMap<>(documents.size() * 4 / 3 + 16);
        for (Located<Bill> d : documents) {
            Bill b = d.value();
            Located<Bill> first = byId.putIfAbsent(b.id(), d);
            if (first != null) {
                problems.add(d.problem(
                        "id",
                        Phrase.of(BillingWords.DOCUMENT_ONCE),
                        Phrase.of(BillingWords.AGAIN_FIRST_AT, b.id(), first.line())));
                continue;
            }
            Key key = new Key(b.household(), b.period());
            if (b.kind() == Bill.Kind.INVOICE) {
                Located<Bill> current = inForce.putIfAbsent(key, d);
                if (current != null) {
                    problems.add(d.problem(
                            "id",
                            Phrase.of(BillingWords.ONE_INVOICE_IN_FORCE, b.household(), b.period()),
                            Phrase.of(BillingWords.IN_FORCE_AT, current.value().id(), current.line())));
                }
            } else {
                cancels(d, key, byId, cancelledBy, inForce, problems);
            }
        }
        return problems;
    }

    private static void cancels(
            Located<Bill> d,
            Key key,
            Map<String, Located<Bill>> byId,
            Map<String, Located<Bill>> cancelledBy,
            Map<Key, Located<Bill>> inForce,
            List<Problem> problems) {
        Bill credit = d.value();
        String target = credit.cancels().orElseThrow();
        Located<Bill> found = byId.get(target);
        if (found == null || found == d || found.value().kind() != Bill.Kind.INVOICE) {
            problems.add(d.problem("cancels", Phrase.of(BillingWords.INVOICE_EARLIER), Phrase.quoted(target)));
            return;
        }
        Bill invoice = found.value();
        if (!invoice.household().equals(credit.household()) || !invoice.period().equals(credit.period())) {
            problems.add(d.problem(
                    "cancels",
                    Phrase.of(BillingWords.INVOICE_OF, credit.household(), credit.period()),
                    Phrase.of(BillingWords.DOCUMENT_OF, target, invoice.household(), invoice.period())));
            return;
        }
        Located<Bill> earlier = cancelledBy.putIfAbsent(target, d);
        if (earlier != null) {
            problems.add(d.problem(
                    "cancels",
                    Phrase.of(BillingWords.INVOICE_UNCANCELLED),
                    Phrase.of(BillingWords.CANCELLED_BY, target, earlier.value().id(), earlier.line())));
            return;
        }
        inForce.remove(key, found);
        if (credit.m3().compareTo(invoice.m3().negate()) != 0) {
            problems.add(d.problem(
                    "m3",
                    Phrase.of(
                            BillingWords.NEGATION_OF, target, "m3", invoice.m3().negate()),
                    Phrase.quoted(credit.m3().toPlainString())));
        }
        if (!credit.total().equals(invoice.total().negated())) {
            problems.add(d.problem(
                    "total",
                    Phrase.of(
                            BillingWords.NEGATION_OF,
                            target,
                            "total",
                            invoice.total().negated()),
                    Phrase.quoted(credit.total().toString())));
        }
        if (credit.lines().size() != invoice.lines().size()) {
            problems.add(d.problem(
                    "lines",
                    Phrase.of(BillingWords.LINES_NEGATED, target),
                    Phrase.of(BillingWords.LINE_COUNT, credit.lines().size())));
            return;
        }
        int differing = differingLine(credit.lines(), invoice.lines());
        if (differing >= 0) {
            BillLine l = credit.lines().get(differing);
            problems.add(d.problem(
                    "lines",
                    Phrase.of(BillingWords.LINES_NEGATED, target),
                    Phrase.of(BillingWords.LINE_OF, differing + 1, l.component(), l.amount())));
        }
    }

    /** The first line of the credit note that is not the invoice's line negated, or -1 when each is. */
    private static int differingLine(List<BillLine> credit, List<BillLine> invoice) {
        for (int i = 0; i < credit.size(); i++) {
            BillLine c = credit.get(i);
            BillLine v = invoice.get(i);
            if (!c.component().equals(v.component())
                    || !c.amount().equals(v.amount().negated())) {
                return i;
            }
        }
        return -1;
    }
}
