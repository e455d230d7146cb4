package org.ruralwater.store.screening;

import static java.util.Objects.requireNonNull;

import org.ruralwater.assurance.safewater.SafetyVerdict;
import org.ruralwater.core.region.RegionCode;

/** The households and people of a region that the screening found at a verdict. */
public record VerdictCount(RegionCode region, SafetyVerdict verdict, long households, long people) {

    public VerdictCount {
        requireNonNull(region, "region");
        requireNonNull(verdict, "verdict");
    }
}
