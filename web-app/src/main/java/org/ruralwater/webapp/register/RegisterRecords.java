package org.ruralwater.webapp.register;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
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

    RegisterRecords(Store store) {
        this.store = store;
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
        return switch (kind) {
            case VILLAGES -> store.county().villages(user.scope());
            case HOUSEHOLDS -> store.county().households(user.scope());
            // A works lies where the villages it reaches are; the user sees every works reaching one of theirs.
            case WORKS ->
                store.county().read(countyOf(user)).works().stream()
                        .filter(w ->
                                w.villages().stream().anyMatch(v -> user.scope().includes(v)))
                        .toList();
        };
    }

    /** One record of the register, if it lies within the user's scope; else empty, as if it did not exist. */
    Optional<Record> find(RegisterKind kind, User user, String key) {
        if (kind == RegisterKind.HOUSEHOLDS) {
            // The demo's household ids begin with their village's code: read that village first, when it is
            // in scope; any other id is looked for among all the user's households.
            Optional<RegionCode> village =
                    villageOf(key).filter(v -> user.scope().includes(v));
            if (village.isPresent()) {
                Optional<Record> found = store.county().households(Scope.of(village.get())).stream()
                        .filter(h -> h.id().value().equals(key))
                        .map(h -> (Record) h)
                        .findFirst();
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return within(kind, user).stream()
                .filter(r -> kind.key(r).equals(key))
                .map(r -> (Record) r)
                .findFirst();
    }

    private static Optional<RegionCode> villageOf(String householdId) {
        if (householdId.length() < 12) {
            return Optional.empty();
        }
        String code = householdId.substring(0, 12);
        if (!RegionCode.isValid(code) || RegionCode.parse(code).level() != RegionLevel.VILLAGE) {
            return Optional.empty();
        }
        return Optional.of(RegionCode.parse(code));
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
