package org.ruralwater.billing.collection;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.ruralwater.billing.wording.BillingWords;
import org.ruralwater.core.datafile.JsonReader;
import org.ruralwater.core.range.Range;
import org.ruralwater.core.range.Within;

/**
 * When bills fall due and what lateness costs, as data.
 *
 * @param paymentTermDays days after the end of the billed period until the bill is due, at most a year
 * @param lateFeeDailyRate the late fee per day on the amount overdue (0.005 = 5‰ a day), 0 to 1
 * @param graceDays days after the due date before the late fee runs, at most a year
 * @param lateFeeCap the late fee on a bill is at most this share of its amount (1 = the principal), 0 to 100
 * @param ageingBands upper limits, in days past due, of the ageing bands; the last band is open
 */
public record CollectionPolicy(
        @Within(min = "0", max = "366") int paymentTermDays,
        @Within(min = "0", max = "1") BigDecimal lateFeeDailyRate,
        @Within(min = "0", max = "366") int graceDays,
        @Within(min = "0", max = "100") BigDecimal lateFeeCap,
        List<Integer> ageingBands,
        String source) {

    // Before the presets below, which the constructor checks against them.
    private static final Range TERM = Range.of(CollectionPolicy.class, "paymentTermDays");
    private static final Range RATE = Range.of(CollectionPolicy.class, "lateFeeDailyRate");
    private static final Range GRACE = Range.of(CollectionPolicy.class, "graceDays");
    private static final Range CAP = Range.of(CollectionPolicy.class, "lateFeeCap");

    /**
     * The common local rule (../shared/domain.md §4.3, medium): 0.5% a day once 15 days have passed after the
     * bill (Zhejiang urban-supply rules), capped at the principal; bills due 15 days after the month.
     */
    public static final CollectionPolicy COMMON = new CollectionPolicy(
            15,
            new BigDecimal("0.005"),
            15,
            BigDecimal.ONE,
            List.of(30, 60, 90),
            "0.5% a day after 15 days (Zhejiang urban-supply rules; Wenzhou; village bylaws), capped at the principal; "
                    + "../shared/domain.md §4.3 (medium). The rule must be in the supply contract (Civil Code).");

    public CollectionPolicy {
        requireNonNull(lateFeeDailyRate, "lateFeeDailyRate");
        requireNonNull(lateFeeCap, "lateFeeCap");
        ageingBands = List.copyOf(ageingBands);
        requireNonNull(source, "source");
        if (paymentTermDays < 0 || graceDays < 0) {
            throw new IllegalArgumentException("days cannot be negative");
        }
        if (lateFeeDailyRate.signum() < 0 || lateFeeCap.signum() < 0) {
            throw new IllegalArgumentException("the late-fee rate and cap cannot be negative");
        }
        TERM.check(BillingWords.PAYMENT_TERM, paymentTermDays);
        RATE.check(BillingWords.LATE_FEE_RATE, lateFeeDailyRate);
        GRACE.check(BillingWords.GRACE_DAYS, graceDays);
        CAP.check(BillingWords.LATE_FEE_CAP, lateFeeCap);
        for (int i = 1; i < ageingBands.size(); i++) {
            if (ageingBands.get(i) <= ageingBands.get(i - 1)) {
                throw new IllegalArgumentException("ageing bands must rise, but were " + ageingBands);
            }
        }
    }

    public static CollectionPolicy read(Path file) {
        return JsonReader.forRecord(CollectionPolicy.class).readOne(file);
    }
}
