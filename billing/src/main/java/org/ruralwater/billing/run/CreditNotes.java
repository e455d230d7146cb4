package org.ruralwater.billing.run;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.ruralwater.billing.tariff.BillLine;

/** Credit notes: the document that cancels an invoice in force, line by line, before its correction. */
final class CreditNotes {

    private CreditNotes() {}

    /** The credit note, numbered {@code id}, that cancels the invoice: every line and the total negated. */
    static Bill cancelling(Bill invoice, String id) {
        List<BillLine> negated = invoice.lines().stream()
                .map(l -> new BillLine(
                        l.component(),
                        "credit: " + l.description(),
                        l.quantity().map(BigDecimal::negate),
                        l.unitPrice(),
                        l.amount().negated(),
                        l.fund()))
                .toList();
        return new Bill(
                id,
                Bill.Kind.CREDIT_NOTE,
                invoice.household(),
                invoice.period(),
                invoice.tariff(),
                invoice.m3().negate(),
                negated,
                invoice.total().negated(),
                invoice.estimated(),
                invoice.flags(),
                Optional.of(invoice.id()));
    }
}
