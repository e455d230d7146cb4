package org.ruralwater.billing.run;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import org.jspecify.annotations.Nullable;

/**
 * The threads a bill run may use. Work is cut into numbered tasks whose results come back in task order, so
 * a run's result never depends on how many threads did it or which finished first.
 */
final class Workers implements AutoCloseable {

    private final int threads;
    private final @Nullable ExecutorService pool;

    private Workers(int threads) {
        this.threads = threads;
        this.pool = threads == 1
                ? null
                : Executors.newFixedThreadPool(threads - 1, r -> {
                    Thread t = new Thread(r, "ruralwater-bill-run");
                    t.setDaemon(true);
                    return t;
                });
    }

    /** {@code threads} threads in all, the caller's included: 1 runs every task on the caller's thread. */
    static Workers of(int threads) {
        return new Workers(threads);
    }

    int threads() {
        return threads;
    }

    /** Runs tasks 0 to n − 1 and returns their results in task order. */
    <T> List<T> each(int n, IntFunction<T> task) {
        Object[] results = new Object[n];
        AtomicInteger next = new AtomicInteger();
        Runnable worker = () -> {
            for (int k = next.getAndIncrement(); k < n; k = next.getAndIncrement()) {
                results[k] = task.apply(k);
            }
        };
        List<Future<?>> helpers = new ArrayList<>();
        for (int i = 1; pool != null && i < Math.min(threads, n); i++) {
            helpers.add(pool.submit(worker));
        }
        worker.run(); // the caller works too
        for (Future<?> f : helpers) {
            join(f); // also makes the helpers' results visible here
        }
        List<T> out = new ArrayList<>(n);
        for (Object r : results) {
            @SuppressWarnings("unchecked")
            T t = (T) r;
            out.add(t);
        }
        return out;
    }

    private static void join(Future<?> f) {
        try {
            f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("bill run interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    @Override
    public void close() {
        if (pool != null) {
            pool.shutdownNow();
        }
    }
}
