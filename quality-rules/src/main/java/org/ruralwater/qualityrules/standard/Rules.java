package org.ruralwater.qualityrules.standard;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.ruralwater.core.works.DisinfectionMethod;
import org.ruralwater.core.works.SupplyKind;

/**
 * The rules of a standard beyond single limits: its footnotes and its disinfectant table, as data. Each rule
 * may name the {@code source} it was read from and a {@code confidence} where that source is secondary.
 */
public final class Rules {

    private Rules() {}

    /** When one indicator is detected, another must be determined (GB 5749-2022 Table 1 note a). */
    public record FollowUp(
            String whenDetected,
            String require,
            String clause,
            Optional<String> source,
            Optional<Confidence> confidence) {
        public FollowUp {
            requireNonNull(whenDetected, "whenDetected");
            requireNonNull(require, "require");
            requireNonNull(clause, "clause");
            requireNonNull(source, "source");
            requireNonNull(confidence, "confidence");
        }
    }

    /**
     * Which supply may use the relaxed maxima (GB 5749-2022 Table 1 note b).
     *
     * @param requiresLimited whether the supply must also be limited by its source or treatment, a fact the
     *     sample states; without it the strict limits apply
     */
    public record Relaxation(
            String clause,
            List<SupplyKind> supplyKinds,
            boolean requiresLimited,
            Optional<String> source,
            Optional<Confidence> confidence) {
        public Relaxation {
            requireNonNull(clause, "clause");
            supplyKinds = List.copyOf(supplyKinds);
            requireNonNull(source, "source");
            requireNonNull(confidence, "confidence");
        }

        public boolean appliesTo(SupplyKind kind, boolean limited) {
            return supplyKinds.contains(kind) && (limited || !requiresLimited);
        }

        /** Whether the supply kind is one the relaxation names, limited or not. */
        public boolean names(SupplyKind kind) {
            return supplyKinds.contains(kind);
        }
    }

    /** The by-products a disinfection method requires to be determined (GB 5749-2022 Table 1 note c). */
    public record ByProducts(
            DisinfectionMethod disinfection,
            List<String> require,
            String clause,
            Optional<String> source,
            Optional<Confidence> confidence) {
        public ByProducts {
            requireNonNull(disinfection, "disinfection");
            require = List.copyOf(require);
            requireNonNull(clause, "clause");
            requireNonNull(source, "source");
            requireNonNull(confidence, "confidence");
        }
    }

    /** An indicator computed as the sum of each member's result over its limit, at most 1 (the THMs). */
    public record RatioSum(
            String indicator,
            List<String> members,
            String clause,
            Optional<String> source,
            Optional<Confidence> confidence) {
        public RatioSum {
            requireNonNull(indicator, "indicator");
            members = List.copyOf(members);
            requireNonNull(clause, "clause");
            requireNonNull(source, "source");
            requireNonNull(confidence, "confidence");
        }
    }

    /**
     * The disinfectant indicators a method requires at the outlet and tap.
     *
     * @param anyResidual whether meeting the residual of any one indicator is enough (ClO₂ and chlorine
     *     generators), rather than of each
     */
    public record Disinfectant(
            DisinfectionMethod disinfection,
            List<String> indicators,
            boolean anyResidual,
            String clause,
            Optional<String> source,
            Optional<Confidence> confidence) {
        public Disinfectant {
            requireNonNull(disinfection, "disinfection");
            indicators = List.copyOf(indicators);
            requireNonNull(clause, "clause");
            requireNonNull(source, "source");
            requireNonNull(confidence, "confidence");
        }
    }

    /** The minimum residual of a disinfectant at the plant outlet and at the tap, after its contact time. */
    public record Residual(
            String indicator,
            int contactMinutes,
            Optional<BigDecimal> outletMin,
            Optional<BigDecimal> tapMin,
            String clause,
            Optional<String> source,
            Optional<Confidence> confidence) {
        public Residual {
            requireNonNull(indicator, "indicator");
            requireNonNull(outletMin, "outletMin");
            requireNonNull(tapMin, "tapMin");
            requireNonNull(clause, "clause");
            requireNonNull(source, "source");
            requireNonNull(confidence, "confidence");
        }
    }
}
