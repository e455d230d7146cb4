package org.ruralwater.maintenance.schedule;

import org.ruralwater.core.datafile.Coded;

/**
 * How urgent a job is. The weight multiplies its lateness and the cost of leaving it unassigned, so an
 * emergency goes to the front of a crew's day and planned work moves behind it.
 */
public enum Priority implements Coded {
    EMERGENCY(100),
    BREAKDOWN(10),
    PLANNED(1);

    private final int weight;

    Priority(int weight) {
        this.weight = weight;
    }

    public int weight() {
        return weight;
    }
}
