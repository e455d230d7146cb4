package org.ruralwater.maintenance.kpi;

import java.util.Map;

/**
 * What is waiting at an instant: open work orders by age (under a day, 1–3 days, 3–7 days, over 7 days) and
 * preventive tasks past their due date without a completion.
 */
public record Backlog(int openWorkOrders, Map<String, Integer> byAge, int overduePreventive) {

    public Backlog {
        byAge = Map.copyOf(byAge);
    }
}
