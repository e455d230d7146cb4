package org.ruralwater.qualityrules.sample;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.ruralwater.core.quantity.Dimension;
import org.ruralwater.core.quantity.Quantity;
import org.ruralwater.core.quantity.Unit;
import org.ruralwater.core.range.Range;
import org.ruralwater.core.range.Within;
import org.ruralwater.core.wording.Phrase;
import org.ruralwater.qualityrules.wording.QualityWords;

/**
 * The values a laboratory result can physically take, per family of units, and pH's scale by indicator: a
 * value outside them is a mistake in the input, never a verdict. Each family's range is declared once, in
 * the unit of its {@link Within}, and holds in every unit of the family after exact conversion (10⁶ mg/L is
 * 10⁹ µg/L).
 *
 * <p>A measured value lies in the range; a detection limit lies above its lower end (a limit of 0 detects
 * nothing), and a method's upper bound lies below its upper end ({@code >14} for pH says nothing possible).
 * Colony counts are whole; a most probable number is not (the tables give 2.2 or 2419.6), nor is a count of
 * cysts per 10 L (the filtered volume is rarely 10 L).
 */
enum PhysicalDomain {
    /** A mass per volume: at most 1 kg/L, which is no longer water. */
    @Within(min = "0", max = "1e6", unit = "mg/L")
    CONCENTRATION(QualityWords.A_CONCENTRATION),
    /** Nephelometric turbidity: meters read up to a few thousand NTU. */
    @Within(min = "0", max = "1e4", unit = "NTU")
    TURBIDITY(QualityWords.A_TURBIDITY),
    /** Platinum-cobalt colour, on the same scale of magnitude as turbidity. */
    @Within(min = "0", max = "1e4", unit = "度")
    COLOUR(QualityWords.A_COLOUR),
    /** Colonies counted on a plate or a membrane: whole numbers. */
    @Within(min = "0", max = "1e9", unit = "CFU/mL")
    COLONY_COUNT(QualityWords.A_COLONY_COUNT),
    /** A most probable number, from a table. */
    @Within(min = "0", max = "1e9", unit = "MPN/mL")
    MOST_PROBABLE_NUMBER(QualityWords.A_MOST_PROBABLE_NUMBER),
    /** Cysts or oocysts per 10 L. */
    @Within(min = "0", max = "1e9", unit = "/10L")
    ORGANISMS(QualityWords.AN_ORGANISM_COUNT),
    /** Gross α or β activity: natural waters stay below a few kBq/L even for radon. */
    @Within(min = "0", max = "1e6", unit = "Bq/L")
    ACTIVITY(QualityWords.AN_ACTIVITY),
    /** Conductivity: brines reach a few hundred thousand µS/cm. */
    @Within(min = "0", max = "1e6", unit = "µS/cm")
    CONDUCTIVITY(QualityWords.A_CONDUCTIVITY),
    /** pH, by indicator rather than by unit: the scale of the meters. */
    @Within(min = "0", max = "14")
    PH(QualityWords.A_PH),
    /** Any other pure number, such as a ratio sum a laboratory reports. */
    @Within(min = "0", max = "1e9")
    NUMBER(QualityWords.A_NUMBER);

    /** pH's code in every standard file; codes are stable across editions and agencies' files. */
    static final String PH_CODE = "ph";

    private static final PhysicalDomain[] BY_DIMENSION = byDimension();

    private final QualityWords kind;
    private final Range declared;
    /** The range in each unit, by the unit's ordinal; null for a unit of another family. */
    private final @Nullable Range[] inUnit;

    PhysicalDomain(QualityWords kind) {
        this.kind = kind;
        this.declared = declaredRange(name());
        this.inUnit = new Range[Unit.values().length];
        Unit reference = declared.unit().orElse(Unit.ONE);
        for (Unit u : Unit.values()) {
            if (u.isConvertibleTo(reference)) {
                inUnit[u.ordinal()] = convert(declared, reference, u);
            }
        }
    }

    /**
     * The domain of the indicator's results in the unit, or empty when no water-quality result is measured
     * in that unit (a volume, a flow, a pressure).
     */
    static @Nullable PhysicalDomain of(String indicator, Unit unit) {
        if (unit == Unit.ONE && indicator.equals(PH_CODE)) {
            return PH;
        }
        return BY_DIMENSION[unit.dimension().ordinal()];
    }

    /** The range as declared, in its own unit. */
    Range declared() {
        return declared;
    }

    /** The range of a measured value in the unit, one of this family's. */
    Range range(Unit unit) {
        Range r = inUnit[unit.ordinal()];
        if (r == null) {
            throw new IllegalArgumentException(unit.symbol() + " is not a unit of " + this);
        }
        return r;
    }

    /** Whether a measured value in one of this family's units is possible. */
    boolean admitsValue(Quantity q) {
        return range(q.unit()).contains(q.value()) && (this != COLONY_COUNT || isWhole(q.value()));
    }

    /** Whether a detection limit is possible: above the range's lower end, up to its upper end. */
    boolean admitsLimit(BigDecimal limit, Unit unit) {
        Range r = range(unit);
        return limit.compareTo(r.min()) > 0 && limit.compareTo(r.max()) <= 0;
    }

    /** Whether an upper bound of a method's range is possible: from the lower end, below the upper end. */
    boolean admitsBound(BigDecimal bound, Unit unit) {
        Range r = range(unit);
        return bound.compareTo(r.min()) >= 0 && bound.compareTo(r.max()) < 0;
    }

    /** What a measured value in the unit is, in words: "a turbidity from 0 to 10000 NTU". */
    Phrase expectedValue(Unit unit) {
        return range(unit).expected(Phrase.of(kind));
    }

    /** What a detection limit in the unit is: "a detection limit above 0 and up to 1000000 mg/L". */
    Phrase expectedLimit(Unit unit) {
        Range r = range(unit);
        return new Range(r.min(), false, r.max(), true, r.unit()).expected(Phrase.of(QualityWords.A_DETECTION_LIMIT));
    }

    /** What a method's upper bound in the unit is: "a bound of the method's range from 0 and below 14". */
    Phrase expectedBound(Unit unit) {
        Range r = range(unit);
        return new Range(r.min(), true, r.max(), false, r.unit()).expected(Phrase.of(QualityWords.A_RANGE_BOUND));
    }

    /**
     * Why the result cannot be one of the indicator's, in words for a caller, or null when it can. Nothing
     * is allocated for a possible result.
     */
    static @Nullable String refusal(String indicator, Result result) {
        if (result instanceof Result.Measured m) {
            Quantity q = m.value();
            PhysicalDomain d = of(indicator, q.unit());
            if (d == null) {
                return noResultUnit(indicator, q.unit());
            }
            return d.admitsValue(q) ? null : refusal(indicator, d.expectedValue(q.unit()), result);
        }
        if (result instanceof Result.BelowLimit b && b.limit().isPresent()) {
            Quantity q = b.limit().get();
            PhysicalDomain d = of(indicator, q.unit());
            if (d == null) {
                return noResultUnit(indicator, q.unit());
            }
            return d.admitsLimit(q.value(), q.unit()) ? null : refusal(indicator, d.expectedLimit(q.unit()), result);
        }
        if (result instanceof Result.AboveRange a) {
            Quantity q = a.bound();
            PhysicalDomain d = of(indicator, q.unit());
            if (d == null) {
                return noResultUnit(indicator, q.unit());
            }
            return d.admitsBound(q.value(), q.unit()) ? null : refusal(indicator, d.expectedBound(q.unit()), result);
        }
        return null;
    }

    private static String refusal(String indicator, Phrase expected, Result result) {
        return "a result of " + indicator + " must be " + expected + ", but is " + result;
    }

    private static String noResultUnit(String indicator, Unit unit) {
        return "no water-quality result, such as one of " + indicator + ", is measured in " + unit.symbol();
    }

    static boolean isWhole(BigDecimal v) {
        // The scale test first: "12" needs no stripped copy.
        return v.scale() <= 0 || v.signum() == 0 || v.stripTrailingZeros().scale() <= 0;
    }

    private static Range declaredRange(String constant) {
        try {
            Within w = PhysicalDomain.class.getField(constant).getAnnotation(Within.class);
            if (w == null) {
                throw new IllegalStateException("PhysicalDomain." + constant + " declares no @Within");
            }
            return Range.of(w);
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The range in another unit of its family: exact for every unit of the families above. */
    private static Range convert(Range r, Unit from, Unit to) {
        if (from == to) {
            return r;
        }
        BigDecimal ratio = from.factorToBase().divide(to.factorToBase(), MathContext.DECIMAL128);
        return new Range(
                plain(r.min().multiply(ratio)),
                r.minIncluded(),
                plain(r.max().multiply(ratio)),
                r.maxIncluded(),
                Optional.of(to));
    }

    private static BigDecimal plain(BigDecimal d) {
        BigDecimal s = d.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }

    private static PhysicalDomain[] byDimension() {
        PhysicalDomain[] map = new PhysicalDomain[Dimension.values().length];
        map[Dimension.MASS_CONCENTRATION.ordinal()] = CONCENTRATION;
        map[Dimension.TURBIDITY.ordinal()] = TURBIDITY;
        map[Dimension.COLOUR.ordinal()] = COLOUR;
        map[Dimension.COLONY_COUNT.ordinal()] = COLONY_COUNT;
        map[Dimension.MOST_PROBABLE_NUMBER.ordinal()] = MOST_PROBABLE_NUMBER;
        map[Dimension.ORGANISMS.ordinal()] = ORGANISMS;
        map[Dimension.ACTIVITY_CONCENTRATION.ordinal()] = ACTIVITY;
        map[Dimension.CONDUCTIVITY.ordinal()] = CONDUCTIVITY;
        map[Dimension.DIMENSIONLESS.ordinal()] = NUMBER;
        return map;
    }
}
