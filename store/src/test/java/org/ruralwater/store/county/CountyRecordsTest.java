package org.ruralwater.store.county;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.ruralwater.core.county.County;
import org.ruralwater.core.datafile.InvalidInputException;
import org.ruralwater.core.datafile.Problem;
import org.ruralwater.core.demo.DemoCounty;
import org.ruralwater.store.Store;
import org.ruralwater.store.TestDatabase;
import org.ruralwater.store.access.Actor;
import org.ruralwater.store.access.Scope;
import org.ruralwater.store.audit.Change;

class CountyRecordsTest {

    private static final Actor LI = Actor.user("li.wei");

    private static Path demo(Path dir) {
        Path folder = dir.resolve("county");
        DemoCounty.writeTo(folder, 800, 7);
        return folder;
    }

    /** A households.csv line with another number of members (id, village, works, members, ...). */
    private static String members(String line, Object members) {
        String[] f = line.split(",", -1);
        f[3] = members.toString();
        return String.join(",", f);
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void theSameFolderAgainChangesNothingAndAChangedRowIsAnUpdateWithItsLinesBeforeAndAfter(
            TestDatabase db, @TempDir Path dir) throws Exception {
        Path folder = demo(dir);
        try (Store store = Store.open(db.location(dir))) {
            CountyRecords records = store.county();

            CountyRecords.Imported first = records.importFolder(Scope.everything(), LI, folder);
            List<Change> entries = store.audit().changes(Scope.everything());
            CountyRecords.Imported again = records.importFolder(Scope.everything(), LI, folder);
            Path households = folder.resolve("households.csv");
            List<String> lines = Files.readAllLines(households);
            String before = lines.get(1);
            String after = members(before, 49);
            lines.set(1, after);
            Files.write(households, lines);
            CountyRecords.Imported changed = records.importFolder(Scope.everything(), Actor.cli(), folder);

            // Every new record is in the log, a village's together in one entry.
            assertThat(first.inserted())
                    .isGreaterThan(800)
                    .isEqualTo(entries.stream().mapToInt(Change::records).sum())
                    .isGreaterThan(5 * entries.size());
            assertThat(first.updated()).isZero();
            assertThat(again).isEqualTo(new CountyRecords.Imported(0, 0, first.inserted()));
            assertThat(changed).isEqualTo(new CountyRecords.Imported(0, 1, first.inserted() - 1));
            String key = before.substring(0, before.indexOf(','));
            List<Change> history = store.audit().changesOf(Scope.everything(), "households", key);
            assertThat(history).extracting(Change::action).containsExactly("insert", "update");
            assertThat(history.get(0).after()).hasValue(before);
            assertThat(history.get(0).key()).isEqualTo(key);
            Change update = history.get(1);
            assertThat(update.before()).contains(before);
            assertThat(update.after()).contains(after);
            assertThat(update.actor()).startsWith("cli:");
            assertThat(update.region()).isPresent();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aHouseholdMovedToAnotherVillageKeepsItsInsertInItsHistory(TestDatabase db, @TempDir Path dir)
            throws Exception {
        Path folder = demo(dir);
        try (Store store = Store.open(db.location(dir))) {
            store.county().importFolder(Scope.everything(), LI, folder);
            Path households = folder.resolve("households.csv");
            List<String> lines = Files.readAllLines(households);
            String before = lines.get(1);
            String[] f = before.split(",", -1);
            // Another village its works serves (id, village, works, ...), so that the county stays whole.
            String otherVillage = lines.stream()
                    .skip(1)
                    .map(l -> l.split(",", -1))
                    .filter(g -> g[2].equals(f[2]) && !g[1].equals(f[1]))
                    .map(g -> g[1])
                    .findFirst()
                    .orElseThrow();
            f[1] = otherVillage;
            lines.set(1, String.join(",", f));
            Files.write(households, lines);
            store.county().importFolder(Scope.everything(), Actor.cli(), folder);

            List<Change> history = store.audit().changesOf(Scope.everything(), "households", f[0]);
            assertThat(history).extracting(Change::action).containsExactly("insert", "update");
            assertThat(history.get(0).after()).hasValue(before);
            assertThat(history.get(1).region()).hasValue(otherVillage);
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aFolderWithProblemsInSeveralFilesWritesNothingAndNamesEveryProblem(TestDatabase db, @TempDir Path dir)
            throws Exception {
        Path folder = demo(dir);
        List<String> households = Files.readAllLines(folder.resolve("households.csv"));
        households.set(2, members(households.get(2), "many"));
        Files.write(folder.resolve("households.csv"), households);
        List<String> meters = Files.readAllLines(folder.resolve("meters.csv"));
        meters.set(1, meters.get(1).replaceFirst(",(\\d+),", ",2,"));
        Files.write(folder.resolve("meters.csv"), meters);
        try (Store store = Store.open(db.location(dir))) {
            assertThatThrownBy(() -> store.county().importFolder(Scope.everything(), LI, folder))
                    .isInstanceOfSatisfying(
                            InvalidInputException.class,
                            e -> assertThat(e.problems())
                                    .extracting(Problem::source)
                                    .contains("households.csv", "meters.csv"));

            assertThat(store.status(Scope.everything()).counts()).doesNotContainKey("households");
            assertThat(store.audit().changes(Scope.everything())).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void importingTheExportGivesTheSameStoreAndTheExportIsAFolderCountyReadReads(TestDatabase db, @TempDir Path dir) {
        Path folder = demo(dir);
        Path exported = dir.resolve("exported");
        try (Store store = Store.open(db.location(dir))) {
            CountyRecords.Imported first = store.county().importFolder(Scope.everything(), LI, folder);
            var status = store.status(Scope.everything()).counts();
            store.county().export(Scope.everything(), exported);

            CountyRecords.Imported again = store.county().importFolder(Scope.everything(), LI, exported);

            assertThat(again).isEqualTo(new CountyRecords.Imported(0, 0, first.inserted()));
            assertThat(store.status(Scope.everything()).counts()).isEqualTo(status);
            County original = County.read(folder);
            County back = County.read(exported);
            assertThat(back.households()).isEqualTo(original.households());
            assertThat(back.works()).isEqualTo(original.works());
            assertThat(back.crews()).isEqualTo(original.crews());
            assertThat(store.county().read(Scope.everything()).meters()).isEqualTo(original.meters());
        }
        for (County.DataFile f : County.DataFile.values()) {
            assertThat(exported.resolve(f.fileName())).hasSameTextualContentAs(folder.resolve(f.fileName()));
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void anImportWithinAScopeRefusesEveryChangeOutsideItAndWritesNothing(TestDatabase db, @TempDir Path dir)
            throws Exception {
        Path folder = demo(dir);
        try (Store store = Store.open(db.location(dir))) {
            store.county().importFolder(Scope.everything(), LI, folder);
            County county = County.read(folder);
            var village = county.villages().get(0).code();
            Scope scope = Scope.of(village);
            List<String> households = Files.readAllLines(folder.resolve("households.csv"));
            int inside = -1;
            int outside = -1;
            for (int i = 1; i < households.size(); i++) {
                boolean in = households.get(i).contains("," + village.value() + ",");
                if (in && inside < 0) {
                    inside = i;
                } else if (!in && outside < 0) {
                    outside = i;
                }
            }
            households.set(inside, members(households.get(inside), 48));
            households.set(outside, members(households.get(outside), 47));
            Files.write(folder.resolve("households.csv"), households);

            int outsideLine = outside + 1;
            String insideKey =
                    households.get(inside).substring(0, households.get(inside).indexOf(','));
            assertThatThrownBy(() -> store.county().importFolder(scope, LI, folder))
                    .isInstanceOfSatisfying(
                            InvalidInputException.class,
                            e -> assertThat(e.problems())
                                    .singleElement()
                                    .satisfies(p -> assertThat(p.toString())
                                            .startsWith("households.csv:" + outsideLine + ":")
                                            .contains(village.value())));
            assertThat(store.county().households(scope))
                    .filteredOn(h -> h.id().value().equals(insideKey))
                    .singleElement()
                    .satisfies(h -> assertThat(h.members()).isNotEqualTo(48));
            assertThat(store.county().households(scope))
                    .isNotEmpty()
                    .allSatisfy(h -> assertThat(h.village()).isEqualTo(village));
        }
    }
}
