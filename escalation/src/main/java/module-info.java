/**
 * The links between bounded contexts, as data: a failed or indeterminate sample raises an alert with a deadline,
 * an alert not resolved in time becomes a problem ticket, a ticket from a sample closes only on a passing re-test,
 * and a failed sample is a risk signal for the villages its works serves. Domain modules do not depend on each
 * other; this one may use them all, and the store and the apps use it.
 */
module org.ruralwater.escalation {
    requires transitive org.ruralwater.core;
    requires transitive org.ruralwater.qualityrules;
    requires transitive org.ruralwater.assurance;
    requires static org.jspecify;

    exports org.ruralwater.escalation.links;
    exports org.ruralwater.escalation.watch;
    exports org.ruralwater.escalation.wording;

    // Core's strict readers build the link records reflectively, and open the bundled file.
    opens org.ruralwater.escalation.links to
            org.ruralwater.core;
}
