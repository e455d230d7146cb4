package org.ruralwater.store.billing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.ruralwater.billing.prepaid.PrepaidEvent;
import org.ruralwater.billing.reading.ReadingPolicy;
import org.ruralwater.billing.run.Bill;
import org.ruralwater.billing.run.BillRun;
import org.ruralwater.billing.run.Ledger;
import org.ruralwater.billing.run.RunInput;
import org.ruralwater.billing.run.RunResult;
import org.ruralwater.billing.subsidy.Subsidies;
import org.ruralwater.billing.tariff.Tariffs;
import org.ruralwater.core.calendar.Period;
import org.ruralwater.core.county.County;
import org.ruralwater.core.datafile.InvalidInputException;
import org.ruralwater.core.demo.DemoCounty;
import org.ruralwater.core.money.Money;
import org.ruralwater.store.DemoBilling;
import org.ruralwater.store.Location;
import org.ruralwater.store.Store;
import org.ruralwater.store.TestDatabase;
import org.ruralwater.store.access.Actor;
import org.ruralwater.store.access.Scope;

class BillingRecordsTest {

    static final Period.Month MAY = Period.month(2015, 5);
    static final Period.Month JUNE = Period.month(2015, 6);
    private static final Actor CLERK = Actor.user("clerk");

    static BillRun run() {
        return BillRun.of(Tariffs.bundled(), ReadingPolicy.DEFAULT, Subsidies.bundled("jiangdu-2015"));
    }

    /** The demo county's folder and its billing folder for May and June 2015. */
    static Path[] demo(Path dir, int households) {
        Path county = dir.resolve("county");
        Path billing = dir.resolve("billing");
        County c = DemoCounty.writeTo(county, households, 11);
        DemoBilling.write(billing, c, LocalDate.of(2015, 5, 1), LocalDate.of(2015, 6, 1), 3);
        return new Path[] {county, billing};
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void theStoreRunIssuesExactlyTheDocumentsTheFileRunIssuesOnTheDemoCounty(TestDatabase db, @TempDir Path dir) {
        Path[] folders = demo(dir, 1500);
        RunResult may = run().run(MAY, RunInput.read(folders[1]), Ledger.empty());
        RunResult june = run().run(JUNE, RunInput.read(folders[1]), may.ledger());
        try (Store store = Store.open(db.location(dir))) {
            store.county().importFolder(Scope.everything(), CLERK, folders[0]);

            var storedMay = store.billing().run(Scope.everything(), CLERK, MAY, run(), folders[1], false);
            var storedJune = store.billing().run(Scope.everything(), CLERK, JUNE, run(), null, false);

            assertThat(may.issued()).hasSizeGreaterThan(1000);
            assertThat(storedMay.stored()).isTrue();
            assertThat(storedMay.result().issued()).isEqualTo(may.issued());
            assertThat(storedJune.result().issued()).isEqualTo(june.issued());
            assertThat(store.billing().ledger(Scope.everything()).documents())
                    .isEqualTo(june.ledger().documents());
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void twoMonthsBothLandAndASecondRunOfAMonthAddsNothing(TestDatabase db, @TempDir Path dir) {
        Path[] folders = demo(dir, 300);
        try (Store store = Store.open(db.location(dir))) {
            store.county().importFolder(Scope.everything(), CLERK, folders[0]);
            store.billing().importFolder(Scope.everything(), CLERK, folders[1]);

            var june = store.billing().run(Scope.everything(), CLERK, JUNE, run(), null, false);
            var may = store.billing().run(Scope.everything(), CLERK, MAY, run(), null, false);
            var mayAgain = store.billing().run(Scope.everything(), CLERK, MAY, run(), folders[1], false);

            assertThat(june.stored()).isTrue();
            assertThat(may.stored()).isTrue();
            assertThat(mayAgain.result().issued()).isEmpty();
            assertThat(mayAgain.stored()).isFalse();
            int documents =
                    may.result().issued().size() + june.result().issued().size();
            assertThat(store.billing().ledger(Scope.everything()).documents()).hasSize(documents);
            assertThat(store.status(Scope.everything()).counts())
                    .containsEntry("bill_runs", 2L)
                    .containsEntry("ledger_documents", (long) documents);
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aRunReadsOnlyItsMonthsReadingsAndTheDocumentsOfTheYearBefore(TestDatabase db, @TempDir Path dir)
            throws Exception {
        Path[] folders = demo(dir, 200);
        Location location = db.location(dir);
        try (Store store = Store.open(location)) {
            store.county().importFolder(Scope.everything(), CLERK, folders[0]);
            store.billing().importFolder(Scope.everything(), CLERK, folders[1]);
            store.billing().run(Scope.everything(), CLERK, MAY, run(), null, false);
            // What a run must not read: a reading of a meter nobody has, in the month after and more than a year
            // before, and two old documents under one id, which no ledger could hold.
            boolean pg = db == TestDatabase.POSTGRESQL;
            try (Connection c = DriverManager.getConnection(
                    location.url(),
                    pg ? System.getenv(Location.USER) : "sa",
                    pg ? System.getenv(Location.PASSWORD) : "")) {
                for (String day : List.of("2015-07-02", "2014-04-02")) {
                    LocalDate on = LocalDate.parse(day);
                    partition(c, pg, "reading", on);
                    try (PreparedStatement p =
                            c.prepareStatement("INSERT INTO reading VALUES (?, 'GHOST', ?, '7', 'actual', NULL, 2)")) {
                        p.setObject(1, on.withDayOfMonth(1));
                        p.setObject(2, on);
                        p.executeUpdate();
                    }
                }
                Bill any =
                        store.billing().ledger(Scope.everything()).documents().get(0);
                for (String month : List.of("2013-01-01", "2014-05-01")) {
                    partition(c, pg, "ledger_document", LocalDate.parse(month));
                    try (PreparedStatement p = c.prepareStatement(
                            "INSERT INTO ledger_document (period_start, id, household, kind, region_code, run_id,"
                                    + " position, body) VALUES (?, 'OLD-1', ?, 'invoice', NULL, 0, 0, 'not json')")) {
                        p.setObject(1, LocalDate.parse(month));
                        p.setString(2, any.household().value());
                        p.executeUpdate();
                    }
                }
            }

            var june = store.billing().run(Scope.everything(), CLERK, JUNE, run(), null, false);

            assertThat(june.stored()).isTrue();
            assertThat(june.result().issued()).isNotEmpty();
        }
    }

    /** The month's partition of the table, on PostgreSQL (as the store makes before it writes a month). */
    private static void partition(Connection c, boolean pg, String table, LocalDate month) throws Exception {
        if (pg) {
            String name = table + "_" + month.getYear() + "_" + String.format("%02d", month.getMonthValue());
            try (var s = c.createStatement()) {
                s.execute("CREATE TABLE IF NOT EXISTS " + name + " PARTITION OF " + table + " FOR VALUES FROM ('"
                        + month.withDayOfMonth(1) + "') TO ('"
                        + month.withDayOfMonth(1).plusMonths(1) + "')");
            }
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aDryRunAndARunWithAProblemKeepNothingNotEvenTheFoldersImport(TestDatabase db, @TempDir Path dir)
            throws Exception {
        Path[] folders = demo(dir, 200);
        try (Store store = Store.open(db.location(dir))) {
            store.county().importFolder(Scope.everything(), CLERK, folders[0]);

            var dry = store.billing().run(Scope.everything(), CLERK, MAY, run(), folders[1], true);
            assertThat(dry.result().issued()).isNotEmpty();
            assertThat(dry.stored()).isFalse();
            assertThat(store.billing().accounts(Scope.everything())).isEmpty();

            Files.writeString(
                    folders[1].resolve("readings.csv"),
                    Files.readString(folders[1].resolve("readings.csv")) + "NOBODYS-METER,2015-05-28,12,actual\n");
            assertThatThrownBy(() -> store.billing().run(Scope.everything(), CLERK, MAY, run(), folders[1], false))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("NOBODYS-METER");
            assertThat(store.billing().accounts(Scope.everything())).isEmpty();
            assertThat(store.billing().readings(Scope.everything(), MAY)).isEmpty();
            assertThat(store.status(Scope.everything()).counts()).containsEntry("ledger_documents", 0L);
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void anExistingLedgerIsImportedOnceAndPrepaidEventsArePerHousehold(TestDatabase db, @TempDir Path dir) {
        Path[] folders = demo(dir, 200);
        RunResult may = run().run(MAY, RunInput.read(folders[1]), Ledger.empty());
        try (Store store = Store.open(db.location(dir))) {
            store.county().importFolder(Scope.everything(), CLERK, folders[0]);

            var first = store.billing().importLedger(Scope.everything(), CLERK, may.ledger());
            var again = store.billing().importLedger(Scope.everything(), CLERK, may.ledger());
            store.billing().importFolder(Scope.everything(), CLERK, folders[1]);
            var rerun = store.billing().run(Scope.everything(), CLERK, MAY, run(), null, false);

            assertThat(first.inserted()).isEqualTo(may.issued().size());
            assertThat(again.inserted()).isZero();
            assertThat(again.unchanged()).isEqualTo(may.issued().size());
            assertThat(rerun.result().issued()).isEmpty();

            var household = may.issued().get(0).household();
            var topUp = new PrepaidEvent.TopUp(LocalDateTime.of(2015, 5, 2, 9, 30), Money.of("CNY", "50.00"));
            var burn = new PrepaidEvent.Burn(LocalDateTime.of(2015, 5, 9, 0, 0), Money.of("CNY", "3.20"));
            store.billing().addPrepaidEvents(Scope.everything(), CLERK, household, List.of(topUp, burn));
            store.billing().addPrepaidEvents(Scope.everything(), CLERK, household, List.of(topUp));
            assertThat(store.billing().prepaidEvents(Scope.everything(), household))
                    .containsExactly(topUp, burn);
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aDocumentsTextComesBackAsItWasWhateverItHolds(TestDatabase db, @TempDir Path dir) {
        Path[] folders = demo(dir, 20);
        RunResult may = run().run(MAY, RunInput.read(folders[1]), Ledger.empty());
        Bill first = may.issued().get(0);
        // What the bulk writes escape or quote: backslash, tab, line ends, quotes, and text past ASCII.
        String hostile = "水费 \\ \t \r\n \" ' ; -- \\N";
        Bill odd = new Bill(
                first.id(),
                first.kind(),
                first.household(),
                first.period(),
                first.tariff(),
                first.m3(),
                first.lines().stream()
                        .map(l -> new org.ruralwater.billing.tariff.BillLine(
                                l.component(), hostile, l.quantity(), l.unitPrice(), l.amount(), l.fund()))
                        .toList(),
                first.total(),
                first.estimated(),
                first.flags(),
                first.cancels());
        try (Store store = Store.open(db.location(dir))) {
            store.county().importFolder(Scope.everything(), CLERK, folders[0]);
            store.billing().importLedger(Scope.everything(), CLERK, Ledger.of(List.of(odd)));

            assertThat(store.billing().ledger(Scope.everything()).documents()).containsExactly(odd);
            assertThat(store.billing()
                            .importLedger(Scope.everything(), CLERK, Ledger.of(List.of(odd)))
                            .unchanged())
                    .isEqualTo(1);
        }
    }
}
