package org.ruralwater.core.quality;

import org.ruralwater.core.datafile.Coded;

/**
 * What is known about a household's or village's drinking-water quality, in the terms safe-water rules use.
 * The caller fills it from laboratory verdicts (quality-rules) or an on-site check; assurance reads it, so
 * neither module depends on the other.
 */
public enum QualityEvidence implements Coded {
    /** Tested, and every tested indicator meets the drinking-water standard's full limits. */
    MEETS_FULL_LIMITS,
    /** Tested, and meets the limits relaxed for small or dispersed supply, but not the full ones. */
    MEETS_RELAXED_LIMITS,
    /** Tested, and fails even the relaxed limits. */
    FAILS_LIMITS,
    /** Not tested; an on-site check (望、闻、问、尝) found no visible impurity, colour, odour or reported harm. */
    SENSORY_CHECK_PASSED,
    /** Not tested; the on-site check found a problem. */
    SENSORY_CHECK_FAILED,
    /** Nothing is known. */
    NO_EVIDENCE
}
