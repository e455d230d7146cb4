package org.ruralwater.webapp.register;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.ruralwater.core.county.County;
import org.ruralwater.core.datafile.InvalidInputException;
import org.ruralwater.core.datafile.Problem;
import org.ruralwater.core.household.Household;
import org.ruralwater.core.household.Meter;
import org.ruralwater.core.household.Village;
import org.ruralwater.core.region.Region;
import org.ruralwater.core.region.RegionCode;
import org.ruralwater.core.region.RegionLevel;
import org.ruralwater.core.works.SupplyWorks;
import org.ruralwater.store.Store;
import org.ruralwater.store.access.Actor;
import org.ruralwater.store.access.Scope;
import org.ruralwater.store.county.CountyRecords;
import org.ruralwater.store.people.User;

/**
 * The registers' records as a user may see them, read through the store within the user's scope, and an
 * edit saved through the store's county import: a county made of the edited record and what it refers to,
 * checked as a county folder is, then imported within the user's scope, so the store writes the one
 * changed record with its line before and after in the audit log, and refuses it if it would leave the
 * scope.
 */
final class RegisterRecords {

    private final Store store;
    private final CountySnapshots snapshots;

    RegisterRecords(Store store, CountySnapshots snapshots) {
        this.store = store;
        this.snapshots = snapshots;
    }

    /** Every record of the register in the county, in file order. */
    static List<? extends Record> all(County county, RegisterKind kind) {
        return switch (kind) {
            case VILLAGES -> county.villages();
            case WORKS -> county.works();
            case HOUSEHOLDS -> county.households();
        };
    }

    /** Whether a record lies within the scope, placed as the store places it. */
    static boolean inScope(Record r, Scope scope) {
        if (r instanceof Village v) {
            return scope.includes(v.code());
        }
        if (r instanceof Household h) {
            return scope.includes(h.village());
        }
        // A works lies where the villages it reaches are; the user sees every works reaching one of theirs.
        return ((SupplyWorks) r).villages().stream().anyMatch(scope::includes);
    }

    /** The positions, in the county's file order, of the register's records within the user's scope. */
    List<Integer> positionsWithin(RegisterKind kind, User user) {
        List<? extends Record> all = all(county(user), kind);
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            if (inScope(all.get(i), user.scope())) {
                out.add(i);
            }
        }
        return out;
    }

    /** The user's county as last read (see {@link CountySnapshots}). */
    County county(User user) {
        return snapshots.county(countyOf(user));
    }

    /** What a search of the register looks in, for each record of the user's county (see {@link CountySnapshots}). */
    List<String> searchText(RegisterKind kind, User user) {
        return snapshots.snapshot(countyOf(user)).searchText(kind);
    }

    /** The register's records of the user's county as the county file holds them, in file order. */
    List<List<String>> fileValues(RegisterKind kind, User user) {
        return snapshots.snapshot(countyOf(user)).values(kind);
    }

    /**
     * The county the user's region lies in (or the user's region above a county): where the names, works and
     * regions that the user's records refer to are, as the dashboard reads them.
     */
    static Scope countyOf(User user) {
        RegionCode region = user.region();
        return Scope.of(region.county().orElse(region));
    }

    /** The register's records within the user's scope, in file order. */
    List<? extends Record> within(RegisterKind kind, User user) {
        return all(county(user), kind).stream()
                .filter(r -> inScope(r, user.scope()))
                .toList();
    }

    /** A page of a register's records found by a search, from page 1, with how many were found and pages. */
    record Page(List<? extends Record> records, int page, int pageCount, int total) {}

    /**
     * The page of the register's records within the user's scope that hold the search (in their values or the
     * names of the villages they name), in file order; a page past the last is the last. Households, the large
     * register, are searched and paged by the store; villages and works from the county's snapshot.
     */
    Page page(RegisterKind kind, User user, String query, int asked, int size) {
        // The values of a record are joined by NUL, which a search never holds: it cannot span two values.
        String needle = query.toLowerCase(Locale.ROOT).replace("\u0000", "");
        if (kind == RegisterKind.HOUSEHOLDS) {
            List<RegionCode> villages = new ArrayList<>();
            if (!needle.isEmpty()) {
                for (Village v : store.county().villages(countyOf(user))) {
                    if (v.name().toLowerCase(Locale.ROOT).contains(needle)
                            && user.scope().includes(v.code())) {
                        villages.add(v.code());
                    }
                }
            }
            CountyRecords.Found<Household> first =
                    store.county().households(user.scope(), needle, villages, (asked - 1) * size, size);
            int pageCount = Math.max(1, (first.total() + size - 1) / size);
            if (asked <= pageCount) {
                return new Page(first.records(), asked, pageCount, first.total());
            }
            CountyRecords.Found<Household> last =
                    store.county().households(user.scope(), needle, villages, (pageCount - 1) * size, size);
            return new Page(last.records(), pageCount, pageCount, last.total());
        }
        List<? extends Record> all = all(county(user), kind);
        List<String> searched = searchText(kind, user);
        List<Integer> found = new ArrayList<>();
        for (int i : positionsWithin(kind, user)) {
            if (needle.isEmpty() || searched.get(i).contains(needle)) {
                found.add(i);
            }
        }
        int pageCount = Math.max(1, (found.size() + size - 1) / size);
        int page = Math.min(pageCount, asked);
        List<Record> rows = new ArrayList<>();
        for (int i : found.subList((page - 1) * size, Math.min(found.size(), page * size))) {
            rows.add(all.get(i));
        }
        return new Page(rows, page, pageCount, found.size());
    }

    /** One record of the register, if it lies within the user's scope; else empty, as if it did not exist. */
    Optional<Record> find(RegisterKind kind, User user, String key) {
        if (kind == RegisterKind.HOUSEHOLDS) {
            return store.county().household(user.scope(), key).map(h -> (Record) h);
        }
        return within(kind, user).stream()
                .filter(r -> kind.key(r).equals(key))
                .map(r -> (Record) r)
                .findFirst();
    }

    /** The names of the villages and regions of the user's county, for showing codes with their names. */
    Map<RegionCode, String> names(User user) {
        Map<RegionCode, String> names = new HashMap<>();
        for (Village v : store.county().villages(countyOf(user))) {
            names.put(v.code(), v.name());
        }
        return names;
    }

    /**
     * Saves an edited record, all or nothing.
     *
     * @return the problems that stopped it (a reference to a record that does not exist, a region outside
     *     the user's scope), empty when it is saved
     */
    List<Problem> save(RegisterKind kind, User user, Record edited) {
        // Afresh, never a snapshot: what the import is given besides the edit must be what the store holds.
        County county = store.county().read(countyOf(user));
        List<Region> regions = new ArrayList<>();
        for (RegionLevel level : RegionLevel.values()) {
            regions.addAll(county.regions().atLevel(level));
        }
        List<Village> villages = county.villages();
        List<SupplyWorks> works = county.works();
        List<Household> households = List.of();
        List<Meter> meters = List.of();
        switch (kind) {
            case VILLAGES -> villages = replaced(kind, villages, (Village) edited);
            case WORKS -> works = replaced(kind, works, (SupplyWorks) edited);
            case HOUSEHOLDS -> {
                Household h = (Household) edited;
                households = List.of(h);
                // The household's meter, and the meter it now names (so that naming another's is a problem).
                meters = county.meters().stream()
                        .filter(m -> m.household().equals(h.id())
                                || h.meter().map(m.id()::equals).orElse(false))
                        .toList();
            }
        }
        try {
            County changed = County.of(regions, villages, works, households, meters, List.of(), List.of(), List.of());
            store.county().importCounty(user.scope(), Actor.user(user.name()), changed);
            return List.of();
        } catch (InvalidInputException e) {
            return e.problems();
        }
    }

    private static <T extends Record> List<T> replaced(RegisterKind kind, List<T> records, T edited) {
        List<T> out = new ArrayList<>(records.size());
        String key = kind.key(edited);
        for (T r : records) {
            out.add(kind.key(r).equals(key) ? edited : r);
        }
        return out;
    }
}
