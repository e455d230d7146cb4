package org.ruralwater.store.quality;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Optional;
import org.ruralwater.qualityrules.compliance.Rate;

/**
 * The sample pass rate (水质达标率) of a works or region in a month: samples shown to meet every tested limit
 * ({@code passed}) of the samples taken ({@code samples}); an indeterminate sample counts in the denominator
 * only, as quality-rules' {@code ComplianceReport} counts it. Roll-ups add counts, never percentages.
 *
 * @param of the works id, or the region's code
 */
public record PassRate(String of, YearMonth month, long passed, long samples) {

    public PassRate {
        requireNonNull(of, "of");
        requireNonNull(month, "month");
        if (passed < 0 || passed > samples) {
            throw new IllegalArgumentException(passed + " of " + samples + " samples passed");
        }
    }

    /** As quality-rules' rate: numerator and denominator. */
    public Rate rate() {
        return new Rate(passed, samples);
    }

    /** Passed ÷ samples in percent, empty when there were none. */
    public Optional<BigDecimal> percent() {
        return rate().percent();
    }
}
