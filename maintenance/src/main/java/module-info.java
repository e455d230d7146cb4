/**
 * Daily maintenance of rural water works: preventive plans as data, patrols with check-ins, breakdown work
 * orders against response commitments, KPIs, and an optimising crew scheduler with iCalendar export.
 */
// Timefold 1.x is an automatic module (it names itself in its manifest); its types are part of our API.
@SuppressWarnings("requires-transitive-automatic")
module org.ruralwater.maintenance {
    requires transitive org.ruralwater.core;
    // The scheduler's API speaks Timefold's scores.
    requires transitive ai.timefold.solver.core;
    requires ical4j.core;
    requires lib.recur;
    requires static org.jspecify;

    exports org.ruralwater.maintenance.demo;
    exports org.ruralwater.maintenance.kpi;
    exports org.ruralwater.maintenance.patrol;
    exports org.ruralwater.maintenance.plan;
    exports org.ruralwater.maintenance.schedule;
    exports org.ruralwater.maintenance.wording;
    exports org.ruralwater.maintenance.workorder;

    // Timefold reads and writes the planning solution's and entities' fields and members reflectively,
    // and instantiates the constraint provider.
    opens org.ruralwater.maintenance.schedule to
            ai.timefold.solver.core;
}
