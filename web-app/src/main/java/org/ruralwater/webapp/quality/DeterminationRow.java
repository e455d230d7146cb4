package org.ruralwater.webapp.quality;

/** A stored determination as a sample's page shows it, in the page's language. */
public record DeterminationRow(
        String indicator,
        String value,
        String verdictCode,
        String verdict,
        String limit,
        boolean relaxed,
        String clause) {}
