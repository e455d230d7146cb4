package org.ruralwater.billing.tariff;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.ruralwater.billing.wording.BillingWords;
import org.ruralwater.core.datafile.Coded;
import org.ruralwater.core.range.Range;
import org.ruralwater.core.range.Within;

/** A tariff file as read; {@link Tariff#of} checks it and turns its rows into components. */
record TariffFile(
        String id,
        String title,
        UserCategory category,
        Currency currency,
        LocalDate effectiveFrom,
        Optional<LocalDate> effectiveTo,
        String source,
        Confidence confidence,
        RoundingMode rounding,
        List<Row> components) {

    /** How sure the file is of its numbers: HIGH from an official text, MEDIUM from a faithful secondary copy. */
    enum Confidence implements Coded {
        HIGH,
        MEDIUM,
        LOW,
        /** Numbers made up to show a tariff kind; never a real price. */
        ILLUSTRATIVE
    }

    /**
     * One charge of the tariff; which fields it needs depends on its kind. Prices, amounts and quotas are 0 to
     * 10^9 of their unit (yuan per m³, per household or person and month; m³ a month): far beyond any rural
     * tariff, far below what makes the arithmetic of a bill run misbehave.
     */
    record Row(
            Kind kind,
            String name,
            @Within(min = "0", max = "1e9") Optional<BigDecimal> price,
            Optional<Allowance> allowance,
            Optional<List<Block>> blocks,
            Optional<PerPerson> perPerson,
            @Within(min = "0", max = "1e9") Optional<BigDecimal> amount,
            Optional<Per> per,
            @Within(min = "0", max = "1e9", unit = "m³") Optional<BigDecimal> quota,
            Optional<List<Step>> steps) {

        private static final Range PRICE = Range.of(Row.class, "price");
        private static final Range AMOUNT = Range.of(Row.class, "amount");
        private static final Range QUOTA = Range.of(Row.class, "quota");

        Row {
            price.ifPresent(v -> PRICE.check(BillingWords.PRICE_OF, name, v));
            amount.ifPresent(v -> AMOUNT.check(BillingWords.AMOUNT_OF, name, v));
            quota.ifPresent(v -> QUOTA.check(BillingWords.QUOTA_OF, name, v));
        }
    }

    enum Kind implements Coded {
        VOLUMETRIC,
        TIERED,
        FIXED,
        MINIMUM_CHARGE,
        QUOTA_SURCHARGE
    }

    /** Over what period a tiered allowance runs. */
    enum Allowance implements Coded {
        MONTH,
        YEAR
    }

    /** What a fixed charge is counted per, each month. */
    enum Per implements Coded {
        HOUSEHOLD,
        PERSON
    }

    /** A block of a tiered tariff: up to this cumulative volume (inclusive), at this price. */
    record Block(
            @Within(min = "0", max = "1e9", unit = "m³") Optional<BigDecimal> upTo,
            @Within(min = "0", max = "1e9") BigDecimal price) {

        private static final Range UP_TO = Range.of(Block.class, "upTo");
        private static final Range PRICE = Range.of(Block.class, "price");

        Block {
            upTo.ifPresent(v -> UP_TO.check(BillingWords.BLOCK_UP_TO, v));
            PRICE.check(BillingWords.BLOCK_PRICE, price);
        }
    }

    /** Each block boundary grows by {@code extra} m³ per person above {@code includedMembers}. */
    record PerPerson(
            @Within(min = "0", max = "50") int includedMembers,
            @Within(min = "0", max = "1e9", unit = "m³") BigDecimal extra) {

        private static final Range INCLUDED = Range.of(PerPerson.class, "includedMembers");
        private static final Range EXTRA = Range.of(PerPerson.class, "extra");

        PerPerson {
            INCLUDED.check(BillingWords.INCLUDED_MEMBERS, includedMembers);
            EXTRA.check(BillingWords.EXTRA_PER_PERSON, extra);
        }
    }

    /** A surcharge step: consumption over quota up to this percent of the quota pays the base price times this. */
    record Step(
            @Within(min = "0", max = "1e9") Optional<BigDecimal> overPercentUpTo,
            @Within(min = "0", max = "1e9") BigDecimal multiplier) {

        private static final Range PERCENT = Range.of(Step.class, "overPercentUpTo");
        private static final Range MULTIPLIER = Range.of(Step.class, "multiplier");

        Step {
            overPercentUpTo.ifPresent(v -> PERCENT.check(BillingWords.STEP_OVER_PERCENT, v));
            MULTIPLIER.check(BillingWords.STEP_MULTIPLIER, multiplier);
        }
    }
}
