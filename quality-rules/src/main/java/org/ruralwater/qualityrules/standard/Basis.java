package org.ruralwater.qualityrules.standard;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.List;

/**
 * What a concentration is expressed as, such as nitrate "as N", with the molar masses that convert a result
 * reported on another basis (as NO₃) to it.
 *
 * @param as the basis of the limit, such as {@code N}
 * @param molarMass its molar mass in g/mol
 */
public record Basis(String as, BigDecimal molarMass, List<Basis.Alternative> alternatives) {

    /** Another basis a laboratory may report on, such as {@code NO3} at 62.004 g/mol. */
    public record Alternative(String as, BigDecimal molarMass) {
        public Alternative {
            requireNonNull(as, "as");
            requireNonNull(molarMass, "molarMass");
        }
    }

    public Basis {
        requireNonNull(as, "as");
        requireNonNull(molarMass, "molarMass");
        alternatives = List.copyOf(alternatives);
    }
}
