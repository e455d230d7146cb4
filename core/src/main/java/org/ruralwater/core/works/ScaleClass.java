package org.ruralwater.core.works;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.Optional;
import org.ruralwater.core.datafile.Coded;
import org.ruralwater.core.quantity.Quantity;
import org.ruralwater.core.quantity.Unit;

/**
 * The scale class of a centralized rural works by its design supply W, per the rural water-supply
 * engineering code's Table 1.0.3 (SL 310-2019 《村镇供水工程技术规范》; medium confidence, taken from
 * ../shared/domain.md §3.2). Each class includes its lower bound and excludes its upper bound.
 */
public enum ScaleClass implements Coded {
    /** Ⅰ型: W ≥ 10000 m³/d. */
    I(10000, Long.MAX_VALUE),
    /** Ⅱ型: 5000 ≤ W &lt; 10000 m³/d. */
    II(5000, 10000),
    /** Ⅲ型: 1000 ≤ W &lt; 5000 m³/d. */
    III(1000, 5000),
    /** Ⅳ型: 100 ≤ W &lt; 1000 m³/d. */
    IV(100, 1000),
    /** Ⅴ型: 10 ≤ W &lt; 100 m³/d. */
    V(10, 100);

    private final BigDecimal lower;
    private final BigDecimal upper;

    ScaleClass(long lower, long upper) {
        this.lower = BigDecimal.valueOf(lower);
        this.upper = BigDecimal.valueOf(upper);
    }

    /**
     * The class of a works with this design supply, or empty below 10 m³/d, where the code sets no class.
     *
     * @throws IllegalArgumentException when the capacity is not a flow
     */
    public static Optional<ScaleClass> of(Quantity designCapacity) {
        requireNonNull(designCapacity, "designCapacity");
        BigDecimal w = designCapacity.to(Unit.CUBIC_METRE_PER_DAY).value();
        for (ScaleClass c : values()) {
            if (w.compareTo(c.lower) >= 0 && w.compareTo(c.upper) < 0) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    /** The smallest design supply of the class, in m³/d. */
    public Quantity lowerBound() {
        return Quantity.of(lower, Unit.CUBIC_METRE_PER_DAY);
    }

    /** Whether the code requires 24-hour continuous supply (class III and above, clause 2.1.3). */
    public boolean requiresContinuousSupply() {
        return compareTo(III) <= 0;
    }
}
