package org.ruralwater.webapp.dashboard;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.ruralwater.store.Store;
import org.ruralwater.store.collection.CollectionRecords;
import org.ruralwater.webapp.demo.Loading;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The store's kept fee collection summary as the dashboard uses it: read in milliseconds, and counted again in
 * the background (one count at a time) when a bill run or a payment landed since it was counted, because a
 * count reads the whole ledger. The page shows the summary it has meanwhile, with the day it was counted to.
 * While the demo year loads, its loading counts the summary at its end.
 */
final class FeeSummary {

    private static final Logger LOG = LoggerFactory.getLogger(FeeSummary.class);

    private final Store store;
    private final Clock clock;
    private final Supplier<Optional<Loading>> loading;
    private final Runnable afterCount;
    private final AtomicBoolean counting = new AtomicBoolean();
    private volatile long checkedAt = Long.MIN_VALUE;
    private volatile Optional<CollectionRecords.Counted> counted = Optional.empty();

    FeeSummary(Store store, Clock clock, Supplier<Optional<Loading>> loading, Runnable afterCount) {
        this.store = store;
        this.clock = clock;
        this.loading = loading;
        this.afterCount = afterCount;
    }

    /** The audit log's number the summary was last checked at. */
    long checkedAt() {
        return checkedAt;
    }

    /** When the summary the pages show was counted, as last read. */
    Optional<CollectionRecords.Counted> counted() {
        return counted;
    }

    /** Reads when the summary was counted and, when it is stale, starts a count in the background. */
    void countIfStale(long revision) {
        checkedAt = revision;
        counted = store.collection().counted();
        if (loading.get().filter(l -> !l.failed()).isPresent()
                || !store.collection().summaryIsStale()) {
            return;
        }
        if (!counting.compareAndSet(false, true)) {
            return;
        }
        Thread count = new Thread(
                () -> {
                    try {
                        counted = Optional.of(store.collection().countSummary(LocalDate.now(clock)));
                        afterCount.run();
                    } catch (RuntimeException e) {
                        // The store closed or failed meanwhile: the pages keep the summary they had.
                        LOG.warn("the fee collection summary could not be counted: {}", e.toString());
                    } finally {
                        counting.set(false);
                    }
                },
                "fee-collection-summary");
        count.setDaemon(true);
        count.start();
    }
}
