package org.ruralwater.qualityrules.alert;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.nio.file.Path;
import org.ruralwater.core.datafile.JsonReader;

/**
 * When alerts fire and how soon their actions are due, as data an agency can set in its own file.
 *
 * @param repeatSamplingHours how soon an exceedance must be re-sampled and re-tested. CJ/T 206-2005 asks for
 *     a re-test "at once" and more frequent sampling (../shared/domain.md §3.4, medium); 24 hours is
 *     ruralwater's reading of "at once", a setting rather than a sourced number
 * @param residualCheckHours how soon a low disinfectant residual must be checked at the plant
 * @param rollingWindowDays the window over which a works' pass rate is watched
 * @param targetPercent the pass-rate target, 95 in CJ/T 206-2005
 * @param minimumSamples the fewest samples in the window for a rate alert, so one bad sample of one is not
 *     called a trend
 * @param source where the settings come from
 */
public record AlertPolicy(
        int repeatSamplingHours,
        int residualCheckHours,
        int rollingWindowDays,
        BigDecimal targetPercent,
        int minimumSamples,
        String source) {

    /** ruralwater's defaults. */
    public static final AlertPolicy DEFAULT = new AlertPolicy(
            24,
            4,
            30,
            new BigDecimal("95"),
            4,
            "ruralwater defaults: re-test within 24 h (CJ/T 206-2005 'at once'), residual checked within 4 h, "
                    + "95% target over 30 days (CJ/T 206-2005), at least 4 samples");

    public AlertPolicy {
        requireNonNull(targetPercent, "targetPercent");
        requireNonNull(source, "source");
        if (repeatSamplingHours < 0 || residualCheckHours < 0) {
            throw new IllegalArgumentException("deadlines cannot be negative");
        }
        if (rollingWindowDays < 1 || minimumSamples < 1) {
            throw new IllegalArgumentException("the window and the minimum sample count must be at least 1");
        }
        if (targetPercent.signum() < 0 || targetPercent.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new IllegalArgumentException("the target must be 0 to 100 percent, but was " + targetPercent);
        }
    }

    /** A policy from a JSON file with the record's keys in snake_case; every problem is reported at once. */
    public static AlertPolicy read(Path file) {
        return JsonReader.forRecord(AlertPolicy.class).readOne(file);
    }
}
