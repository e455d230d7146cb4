package org.ruralwater.core.range;

import static java.util.Objects.requireNonNull;

import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Optional;
import org.ruralwater.core.quantity.Quantity;
import org.ruralwater.core.quantity.Unit;
import org.ruralwater.core.wording.CoreWords;
import org.ruralwater.core.wording.Phrase;
import org.ruralwater.core.wording.PhraseKey;
import org.ruralwater.core.wording.RefusalException;

/**
 * A range of decimals, each end included or not, optionally in a unit: the physical domain of a value.
 * Its text form is {@code [1, 50]}, {@code (0, 10000000] m³/d}.
 */
public record Range(BigDecimal min, boolean minIncluded, BigDecimal max, boolean maxIncluded, Optional<Unit> unit) {

    /**
     * The domain of a decimal read from a file that declares none: ±10^15, past every quantity, price,
     * count and rate of this domain, and far below what makes arithmetic slow.
     */
    public static final Range ANY_DECIMAL =
            new Range(new BigDecimal("-1e15"), true, new BigDecimal("1e15"), true, Optional.empty());

    /** The most digits a decimal is shown with in full. */
    private static final int PLAIN_DIGITS = 24;

    public Range {
        requireNonNull(min, "min");
        requireNonNull(max, "max");
        requireNonNull(unit, "unit");
        if (min.compareTo(max) > 0) {
            throw new IllegalArgumentException("a range from " + min + " to " + max + " is empty");
        }
    }

    /** Both ends included. */
    public static Range closed(long min, long max) {
        return new Range(BigDecimal.valueOf(min), true, BigDecimal.valueOf(max), true, Optional.empty());
    }

    /** The range an annotation declares. */
    public static Range of(Within w) {
        return new Range(
                new BigDecimal(w.min()),
                w.minIncluded(),
                new BigDecimal(w.max()),
                w.maxIncluded(),
                w.unit().isEmpty() ? Optional.empty() : Optional.of(Unit.parse(w.unit())));
    }

    /**
     * The range declared on a record's component, for the record's constructor to check what the readers
     * check.
     *
     * @throws IllegalArgumentException when the component has no {@link Within}
     */
    public static Range of(Class<? extends Record> type, String component) {
        for (RecordComponent c : type.getRecordComponents()) {
            if (c.getName().equals(component)) {
                Within w = c.getAnnotation(Within.class);
                if (w == null) {
                    throw new IllegalArgumentException(type.getSimpleName() + "." + component + " declares no range");
                }
                return of(w);
            }
        }
        throw new IllegalArgumentException(type.getSimpleName() + " has no component " + component);
    }

    /** The range declared on a record component, if any. */
    public static Optional<Range> declaredOn(RecordComponent component) {
        Within w = component.getAnnotation(Within.class);
        return w == null ? Optional.empty() : Optional.of(of(w));
    }

    public boolean contains(BigDecimal value) {
        int low = value.compareTo(min);
        int high = value.compareTo(max);
        return (minIncluded ? low >= 0 : low > 0) && (maxIncluded ? high <= 0 : high < 0);
    }

    public boolean contains(long value) {
        return contains(BigDecimal.valueOf(value));
    }

    /**
     * Whether the quantity, in this range's unit, lies in it. A quantity of another dimension is not
     * this range's to judge: it is left to the check of the dimension.
     */
    public boolean contains(Quantity value) {
        if (unit.isEmpty()) {
            return contains(value.value());
        }
        if (!value.unit().isConvertibleTo(unit.get())) {
            return true;
        }
        return contains(value.to(unit.get(), MathContext.DECIMAL128).value());
    }

    /**
     * Whether a value read for a component of this range lies in it: a number or quantity, or an absent
     * or other value (not this range's to judge).
     */
    public boolean admits(Object value) {
        if (value instanceof Optional<?> o) {
            return o.isEmpty() || admits(o.get());
        }
        if (value instanceof List<?> l) {
            return l.stream().allMatch(this::admits);
        }
        if (value instanceof Integer i) {
            return contains(i.longValue());
        }
        if (value instanceof Long l) {
            return contains(l);
        }
        if (value instanceof BigDecimal d) {
            return contains(d);
        }
        if (value instanceof Quantity q) {
            return contains(q);
        }
        return true;
    }

    /**
     * Refuses a value outside the range, naming what it is in English alone; the phrase forms below name it
     * in the reader's language too.
     *
     * @throws RefusalException "members of household H-5 must be in [1, 50], but is 0"
     */
    public void check(String what, long value) {
        if (!contains(value)) {
            throw refusal(what, Long.toString(value));
        }
    }

    /** {@link #check(String, long)} for a decimal. */
    public void check(String what, BigDecimal value) {
        if (!contains(value)) {
            throw refusal(what, text(value));
        }
    }

    /** {@link #check(String, long)} for a quantity. */
    public void check(String what, Quantity value) {
        if (!contains(value)) {
            throw refusal(what, value.toString());
        }
    }

    /**
     * {@link #check(String, long)} for the value of something named by its id ({@code "the members of
     * household"}, {@code H-5}). Records check their values on every construction, a file's worth of them in
     * a read: the name is put together only for a value refused.
     */
    public void check(String what, Object whose, long value) {
        if (!contains(value)) {
            throw refusal(what + " " + whose, Long.toString(value));
        }
    }

    /** {@link #check(String, Object, long)} for a decimal. */
    public void check(String what, Object whose, BigDecimal value) {
        if (!contains(value)) {
            throw refusal(what + " " + whose, text(value));
        }
    }

    /** {@link #check(String, Object, long)} for a quantity. */
    public void check(String what, Object whose, Quantity value) {
        if (!contains(value)) {
            throw refusal(what + " " + whose, value.toString());
        }
    }

    /**
     * Refuses a value outside the range, naming what it is by a phrase key without arguments ("the grace
     * days", 宽限天数): the phrase is made only for a value refused.
     *
     * @throws RefusalException whose reason is "the grace days must be in [0, 365], but is 400" in English
     */
    public void check(PhraseKey what, long value) {
        if (!contains(value)) {
            throw refusal(Phrase.of(what), Long.toString(value));
        }
    }

    /** {@link #check(PhraseKey, long)} for a decimal. */
    public void check(PhraseKey what, BigDecimal value) {
        if (!contains(value)) {
            throw refusal(Phrase.of(what), text(value));
        }
    }

    /** {@link #check(PhraseKey, long)} for a quantity. */
    public void check(PhraseKey what, Quantity value) {
        if (!contains(value)) {
            throw refusal(Phrase.of(what), value.toString());
        }
    }

    /**
     * Refuses a value outside the range, naming what it is in a phrase ("the reading of meter M1 on
     * 2026-03-30", 水表 M1 在 2026-03-30 的读数); for a
     * name with arguments, a caller that builds one for each value checks {@link #contains} first.
     *
     * @throws RefusalException whose reason is "the grace days must be in [0, 365], but is 400" in English
     */
    public void check(Phrase what, long value) {
        if (!contains(value)) {
            throw refusal(what, Long.toString(value));
        }
    }

    /** {@link #check(Phrase, long)} for a decimal. */
    public void check(Phrase what, BigDecimal value) {
        if (!contains(value)) {
            throw refusal(what, text(value));
        }
    }

    /** {@link #check(Phrase, long)} for a quantity. */
    public void check(Phrase what, Quantity value) {
        if (!contains(value)) {
            throw refusal(what, value.toString());
        }
    }

    /**
     * Refuses a value outside the range, naming what it is by a phrase key whose one argument is the id of
     * whose value it is ("the members of household {0}", H-5): the phrase is made only for a value refused.
     *
     * @throws RefusalException whose reason is "the members of household H-5 must be in [1, 50], but is 0"
     */
    public void check(PhraseKey what, Object whose, long value) {
        if (!contains(value)) {
            throw refusal(Phrase.of(what, whose), Long.toString(value));
        }
    }

    /** {@link #check(PhraseKey, Object, long)} for a decimal. */
    public void check(PhraseKey what, Object whose, BigDecimal value) {
        if (!contains(value)) {
            throw refusal(Phrase.of(what, whose), text(value));
        }
    }

    /** {@link #check(PhraseKey, Object, long)} for a quantity. */
    public void check(PhraseKey what, Object whose, Quantity value) {
        if (!contains(value)) {
            throw refusal(Phrase.of(what, whose), value.toString());
        }
    }

    /** What a value of this range is, in words: "a whole number from 1 to 50". */
    public Phrase expected(Phrase kind) {
        CoreWords key = minIncluded
                ? maxIncluded ? CoreWords.WITHIN_CLOSED : CoreWords.WITHIN_BELOW
                : maxIncluded ? CoreWords.WITHIN_ABOVE : CoreWords.WITHIN_OPEN;
        String suffix = unit.map(u -> " " + u.symbol()).orElse("");
        return Phrase.of(key, kind, text(min), text(max) + suffix);
    }

    @Override
    public String toString() {
        return (minIncluded ? "[" : "(") + text(min) + ", " + text(max) + (maxIncluded ? "]" : ")")
                + unit.map(u -> " " + u.symbol()).orElse("");
    }

    /**
     * A decimal as a message shows it: plainly ({@code 10000000}, {@code 0.001}) unless that would take more
     * than {@value #PLAIN_DIGITS} digits, as {@code 1e400} would take 401; then in six significant digits
     * and an exponent ({@code 1E+400}).
     */
    public static String text(BigDecimal value) {
        requireNonNull(value, "value");
        int integerDigits = value.precision() - value.scale();
        if (integerDigits <= PLAIN_DIGITS && value.scale() <= PLAIN_DIGITS) {
            return value.toPlainString();
        }
        return value.round(new MathContext(6)).stripTrailingZeros().toString();
    }

    private RefusalException refusal(String what, String value) {
        return refusal(Phrase.verbatim(what), value);
    }

    private RefusalException refusal(Phrase what, String value) {
        return new RefusalException(Phrase.of(CoreWords.OUT_OF_RANGE, what, toString(), value));
    }
}
