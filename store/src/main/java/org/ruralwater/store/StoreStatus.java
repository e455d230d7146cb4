package org.ruralwater.store;

import static java.util.Objects.requireNonNull;

import java.util.Map;

/**
 * What a store holds within a scope.
 *
 * @param location where the store is (without any password)
 * @param database {@code h2} or {@code postgresql}
 * @param schemaVersion the version of the last migration applied
 * @param counts rows by kind: each county file's and billing's records, then {@code readings}, {@code
 *     ledger_documents}, {@code bill_runs} (of the whole store) and {@code audit_entries}
 */
public record StoreStatus(String location, String database, String schemaVersion, Map<String, Long> counts) {

    public StoreStatus {
        requireNonNull(location, "location");
        requireNonNull(database, "database");
        requireNonNull(schemaVersion, "schemaVersion");
        counts = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(counts));
    }
}
