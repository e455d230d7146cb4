package org.ruralwater.store.screening;

import static java.util.Objects.requireNonNull;

import org.ruralwater.assurance.safewater.Grade;
import org.ruralwater.assurance.safewater.SafetyVerdict;
import org.ruralwater.core.region.RegionCode;

/**
 * A household's screening as stored: the four indicators' grades (水量, 水质, 用水方便程度, 供水保证率), the
 * verdict, whether it passes the poverty-alleviation check, and the rule set that gave them.
 */
public record ScreeningResult(
        String household,
        RegionCode village,
        int people,
        Grade quantity,
        Grade quality,
        Grade convenience,
        Grade reliability,
        SafetyVerdict verdict,
        boolean passesPovertyCheck,
        String ruleSet) {

    public ScreeningResult {
        requireNonNull(household, "household");
        requireNonNull(village, "village");
        requireNonNull(quantity, "quantity");
        requireNonNull(quality, "quality");
        requireNonNull(convenience, "convenience");
        requireNonNull(reliability, "reliability");
        requireNonNull(verdict, "verdict");
        requireNonNull(ruleSet, "ruleSet");
    }
}
