/**
 * The county's system of record on a database: embedded H2 by default, PostgreSQL in production; county
 * records, billing and the ledger, the year's samples, tickets, work orders and screening, region-scoped and
 * audited. Used by the apps only.
 */
module org.ruralwater.store {
    requires transitive org.ruralwater.core;
    requires transitive org.ruralwater.billing;
    requires transitive org.ruralwater.qualityrules;
    requires transitive org.ruralwater.assurance;
    requires transitive org.ruralwater.maintenance;
    requires org.ruralwater.escalation;
    requires static org.jspecify;
    requires com.fasterxml.jackson.core;
    requires com.zaxxer.hikari;
    requires flyway.core;
    requires java.sql;
    requires org.jdbi.v3.core;
    requires org.postgresql.jdbc;
    requires com.h2database;
    requires org.bouncycastle.provider;

    exports org.ruralwater.store;
    exports org.ruralwater.store.access;
    exports org.ruralwater.store.audit;
    exports org.ruralwater.store.billing;
    exports org.ruralwater.store.collection;
    exports org.ruralwater.store.county;
    exports org.ruralwater.store.history;
    exports org.ruralwater.store.maintenance;
    exports org.ruralwater.store.people;
    exports org.ruralwater.store.quality;
    exports org.ruralwater.store.screening;
    exports org.ruralwater.store.tickets;
    exports org.ruralwater.store.wording;

    // Flyway finds the migrations as resources of this module.
    opens db.migration.common to
            flyway.core;
    opens db.migration.h2 to
            flyway.core;
    opens db.migration.postgresql to
            flyway.core;
}
