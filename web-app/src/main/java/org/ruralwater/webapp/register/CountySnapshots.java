package org.ruralwater.webapp.register;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.ruralwater.core.county.County;
import org.ruralwater.core.region.RegionCode;
import org.ruralwater.store.Store;
import org.ruralwater.store.access.Scope;

/**
 * The county records of each county as last read from the store, kept while the store has no newer change
 * (its audit log's latest number) and for a minute at most, as the dashboard keeps its own: reading a county
 * of 40,000 households takes seconds, and the registers and the map would otherwise read it for every page.
 * Pages filter what they show by the user's scope, placing each record as the store places it (a village and
 * a household by the village, a works by the villages it reaches). Saving never uses a snapshot: an edit
 * reads the store afresh, so it cannot write back what another user changed meanwhile.
 */
public final class CountySnapshots {

    /** A county as read, with each register's records as the county file holds them (made when first asked). */
    static final class Snapshot {
        final long revision;
        final Instant readAt;
        final County county;
        private final Map<RegisterKind, List<List<String>>> values = new ConcurrentHashMap<>();
        private final Map<RegisterKind, List<String>> searched = new ConcurrentHashMap<>();

        Snapshot(long revision, Instant readAt, County county) {
            this.revision = revision;
            this.readAt = readAt;
            this.county = county;
        }

        /**
         * What a search looks in, for each record of the register: its values and the names of the villages
         * and regions it names, lower-cased, in one text (made once per snapshot, not per search).
         */
        List<String> searchText(RegisterKind kind) {
            return searched.computeIfAbsent(kind, k -> {
                Map<String, String> names = new java.util.HashMap<>();
                county.villages().forEach(v -> names.put(v.code().value(), v.name()));
                List<String> out = new java.util.ArrayList<>();
                for (List<String> record : values(k)) {
                    StringBuilder text = new StringBuilder();
                    for (String v : record) {
                        text.append(v).append('\u0000');
                        for (String part : v.split(";")) {
                            String name = names.get(part);
                            if (name != null) {
                                text.append(name).append('\u0000');
                            }
                        }
                    }
                    out.add(text.toString().toLowerCase(java.util.Locale.ROOT));
                }
                return List.copyOf(out);
            });
        }

        /** The register's records of the whole county as the file holds them, in the county's order. */
        List<List<String>> values(RegisterKind kind) {
            return values.computeIfAbsent(kind, k -> RecordView.fileValues(k, RegisterRecords.all(county, k)));
        }
    }

    private static final Duration KEPT = Duration.ofMinutes(1);

    private final Store store;
    private final Clock clock;
    private final Map<RegionCode, Snapshot> snapshots = new ConcurrentHashMap<>();

    public CountySnapshots(Store store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** The county records of the scope's county (the whole scope above a county). */
    public County county(Scope countyScope) {
        return snapshot(countyScope).county;
    }

    Snapshot snapshot(Scope countyScope) {
        RegionCode code = countyScope.region().orElseThrow();
        long revision = store.audit().latest();
        Instant now = clock.instant();
        // compute: one reader per county at a time; the others wait for its snapshot rather than read again.
        return snapshots.compute(
                code,
                (c, kept) -> kept != null && kept.revision == revision && now.isBefore(kept.readAt.plus(KEPT))
                        ? kept
                        : new Snapshot(revision, now, store.county().read(countyScope)));
    }
}
