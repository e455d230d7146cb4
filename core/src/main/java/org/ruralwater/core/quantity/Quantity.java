package org.ruralwater.core.quantity;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Optional;

/**
 * A measured amount: an exact decimal value in a unit, such as {@code 0.010 mg/L} or {@code 1200 m³/d}.
 *
 * <p>The value keeps the scale it was given with, because on a lab report {@code 1.0} and {@code 1.00}
 * say different things about precision; {@link #isEquivalentTo} compares amounts regardless of scale and
 * unit. The text form is the value, a space and the unit symbol; {@link #parse} reads it back.
 */
public record Quantity(BigDecimal value, Unit unit) implements Comparable<Quantity> {

    public Quantity {
        requireNonNull(value, "value");
        requireNonNull(unit, "unit");
    }

    public static Quantity of(BigDecimal value, Unit unit) {
        return new Quantity(value, unit);
    }

    public static Quantity of(String value, Unit unit) {
        requireNonNull(value, "value");
        try {
            return new Quantity(Decimals.parse(value), unit);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("\"" + value + "\" is not a decimal number", e);
        }
    }

    public static Quantity of(long value, Unit unit) {
        return new Quantity(BigDecimal.valueOf(value), unit);
    }

    /** Reads {@code "0.01 mg/L"}: a decimal, then the unit after the first space (none for pH). */
    public static Quantity parse(String text) {
        requireNonNull(text, "text");
        String t = text.strip();
        int space = t.indexOf(' ');
        String number = space < 0 ? t : t.substring(0, space);
        String unit = space < 0 ? "" : t.substring(space + 1);
        return of(number, Unit.parse(unit));
    }

    /**
     * This quantity in another unit of the same dimension, exactly.
     *
     * @throws IncompatibleUnitsException when the units measure different things
     * @throws ArithmeticException when the exact result has no finite decimal form (1 MPa in metres of
     *     water); use {@link #to(Unit, MathContext)} then
     */
    public Quantity to(Unit target) {
        requireNonNull(target, "target");
        if (target == unit) {
            return this;
        }
        checkConvertible(target);
        Optional<BigDecimal> ratio = unit.exactRatioTo(target);
        if (ratio.isPresent()) {
            return new Quantity(strip(value.multiply(ratio.get())), target);
        }
        BigDecimal inBase = value.multiply(unit.factorToBase());
        try {
            return new Quantity(strip(inBase.divide(target.factorToBase())), target);
        } catch (ArithmeticException e) {
            throw new ArithmeticException("converting " + this + " to " + target.symbol()
                    + " gives a decimal that never ends\nMaybe call to(unit, mathContext) to round it.");
        }
    }

    /** This quantity in another unit of the same dimension, rounded as the context says. */
    public Quantity to(Unit target, MathContext context) {
        requireNonNull(target, "target");
        requireNonNull(context, "context");
        if (target == unit) {
            return this;
        }
        checkConvertible(target);
        Optional<BigDecimal> ratio = unit.exactRatioTo(target);
        if (ratio.isPresent()) {
            return new Quantity(value.multiply(ratio.get()).round(context), target);
        }
        BigDecimal inBase = value.multiply(unit.factorToBase());
        return new Quantity(inBase.divide(target.factorToBase(), context), target);
    }

    public Quantity plus(Quantity other) {
        return new Quantity(value.add(other.to(unit).value), unit);
    }

    public Quantity minus(Quantity other) {
        return new Quantity(value.subtract(other.to(unit).value), unit);
    }

    public Quantity multipliedBy(BigDecimal factor) {
        return new Quantity(value.multiply(requireNonNull(factor, "factor")), unit);
    }

    /** Whether both quantities are the same amount, whatever their units and scales. */
    public boolean isEquivalentTo(Quantity other) {
        return compareTo(other) == 0;
    }

    public boolean isGreaterThan(Quantity other) {
        return compareTo(other) > 0;
    }

    public boolean isLessThan(Quantity other) {
        return compareTo(other) < 0;
    }

    /** Compares amounts across units of one dimension, exactly. */
    @Override
    public int compareTo(Quantity other) {
        requireNonNull(other, "other");
        checkConvertible(other.unit);
        return value.multiply(unit.factorToBase()).compareTo(other.value.multiply(other.unit.factorToBase()));
    }

    @Override
    public String toString() {
        return unit == Unit.ONE ? value.toPlainString() : value.toPlainString() + " " + unit.symbol();
    }

    private void checkConvertible(Unit target) {
        if (!unit.isConvertibleTo(target)) {
            throw new IncompatibleUnitsException(unit, target);
        }
    }

    private static BigDecimal strip(BigDecimal d) {
        BigDecimal s = d.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }
}
