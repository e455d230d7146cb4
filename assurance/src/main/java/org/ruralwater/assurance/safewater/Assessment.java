package org.ruralwater.assurance.safewater;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.ruralwater.core.region.RegionCode;

/**
 * The safe-water verdict on one observation: each indicator's grade, the overall verdict, whether it passes
 * the poverty-alleviation check (every indicator at least 基本达标), and why, naming the rule set.
 */
public record Assessment(
        String id,
        RegionCode village,
        int people,
        Grade quantity,
        Grade quality,
        Grade convenience,
        Grade reliability,
        SafetyVerdict verdict,
        boolean passesPovertyCheck,
        String ruleSet,
        List<String> reasons) {

    public Assessment {
        requireNonNull(id, "id");
        requireNonNull(village, "village");
        requireNonNull(verdict, "verdict");
        requireNonNull(ruleSet, "ruleSet");
        reasons = List.copyOf(reasons);
    }

    /** The indicators below 基本达标, by name. */
    public List<String> failing() {
        List<String> out = new java.util.ArrayList<>();
        if (quantity == Grade.NOT_MET) {
            out.add("quantity");
        }
        if (quality == Grade.NOT_MET) {
            out.add("quality");
        }
        if (convenience == Grade.NOT_MET) {
            out.add("convenience");
        }
        if (reliability == Grade.NOT_MET) {
            out.add("reliability");
        }
        return out;
    }
}
