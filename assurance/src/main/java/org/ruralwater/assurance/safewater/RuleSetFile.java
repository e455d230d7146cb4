package org.ruralwater.assurance.safewater;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.ruralwater.core.quality.QualityEvidence;

/**
 * A safe-water rule set as its file holds it. A file with {@code based_on} states only its differences: each
 * part it gives replaces the base's.
 */
record RuleSetFile(
        String id,
        String title,
        String jurisdiction,
        Optional<String> basedOn,
        String source,
        Optional<List<ZoneThreshold>> quantity,
        Optional<List<QualityRule>> quality,
        Optional<Convenience> convenience,
        Optional<Reliability> reliability) {

    /**
     * Litres per person per day by zone.
     *
     * @param met the 达标 floor, empty where the file gives none (then the zone grades at best 基本达标); equal
     *     to {@code basicallyMet} where the sources give one floor for the zone, which then grades 达标 at it
     */
    record ZoneThreshold(
            WaterZone zone, Optional<BigDecimal> met, BigDecimal basicallyMet, String confidence, String source) {

        ZoneThreshold {
            if (met.isPresent() && met.get().compareTo(basicallyMet) < 0) {
                throw new IllegalArgumentException(
                        "the 达标 floor of " + zone.code() + " (" + met.get().toPlainString()
                                + " L) is below its 基本达标 floor (" + basicallyMet.toPlainString() + " L)");
            }
        }

        /** Whether the zone has one floor, 达标 at it, as the sources for water-deficient zones give. */
        boolean singleFloor() {
            return met.isPresent() && met.get().compareTo(basicallyMet) == 0;
        }
    }

    /** Which quality evidence is 达标 or 基本达标 for a supply category. */
    record QualityRule(
            SupplyCategory supply,
            List<QualityEvidence> met,
            List<QualityEvidence> basicallyMet,
            String confidence,
            String source) {}

    /** Limits for fetching water; any one of them within the limit is enough. */
    record Limits(BigDecimal roundTripMinutes, BigDecimal horizontalMetres, BigDecimal verticalMetres) {}

    record Convenience(
            Limits met, Limits basicallyMet, boolean declinedConnectionMeets, String confidence, String source) {}

    /**
     * Shortfall days a year.
     *
     * @param inclusive whether a value equal to the limit is within it ("18天以内") or not ("低于18天")
     */
    record Reliability(
            int metMaxShortfallDays,
            int basicallyMetMaxShortfallDays,
            boolean inclusive,
            String confidence,
            String source) {}
}
