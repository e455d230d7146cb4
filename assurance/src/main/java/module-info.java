/**
 * The safe-water bottom line: safe-drinking-water evaluation rule sets as data, county screening, dynamic
 * monitoring, the problem ledger, emergency supply, responsible persons and assessment schemes.
 */
module org.ruralwater.assurance {
    requires transitive org.ruralwater.core;
    requires static org.jspecify;

    exports org.ruralwater.assurance.assessment;
    exports org.ruralwater.assurance.coverage;
    exports org.ruralwater.assurance.demo;
    exports org.ruralwater.assurance.emergency;
    exports org.ruralwater.assurance.monitoring;
    exports org.ruralwater.assurance.responsibility;
    exports org.ruralwater.assurance.safewater;
    exports org.ruralwater.assurance.wording;

    // Core's strict readers build the non-public data-file records here reflectively, and core's ResourceIndex
    // opens the bundled files: on the module path both need the package open to core.
    opens org.ruralwater.assurance.safewater to
            org.ruralwater.core;
}
