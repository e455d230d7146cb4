package org.ruralwater.webapp.quality;

/**
 * A pass rate as the page shows it: whose, over which period, its numerator and denominator, the percent (empty
 * when nothing was sampled) and whether it reaches the target.
 *
 * @param meter the percent as a plain number for the bar, {@code 0} when nothing was sampled
 */
public record RateRow(
        String of, String period, long passed, long samples, String percent, String meter, boolean meets) {}
