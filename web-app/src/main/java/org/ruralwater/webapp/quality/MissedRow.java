package org.ruralwater.webapp.quality;

/** A sampling window a works missed, as the coverage page shows it, with the rule and its source. */
public record MissedRow(
        String works, String rule, String window, int required, int found, String indicators, String source) {}
