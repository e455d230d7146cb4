package org.ruralwater.qualityrules.standard;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.ruralwater.core.works.DisinfectionMethod;
import org.ruralwater.core.works.SupplyKind;

/** The rules of a standard beyond single limits: its footnotes and its disinfectant table, as data. */
public final class Rules {

    private Rules() {}

    /** When one indicator is detected, another must be determined (GB 5749-2022 Table 1 note a). */
    public record FollowUp(String whenDetected, String require, String clause) {
        public FollowUp {
            requireNonNull(whenDetected, "whenDetected");
            requireNonNull(require, "require");
            requireNonNull(clause, "clause");
        }
    }

    /** Which supply may use the relaxed maxima (GB 5749-2022 Table 1 note b). */
    public record Relaxation(String clause, List<SupplyKind> supplyKinds, boolean requiresLimited) {
        public Relaxation {
            requireNonNull(clause, "clause");
            supplyKinds = List.copyOf(supplyKinds);
        }

        public boolean appliesTo(SupplyKind kind, boolean limited) {
            return supplyKinds.contains(kind) && (limited || !requiresLimited);
        }
    }

    /** The by-products a disinfection method requires to be determined (GB 5749-2022 Table 1 note c). */
    public record ByProducts(DisinfectionMethod disinfection, List<String> require, String clause) {
        public ByProducts {
            requireNonNull(disinfection, "disinfection");
            require = List.copyOf(require);
            requireNonNull(clause, "clause");
        }
    }

    /** An indicator computed as the sum of each member's result over its limit, at most 1 (the THMs). */
    public record RatioSum(String indicator, List<String> members, String clause) {
        public RatioSum {
            requireNonNull(indicator, "indicator");
            members = List.copyOf(members);
            requireNonNull(clause, "clause");
        }
    }

    /**
     * The disinfectant indicators a method requires at the outlet and tap.
     *
     * @param anyResidual whether meeting the residual of any one indicator is enough (ClO₂ and chlorine
     *     generators), rather than of each
     */
    public record Disinfectant(
            DisinfectionMethod disinfection, List<String> indicators, boolean anyResidual, String clause) {
        public Disinfectant {
            requireNonNull(disinfection, "disinfection");
            indicators = List.copyOf(indicators);
            requireNonNull(clause, "clause");
        }
    }

    /** The minimum residual of a disinfectant at the plant outlet and at the tap, after its contact time. */
    public record Residual(
            String indicator,
            int contactMinutes,
            Optional<BigDecimal> outletMin,
            Optional<BigDecimal> tapMin,
            String clause) {
        public Residual {
            requireNonNull(indicator, "indicator");
            requireNonNull(outletMin, "outletMin");
            requireNonNull(tapMin, "tapMin");
            requireNonNull(clause, "clause");
        }
    }
}
