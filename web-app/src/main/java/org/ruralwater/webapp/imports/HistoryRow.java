package org.ruralwater.webapp.imports;

import java.util.List;

/** One write of the import history: when, who, what changed in numbers, and the link to its changes. */
public record HistoryRow(String when, String who, List<String> changed, String href) {
    public HistoryRow {
        changed = List.copyOf(changed);
    }
}
