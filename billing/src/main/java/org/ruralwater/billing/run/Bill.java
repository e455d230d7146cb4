package org.ruralwater.billing.run;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.ruralwater.billing.reading.AnomalyCode;
import org.ruralwater.billing.tariff.BillLine;
import org.ruralwater.billing.wording.BillingWords;
import org.ruralwater.core.calendar.Period;
import org.ruralwater.core.datafile.Coded;
import org.ruralwater.core.household.HouseholdId;
import org.ruralwater.core.money.Money;
import org.ruralwater.core.range.Range;
import org.ruralwater.core.range.Within;

/**
 * An issued document: an invoice, or a credit note that cancels one. Issued documents are never changed; a
 * correction is a credit note for the old invoice and a new invoice.
 *
 * @param m3 the volume the document bills: 0 to 10^9 m³ on an invoice, its negation on a credit note (and so
 *     is each line's quantity)
 * @param total the sum of the lines, within ±10^9 of the currency's unit
 * @param estimated whether the volume rests on an estimate, which the bill must say
 * @param flags the anomalies the bill was issued with
 * @param cancels for a credit note, the invoice it cancels
 */
public record Bill(
        String id,
        Kind kind,
        HouseholdId household,
        Period period,
        String tariff,
        @Within(min = "-1e9", max = "1e9", unit = "m³") BigDecimal m3,
        List<BillLine> lines,
        @Within(min = "-1e9", max = "1e9") Money total,
        boolean estimated,
        List<AnomalyCode> flags,
        Optional<String> cancels) {

    /** What the document is. */
    public enum Kind implements Coded {
        INVOICE,
        CREDIT_NOTE
    }

    private static final Range M3 = Range.of(Bill.class, "m3");
    private static final Range TOTAL = Range.of(Bill.class, "total");

    public Bill {
        requireNonNull(id, "id");
        requireNonNull(kind, "kind");
        requireNonNull(household, "household");
        requireNonNull(period, "period");
        requireNonNull(tariff, "tariff");
        requireNonNull(m3, "m3");
        lines = List.copyOf(lines);
        requireNonNull(total, "total");
        flags = List.copyOf(flags);
        requireNonNull(cancels, "cancels");
        // An invoice bills water used, a credit note takes it back: the sign of every volume is the kind's, and
        // then only the end of the volume's domain on that side is left to compare (a run makes a bill per
        // household).
        int sign = kind == Kind.INVOICE ? 1 : -1;
        if (m3.signum() == -sign) {
            throw new IllegalArgumentException("bill " + id + ": " + (sign > 0 ? "an invoice" : "a credit note")
                    + " bills " + (sign > 0 ? "0 m³ or more" : "0 m³ or less") + ", not " + m3);
        }
        if (sign > 0 ? m3.compareTo(M3.max()) > 0 : m3.compareTo(M3.min()) < 0) {
            M3.check(BillingWords.VOLUME_OF_BILL, id, m3);
        }
        if (!TOTAL.contains(total.amount())) {
            TOTAL.check(BillingWords.TOTAL_OF_BILL, id, total.amount());
        }
        for (int i = 0; i < lines.size(); i++) {
            Optional<BigDecimal> q = lines.get(i).quantity();
            if (q.isPresent() && q.get().signum() == -sign) {
                throw new IllegalArgumentException("bill " + id + ": line " + (i + 1) + " ("
                        + lines.get(i).component() + ") has a quantity of "
                        + q.get().toPlainString()
                        + " m³ on " + (sign > 0 ? "an invoice" : "a credit note"));
            }
        }
        Money sum = BillLine.total(total.currency(), lines);
        if (!sum.equals(total)) {
            throw new IllegalArgumentException(
                    "bill " + id + ": total " + total + " is not the sum of its lines, " + sum);
        }
        if ((kind == Kind.CREDIT_NOTE) != cancels.isPresent()) {
            throw new IllegalArgumentException(
                    "bill " + id + ": a credit note, and only a credit note, cancels an invoice");
        }
    }

    /** Whether two documents charge the same thing: same lines, volume, flags and estimate. */
    boolean sameCharge(Bill other) {
        return lines.equals(other.lines)
                && m3.compareTo(other.m3) == 0
                && tariff.equals(other.tariff)
                && estimated == other.estimated
                && flags.equals(other.flags);
    }

    /** The same document under another id: an invoice that follows the credit note cancelling its predecessor. */
    Bill renumbered(String newId) {
        return new Bill(newId, kind, household, period, tariff, m3, lines, total, estimated, flags, cancels);
    }
}
