package org.ruralwater.qualityrules.evaluation;

import java.math.BigDecimal;
import java.math.MathContext;
import org.jspecify.annotations.Nullable;
import org.ruralwater.core.quantity.Quantity;
import org.ruralwater.core.quantity.Unit;
import org.ruralwater.core.wording.Phrase;
import org.ruralwater.qualityrules.sample.Determination;
import org.ruralwater.qualityrules.standard.Basis;
import org.ruralwater.qualityrules.standard.Indicator;
import org.ruralwater.qualityrules.wording.QualityWords;

/** The unit and basis an indicator's limit is stated in, and a result's value restated in them. */
final class LimitUnit {

    /** Conversions between units and bases are exact where decimals allow and rounded to 34 digits otherwise. */
    static final MathContext PRECISION = MathContext.DECIMAL128;

    private LimitUnit() {}

    /**
     * The value in the indicator's limit unit and basis, or null when it cannot be stated there (an
     * unconvertible unit, an unknown basis); {@link #whyNot} then says why.
     */
    static @Nullable BigDecimal convert(Quantity q, Determination d, Indicator ind) {
        // Null rather than an exception: a unit the limit cannot take is ordinary input, not a fault.
        Unit target = target(q.unit(), ind);
        if (target == null) {
            return null;
        }
        BigDecimal v = target == q.unit() ? q.value() : q.to(target, PRECISION).value();
        if (d.basis().isPresent() && ind.basis().isPresent()) {
            Basis basis = ind.basis().get();
            String as = d.basis().get();
            if (!basis.as().equalsIgnoreCase(as)) {
                Basis.Alternative alt = alternative(basis, as);
                if (alt == null) {
                    return null;
                }
                v = v.multiply(basis.molarMass()).divide(alt.molarMass(), PRECISION);
                // one division per value: exact enough (34 digits) and rare outside nitrate and ammonia
            }
        }
        return v;
    }

    /** Why {@link #convert} could not state the value in the limit's unit and basis. */
    static Phrase whyNot(Quantity q, Determination d, Indicator ind) {
        if (target(q.unit(), ind) == null) {
            return Phrase.of(QualityWords.UNCONVERTIBLE_UNIT, q.unit().symbol(), ind.code());
        }
        return Phrase.of(QualityWords.NO_SUCH_BASIS, ind.code(), d.basis().orElseThrow());
    }

    private static @Nullable Unit target(Unit from, Indicator ind) {
        for (Unit u : ind.units()) {
            if (u.isConvertibleTo(from)) {
                return u;
            }
        }
        return null;
    }

    private static Basis.@Nullable Alternative alternative(Basis basis, String as) {
        for (Basis.Alternative a : basis.alternatives()) {
            if (a.as().equalsIgnoreCase(as)) {
                return a;
            }
        }
        return null;
    }
}
