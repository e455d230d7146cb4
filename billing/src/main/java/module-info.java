/**
 * Rural water fees: tariffs as data, quotes, meter readings, bill runs, subsidies, payments, arrears,
 * prepaid accounts and collection rates, exact to the fen.
 */
module org.ruralwater.billing {
    requires com.fasterxml.jackson.core;
    requires transitive org.ruralwater.core;
    requires static org.jspecify;

    exports org.ruralwater.billing.collection;
    exports org.ruralwater.billing.demo;
    exports org.ruralwater.billing.prepaid;
    exports org.ruralwater.billing.reading;
    exports org.ruralwater.billing.run;
    exports org.ruralwater.billing.subsidy;
    exports org.ruralwater.billing.tariff;
    exports org.ruralwater.billing.wording;

    // Core's strict readers build the non-public data-file records here reflectively, and core's ResourceIndex
    // opens the bundled files: on the module path both need the package open to core.
    opens org.ruralwater.billing.subsidy to
            org.ruralwater.core;
    opens org.ruralwater.billing.tariff to
            org.ruralwater.core;
}
