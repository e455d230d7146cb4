package org.ruralwater.webapp.quality;

import java.util.List;

/** One determination of a sample under each standard compared, side by side. */
public record ComparedRow(String indicator, String value, List<ComparedRow.Cell> cells) {

    /** The determination under one standard: its verdict, the limit it was held to and the clause of that limit. */
    public record Cell(String verdictCode, String verdict, String limit, String clause) {}

    public ComparedRow {
        cells = List.copyOf(cells);
    }
}
