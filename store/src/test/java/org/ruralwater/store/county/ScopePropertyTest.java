package org.ruralwater.store.county;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.ruralwater.core.county.County;
import org.ruralwater.core.datafile.InvalidInputException;
import org.ruralwater.core.household.Connection;
import org.ruralwater.core.household.Household;
import org.ruralwater.core.household.HouseholdId;
import org.ruralwater.core.household.Village;
import org.ruralwater.core.region.Region;
import org.ruralwater.core.region.RegionCode;
import org.ruralwater.core.region.RegionLevel;
import org.ruralwater.store.Store;
import org.ruralwater.store.TestDatabase;
import org.ruralwater.store.access.Actor;
import org.ruralwater.store.access.Scope;

/**
 * Over random households in random villages and random scopes: a read within a scope returns exactly the
 * records inside it, and a write within a scope changes nothing outside it (one that would is refused whole).
 */
class ScopePropertyTest {

    private static final Actor ADMIN = Actor.user("admin");
    private static final Actor CLERK = Actor.user("clerk");

    private static final List<String> REGIONS = List.of(
            "530000",
            "530100",
            "530200",
            "530102",
            "530103",
            "530201",
            "539001",
            "530102001000",
            "530102002000",
            "530103001000",
            "530201101000",
            "539001201000");
    private static final List<String> VILLAGES = List.of(
            "530102001201",
            "530102001202",
            "530102002201",
            "530102002202",
            "530103001203",
            "530103001204",
            "530201101204",
            "530201101205",
            "539001201205",
            "539001201206");

    /** Scopes of every level, the whole store, and one holding nothing. */
    private static final List<Scope> SCOPES = scopes();

    private static List<Scope> scopes() {
        List<Scope> out = new ArrayList<>();
        out.add(Scope.everything());
        out.add(Scope.of(RegionCode.parse("110000")));
        REGIONS.forEach(r -> out.add(Scope.of(RegionCode.parse(r))));
        VILLAGES.forEach(v -> out.add(Scope.of(RegionCode.parse(v))));
        return List.copyOf(out);
    }

    private static County county(String prefix, List<Integer> villageOf, int extraMembers) {
        List<Region> regions = new ArrayList<>();
        for (String r : REGIONS) {
            regions.add(Region.of(r, "R" + r));
        }
        List<Village> villages = new ArrayList<>();
        for (String v : VILLAGES) {
            villages.add(new Village(RegionCode.parse(v), "V" + v, new BigDecimal("25.0"), new BigDecimal("102.0")));
        }
        List<Household> households = new ArrayList<>();
        for (int i = 0; i < villageOf.size(); i++) {
            households.add(household(prefix + i, VILLAGES.get(villageOf.get(i)), 1 + (i + extraMembers) % 50));
        }
        return County.of(regions, villages, List.of(), households, List.of(), List.of(), List.of(), List.of());
    }

    private static Household household(String id, String village, int members) {
        return new Household(
                HouseholdId.of(id),
                RegionCode.parse(village),
                Optional.empty(),
                members,
                Connection.values()[0],
                Optional.empty());
    }

    private static Map<String, Integer> members(Store store, String prefix) {
        Map<String, Integer> out = new HashMap<>();
        for (Household h : store.county().households(Scope.everything())) {
            if (h.id().value().startsWith(prefix)) {
                out.put(h.id().value(), h.members());
            }
        }
        return out;
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void nothingOutsideTheScopeIsReturnedOrChanged(TestDatabase db, @TempDir Path dir) {
        AtomicInteger examples = new AtomicInteger();
        try (Store store = Store.open(db.location(dir))) {
            qt().withExamples(db == TestDatabase.H2 ? 40 : 20)
                    .withShrinkCycles(20)
                    .forAll(
                            lists().of(integers().between(0, VILLAGES.size() - 1))
                                    .ofSizeBetween(1, 25),
                            integers().between(0, SCOPES.size() - 1))
                    .checkAssert((villageOf, s) -> {
                        String prefix = "E" + examples.incrementAndGet() + "-";
                        Scope scope = SCOPES.get(s);
                        County county = county(prefix, villageOf, 0);
                        store.county().importCounty(Scope.everything(), ADMIN, county);

                        // Reads: exactly the households inside the scope.
                        List<String> read = store.county().households(scope).stream()
                                .map(h -> h.id().value())
                                .filter(id -> id.startsWith(prefix))
                                .sorted()
                                .toList();
                        List<String> inside = county.households().stream()
                                .filter(h -> scope.includes(h.village()))
                                .map(h -> h.id().value())
                                .sorted()
                                .toList();
                        assertThat(read).isEqualTo(inside);
                        assertThat(store.county().villages(scope))
                                .allMatch(v -> scope.includes(v.code()))
                                .hasSize((int) VILLAGES.stream()
                                        .filter(v -> scope.includes(RegionCode.parse(v)))
                                        .count());

                        // Writes: every household changed; refused whole when any lies outside the scope.
                        Map<String, Integer> before = members(store, prefix);
                        Throwable refused = catchThrowable(
                                () -> store.county().importCounty(scope, CLERK, county(prefix, villageOf, 1)));
                        boolean anyOutside = inside.size() < county.households().size();
                        assertThat(refused != null).isEqualTo(anyOutside);
                        if (refused != null) {
                            assertThat(refused).isInstanceOf(InvalidInputException.class);
                            assertThat(((InvalidInputException) refused).problems())
                                    .hasSize(county.households().size() - inside.size());
                            assertThat(members(store, prefix)).isEqualTo(before);
                        }

                        // Only the households inside changed: those outside stay as they were.
                        List<Household> mixed = new ArrayList<>();
                        County changed = county(prefix, villageOf, 2);
                        for (int i = 0; i < county.households().size(); i++) {
                            Household h = county.households().get(i);
                            mixed.add(
                                    scope.includes(h.village())
                                            ? changed.households().get(i)
                                            : h);
                        }
                        County partly = County.of(
                                regions(county),
                                county.villages(),
                                List.of(),
                                mixed,
                                List.of(),
                                List.of(),
                                List.of(),
                                List.of());
                        Map<String, Integer> beforePartly = members(store, prefix);
                        store.county().importCounty(scope, CLERK, partly);
                        Map<String, Integer> after = members(store, prefix);
                        for (Household h : mixed) {
                            String id = h.id().value();
                            if (scope.includes(h.village())) {
                                assertThat(after.get(id)).isEqualTo(h.members());
                            } else {
                                assertThat(after.get(id))
                                        .as(id + " outside " + scope)
                                        .isEqualTo(beforePartly.get(id));
                            }
                        }
                    });
        }
    }

    /**
     * The year's records (tickets, work orders) over random villages and scopes: a read returns exactly those
     * inside; a ticket's step outside the scope finds nothing and changes nothing; an import that would reach
     * outside is refused whole, each record outside a problem.
     */
    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void nothingOfTheYearsRecordsOutsideTheScopeIsReturnedOrChanged(TestDatabase db, @TempDir Path dir) {
        AtomicInteger examples = new AtomicInteger();
        java.time.LocalDateTime at = java.time.LocalDateTime.of(2026, 5, 4, 9, 30);
        try (Store store = Store.open(db.location(dir))) {
            qt().withExamples(db == TestDatabase.H2 ? 25 : 12)
                    .withShrinkCycles(10)
                    .forAll(
                            lists().of(integers().between(0, VILLAGES.size() - 1))
                                    .ofSizeBetween(1, 12),
                            integers().between(0, SCOPES.size() - 1))
                    .checkAssert((villageOf, s) -> {
                        String prefix = "Y" + examples.incrementAndGet() + "-";
                        Scope scope = SCOPES.get(s);
                        List<org.ruralwater.assurance.monitoring.Ticket> tickets = new ArrayList<>();
                        List<org.ruralwater.maintenance.workorder.WorkOrder> orders = new ArrayList<>();
                        for (int i = 0; i < villageOf.size(); i++) {
                            RegionCode village = RegionCode.parse(VILLAGES.get(villageOf.get(i)));
                            tickets.add(new org.ruralwater.assurance.monitoring.Ticket(
                                    prefix + "T" + i,
                                    org.ruralwater.assurance.monitoring.ProblemType.WORKS_DAMAGE,
                                    "W1",
                                    village,
                                    org.ruralwater.assurance.monitoring.RectificationClass.ON_THE_SPOT,
                                    java.time.LocalDate.of(2026, 5, 14),
                                    List.of(new org.ruralwater.assurance.monitoring.Ticket.Step(
                                            org.ruralwater.assurance.monitoring.Ticket.State.OPEN, at, "热线", "管道破裂"))));
                            orders.add(org.ruralwater.maintenance.workorder.WorkOrder.reported(
                                    prefix + "WO" + i,
                                    "W1-A01",
                                    village,
                                    "minor",
                                    org.ruralwater.maintenance.workorder.Origin.HOTLINE,
                                    at,
                                    "热线",
                                    "管道破裂"));
                        }
                        for (var t : tickets) {
                            store.tickets().open(Scope.everything(), ADMIN, t);
                        }
                        List<String> inside = tickets.stream()
                                .filter(t -> scope.includes(t.village()))
                                .map(t -> t.id())
                                .sorted()
                                .toList();
                        assertThat(store.tickets().tickets(scope).stream()
                                        .map(t -> t.id())
                                        .filter(id -> id.startsWith(prefix))
                                        .sorted()
                                        .toList())
                                .isEqualTo(inside);
                        for (var t : tickets) {
                            var stepped = store.tickets().assign(scope, CLERK, t.id(), at.plusHours(1), "村管水员");
                            assertThat(stepped.isPresent()).isEqualTo(scope.includes(t.village()));
                            assertThat(store.tickets()
                                            .ticket(Scope.everything(), t.id())
                                            .orElseThrow()
                                            .history())
                                    .hasSize(scope.includes(t.village()) ? 2 : 1);
                        }

                        // Work orders through the year's import: refused whole when any lies outside.
                        Path folder = dir.resolve(prefix + "year");
                        try {
                            java.nio.file.Files.createDirectories(folder.resolve("maintenance"));
                        } catch (java.io.IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                        org.ruralwater.core.datafile.CsvWriter.forRecord(
                                        org.ruralwater.maintenance.workorder.WorkOrder.class)
                                .write(folder.resolve("maintenance/work-orders.csv"), orders);
                        var rules = org.ruralwater.store.history.HistoryRecords.Rules.bundled()
                                .withoutBillRuns();
                        long outside = orders.stream()
                                .filter(w -> !scope.includes(w.village()))
                                .count();
                        Throwable refused =
                                catchThrowable(() -> store.history().importFolder(scope, CLERK, folder, rules));
                        assertThat(refused != null).isEqualTo(outside > 0);
                        if (refused != null) {
                            assertThat(((InvalidInputException) refused).problems())
                                    .hasSize((int) outside);
                            store.history().importFolder(Scope.everything(), ADMIN, folder, rules);
                        }
                        java.time.YearMonth may = java.time.YearMonth.of(2026, 5);
                        assertThat(store.maintenance().workOrders(scope, may, may).stream()
                                        .filter(w -> w.id().startsWith(prefix))
                                        .map(w -> w.village())
                                        .toList())
                                .allMatch(scope::includes)
                                .hasSize(orders.size() - (int) outside);
                    });
        }
    }

    private static List<Region> regions(County county) {
        List<Region> out = new ArrayList<>();
        for (RegionLevel level : RegionLevel.values()) {
            out.addAll(county.regions().atLevel(level));
        }
        return out;
    }
}
