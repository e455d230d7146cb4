package org.ruralwater.store.audit;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Optional;

/**
 * One change in the audit log: who made it, when, what ({@code kind} and key), and the record's text before
 * and after (none before an insert).
 *
 * @param action {@code insert} or {@code update}
 * @param kind the kind of record: a county file's name without {@code .csv} (such as {@code households}),
 *     {@code accounts}, {@code readings}, {@code payments}, {@code prepaid_events}, {@code tariff_files}, or
 *     {@code bill_runs} for a run's documents
 */
public record Change(
        Instant at,
        String actor,
        String action,
        String kind,
        String key,
        Optional<String> region,
        Optional<String> before,
        Optional<String> after) {

    public Change {
        requireNonNull(at, "at");
        requireNonNull(actor, "actor");
        requireNonNull(action, "action");
        requireNonNull(kind, "kind");
        requireNonNull(key, "key");
        requireNonNull(region, "region");
        requireNonNull(before, "before");
        requireNonNull(after, "after");
    }
}
