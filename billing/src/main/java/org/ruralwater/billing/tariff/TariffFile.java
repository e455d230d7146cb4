package org.ruralwater.billing.tariff;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.ruralwater.core.datafile.Coded;

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

    /** One charge of the tariff; which fields it needs depends on its kind. */
    record Row(
            Kind kind,
            String name,
            Optional<BigDecimal> price,
            Optional<Allowance> allowance,
            Optional<List<Block>> blocks,
            Optional<PerPerson> perPerson,
            Optional<BigDecimal> amount,
            Optional<Per> per,
            Optional<BigDecimal> quota,
            Optional<List<Step>> steps) {}

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
    record Block(Optional<BigDecimal> upTo, BigDecimal price) {}

    /** Each block boundary grows by {@code extra} m³ per person above {@code includedMembers}. */
    record PerPerson(int includedMembers, BigDecimal extra) {}

    /** A surcharge step: consumption over quota up to this percent of the quota pays the base price times this. */
    record Step(Optional<BigDecimal> overPercentUpTo, BigDecimal multiplier) {}
}
