package org.ruralwater.store.audit;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.List;

/**
 * The changes one actor made at one instant: one import, one register edit, one bill run. The store writes
 * every change of a transaction with the same time, so this is what a person did at once, in numbers.
 *
 * @param tallies how many records of each kind were inserted or updated, by kind then action
 */
public record Batch(Instant at, String actor, List<Tally> tallies) {

    /** How many records of one kind one action touched. */
    public record Tally(String kind, String action, long count) {
        public Tally {
            requireNonNull(kind, "kind");
            requireNonNull(action, "action");
        }
    }

    public Batch {
        requireNonNull(at, "at");
        requireNonNull(actor, "actor");
        tallies = List.copyOf(tallies);
    }

    /** The number of records changed. */
    public long total() {
        return tallies.stream().mapToLong(Tally::count).sum();
    }
}
