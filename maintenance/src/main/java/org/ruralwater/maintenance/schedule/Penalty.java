package org.ruralwater.maintenance.schedule;

import static java.util.Objects.requireNonNull;

/**
 * One penalty of a plan, explained: the rule, its level (hard, medium or soft) and amount, the job or
 * worker-day it is about, and why.
 */
public record Penalty(String constraint, String level, long amount, String subject, String reason) {

    public Penalty {
        requireNonNull(constraint, "constraint");
        requireNonNull(level, "level");
        requireNonNull(subject, "subject");
        requireNonNull(reason, "reason");
    }

    @Override
    public String toString() {
        return subject + ": " + constraint + " (" + level + " -" + amount + "): " + reason;
    }
}
