package org.ruralwater.store.audit;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Optional;

/**
 * One change in the audit log: who made it, when, what ({@code kind} and key), and the record's text before
 * and after (none before an insert). An import's new records of one region are one change ({@link #together()}):
 * their lines in order as the after value, and their number as {@code records}.
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
        Optional<String> after,
        int records) {

    /** The key of a change that inserted several records of a region at once (their lines its after value). */
    public static final String TOGETHER = "*";

    /** A change of one record. */
    public Change(
            Instant at,
            String actor,
            String action,
            String kind,
            String key,
            Optional<String> region,
            Optional<String> before,
            Optional<String> after) {
        this(at, actor, action, kind, key, region, before, after, 1);
    }

    /** Whether this change inserted several records of a region at once rather than one record. */
    public boolean together() {
        return key.equals(TOGETHER);
    }

    public Change {
        requireNonNull(at, "at");
        requireNonNull(actor, "actor");
        requireNonNull(action, "action");
        requireNonNull(kind, "kind");
        requireNonNull(key, "key");
        requireNonNull(region, "region");
        requireNonNull(before, "before");
        requireNonNull(after, "after");
        if (records < 1) {
            throw new IllegalArgumentException("a change holds at least one record, not " + records);
        }
    }
}
