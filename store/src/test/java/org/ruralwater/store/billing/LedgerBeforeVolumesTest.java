package org.ruralwater.store.billing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.ruralwater.billing.run.Ledger;
import org.ruralwater.billing.run.RunInput;
import org.ruralwater.billing.run.RunResult;
import org.ruralwater.store.Location;
import org.ruralwater.store.Store;
import org.ruralwater.store.TestDatabase;
import org.ruralwater.store.access.Actor;
import org.ruralwater.store.access.Scope;

/**
 * A run reads the months before its own as volume summaries; documents stored before the summary columns
 * (V31) have none and are read from their bodies, to the same documents.
 */
class LedgerBeforeVolumesTest {

    private static final Actor CLERK = Actor.user("clerk");

    /** May billed into a new store of the demo county, and what the file run issues for June after it. */
    private record MayBilled(Store store, Location location, RunResult june) {}

    private static MayBilled mayBilled(TestDatabase db, Path dir) {
        Path[] folders = BillingRecordsTest.demo(dir, 400);
        RunResult may = BillingRecordsTest.run().run(BillingRecordsTest.MAY, RunInput.read(folders[1]), Ledger.empty());
        RunResult june = BillingRecordsTest.run().run(BillingRecordsTest.JUNE, RunInput.read(folders[1]), may.ledger());
        Location location = db.location(dir);
        Store store = Store.open(location);
        store.county().importFolder(Scope.everything(), CLERK, folders[0]);
        store.billing()
                .run(Scope.everything(), CLERK, BillingRecordsTest.MAY, BillingRecordsTest.run(), folders[1], false);
        return new MayBilled(store, location, june);
    }

    /** An update straight on the database, past the store: the rows it changed. */
    private static int update(TestDatabase db, Location location, String sql) throws Exception {
        boolean pg = db == TestDatabase.POSTGRESQL;
        try (Connection c = DriverManager.getConnection(
                        location.url(),
                        pg ? System.getenv(Location.USER) : "sa",
                        pg ? System.getenv(Location.PASSWORD) : "");
                var s = c.createStatement()) {
            return s.executeUpdate(sql);
        }
    }

    private static RunResult storedJune(Store store) {
        return store.billing()
                .run(Scope.everything(), CLERK, BillingRecordsTest.JUNE, BillingRecordsTest.run(), null, false)
                .result();
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void documentsStoredWithoutSummaryColumnsAreReadFromTheirBodies(TestDatabase db, @TempDir Path dir)
            throws Exception {
        MayBilled may = mayBilled(db, dir);
        try (Store store = may.store()) {
            int documents =
                    store.billing().ledger(Scope.everything()).documents().size();
            assertThat(update(
                            db,
                            may.location(),
                            "UPDATE ledger_document SET bill_period = NULL, m3 = NULL, cancels = NULL"))
                    .isEqualTo(documents);

            assertThat(storedJune(store).issued()).isEqualTo(may.june().issued());
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void documentsNoLongerStoredInLedgerOrderAreReadInOrderToTheSameDocuments(TestDatabase db, @TempDir Path dir)
            throws Exception {
        MayBilled may = mayBilled(db, dir);
        try (Store store = may.store()) {
            int documents =
                    store.billing().ledger(Scope.everything()).documents().size();
            // An update in place writes the row anew at the partition's end: the even half of May's
            // documents now lie after the odd half, out of ledger order, with every value as it was.
            assertThat(update(
                            db,
                            may.location(),
                            "UPDATE ledger_document SET position = position WHERE MOD(position, 2) = 0"))
                    .isEqualTo((documents + 1) / 2);

            assertThat(storedJune(store).issued()).isEqualTo(may.june().issued());
        }
    }
}
