/**
 * Drinking-water standards as data and sample evaluation: detection limits, unit and basis conversion,
 * footnote rules, clause citations, pass rates, sampling coverage and alerts.
 */
module org.ruralwater.qualityrules {
    requires transitive org.ruralwater.core;
    requires static org.jspecify;

    exports org.ruralwater.qualityrules.alert;
    exports org.ruralwater.qualityrules.compliance;
    exports org.ruralwater.qualityrules.coverage;
    exports org.ruralwater.qualityrules.demo;
    exports org.ruralwater.qualityrules.evaluation;
    exports org.ruralwater.qualityrules.sample;
    exports org.ruralwater.qualityrules.standard;
    exports org.ruralwater.qualityrules.wording;

    // Core's strict readers build the non-public data-file records here reflectively, and core's ResourceIndex
    // opens the bundled files: on the module path both need the package open to core.
    opens org.ruralwater.qualityrules.sample to
            org.ruralwater.core;
    opens org.ruralwater.qualityrules.standard to
            org.ruralwater.core;
}
