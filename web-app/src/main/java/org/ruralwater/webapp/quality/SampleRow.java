package org.ruralwater.webapp.quality;

import java.util.List;

/**
 * A stored sample as the list shows it, its words in the page's language.
 *
 * @param failing each failed determination: the indicator, its value, the limit and the clause
 */
public record SampleRow(
        String id,
        String href,
        String works,
        String point,
        String sampledAt,
        String verdictCode,
        String verdict,
        List<String> failing) {

    public SampleRow {
        failing = List.copyOf(failing);
    }
}
