package org.ruralwater.store.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.ruralwater.billing.run.Bill;
import org.ruralwater.billing.run.Ledger;
import org.ruralwater.billing.run.RunInput;
import org.ruralwater.billing.run.RunResult;
import org.ruralwater.core.county.County;
import org.ruralwater.core.datafile.InvalidInputException;
import org.ruralwater.core.datafile.Problem;
import org.ruralwater.core.household.HouseholdId;
import org.ruralwater.store.Store;
import org.ruralwater.store.TestDatabase;
import org.ruralwater.store.access.Actor;
import org.ruralwater.store.access.Scope;
import org.ruralwater.store.audit.Change;

/**
 * A billing folder's import: repeated keys, payments, scope, a ledger the store holds otherwise (on H2), and how
 * its readings are audited (on both databases).
 */
class BillingImportTest {

    private static final Actor CLERK = Actor.user("clerk");

    private static void append(Path file, String lines) throws Exception {
        Files.writeString(file, Files.readString(file) + lines);
    }

    @Test
    void aKeyAFileRepeatsIsAProblemAtItsLaterLineInEveryFileAtOnce(@TempDir Path dir) throws Exception {
        Path[] folders = BillingRecordsTest.demo(dir, 100);
        Path billing = folders[1];
        List<String> accounts = Files.readAllLines(billing.resolve("accounts.csv"));
        List<String> meters = Files.readAllLines(billing.resolve("meters.csv"));
        List<String> readings = Files.readAllLines(billing.resolve("readings.csv"));
        append(billing.resolve("accounts.csv"), accounts.get(1) + "\n");
        append(billing.resolve("meters.csv"), meters.get(1) + "\n");
        append(billing.resolve("readings.csv"), readings.get(1) + "\n");
        Files.writeString(
                billing.resolve("payments.csv"),
                "id,household,paid_on,amount,reverses\n"
                        + "P1,H1,2015-06-02,CNY 10.00,\nP1,H1,2015-06-03,CNY 11.00,\n");
        try (Store store = Store.open(TestDatabase.H2.location(dir))) {
            assertThatThrownBy(() -> store.billing().importFolder(Scope.everything(), CLERK, billing))
                    .isInstanceOfSatisfying(
                            InvalidInputException.class,
                            e -> assertThat(e.problems())
                                    .extracting(Problem::source, Problem::line)
                                    .containsExactlyInAnyOrder(
                                            org.assertj.core.groups.Tuple.tuple("accounts.csv", accounts.size() + 1),
                                            org.assertj.core.groups.Tuple.tuple("meters.csv", meters.size() + 1),
                                            org.assertj.core.groups.Tuple.tuple("readings.csv", readings.size() + 1),
                                            org.assertj.core.groups.Tuple.tuple("payments.csv", 3)));
            assertThat(store.billing().accounts(Scope.everything())).isEmpty();
        }
    }

    @Test
    void paymentsAreKeptAndAFolderOutsideTheScopeIsRefusedWhole(@TempDir Path dir) throws Exception {
        Path[] folders = BillingRecordsTest.demo(dir, 800); // three villages
        County county = County.read(folders[0]);
        String household = county.households().get(0).id().value();
        Files.writeString(
                folders[1].resolve("payments.csv"),
                "id,household,paid_on,amount,reverses\n" + "P1," + household + ",2015-06-02,CNY 10.00,\n");
        try (Store store = Store.open(TestDatabase.H2.location(dir))) {
            store.county().importFolder(Scope.everything(), CLERK, folders[0]);
            Scope village = Scope.of(county.villages().get(0).code());

            assertThatThrownBy(() -> store.billing().importFolder(village, CLERK, folders[1]))
                    .isInstanceOfSatisfying(
                            InvalidInputException.class,
                            e -> assertThat(e.problems())
                                    .isNotEmpty()
                                    .allSatisfy(p -> assertThat(p.toString()).contains("within your scope")));
            var imported = store.billing().importFolder(Scope.everything(), CLERK, folders[1]);
            var again = store.billing().importFolder(Scope.everything(), CLERK, folders[1]);

            assertThat(imported.inserted()).isGreaterThan(800);
            assertThat(again.inserted()).isZero();
            assertThat(again.updated()).isZero();
            assertThat(store.billing().payments(Scope.everything()))
                    .singleElement()
                    .satisfies(p -> assertThat(p.household()).isEqualTo(HouseholdId.of(household)));
            assertThat(store.billing().payments(village)).hasSizeLessThanOrEqualTo(1);
            assertThat(store.billing().meters(village))
                    .isNotEmpty()
                    .hasSizeLessThan(store.billing().meters(Scope.everything()).size());
        }
    }

    @Test
    void aLedgerWhoseDocumentTheStoreHoldsOtherwiseIsRefused(@TempDir Path dir) {
        Path[] folders = BillingRecordsTest.demo(dir, 100);
        RunResult may = BillingRecordsTest.run().run(BillingRecordsTest.MAY, RunInput.read(folders[1]), Ledger.empty());
        try (Store store = Store.open(TestDatabase.H2.location(dir))) {
            store.billing().importLedger(Scope.everything(), CLERK, may.ledger());
            Bill first = may.issued().get(0);
            Bill other = new Bill(
                    first.id(),
                    first.kind(),
                    first.household(),
                    first.period(),
                    first.tariff(),
                    first.m3(),
                    first.lines(),
                    first.total(),
                    !first.estimated(),
                    first.flags(),
                    first.cancels());

            assertThatThrownBy(() -> store.billing().importLedger(Scope.everything(), CLERK, Ledger.of(List.of(other))))
                    .isInstanceOfSatisfying(
                            InvalidInputException.class,
                            e -> assertThat(e.problems())
                                    .singleElement()
                                    .satisfies(p -> assertThat(p.toString()).contains(first.id())));
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void newReadingsAreAuditedTogetherByVillageAndMonthWithEveryLineAndAChangedOneAlone(
            TestDatabase db, @TempDir Path dir) throws Exception {
        Path[] folders = BillingRecordsTest.demo(dir, 120);
        Path billing = folders[1];
        List<String> readings = Files.readAllLines(billing.resolve("readings.csv"));
        try (Store store = Store.open(db.location(dir))) {
            store.county().importFolder(Scope.everything(), CLERK, folders[0]);
            store.billing().importFolder(Scope.everything(), CLERK, billing);

            List<Change> added = store.audit().changes(Scope.everything()).stream()
                    .filter(c -> c.kind().equals("readings"))
                    .toList();
            assertThat(added).allSatisfy(c -> {
                assertThat(c.action()).isEqualTo("insert");
                assertThat(c.key()).matches("2015-0[4-6]");
                assertThat(c.region()).isPresent();
            });
            assertThat(added.stream()
                            .map(c -> c.region().orElseThrow() + " " + c.key())
                            .distinct())
                    .hasSameSizeAs(added);
            assertThat(added.stream().flatMap(c -> c.after().orElseThrow().lines()))
                    .containsExactlyInAnyOrderElementsOf(readings.subList(1, readings.size()));

            String[] first = readings.get(1).split(",", -1);
            String changed = first[0] + "," + first[1] + "," + (Integer.parseInt(first[2]) + 1) + "," + first[3];
            List<String> edited = new java.util.ArrayList<>(readings);
            edited.set(1, changed);
            Files.write(billing.resolve("readings.csv"), edited);
            store.billing().importFolder(Scope.everything(), CLERK, billing);

            assertThat(store.audit().changes(Scope.everything()).stream()
                            .filter(c ->
                                    c.kind().equals("readings") && c.action().equals("update")))
                    .singleElement()
                    .satisfies(c -> {
                        assertThat(c.before()).contains(readings.get(1));
                        assertThat(c.after()).contains(changed);
                    });
        }
    }
}
