package org.ruralwater.webapp.audit;

import java.util.List;

/**
 * One change of the audit log as a row of its page: when, who, what (kind and key), and what changed: for
 * an update of a county record, each changed column with its value before and after; else the lines.
 */
public record AuditRow(
        String when,
        String who,
        String action,
        String kind,
        String key,
        String region,
        List<Difference> differences,
        String before,
        String after) {

    /** A column whose value an update changed. */
    public record Difference(String column, String before, String after) {}

    public AuditRow {
        differences = List.copyOf(differences);
    }
}
