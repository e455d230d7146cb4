package org.ruralwater.store.maintenance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.ruralwater.core.datafile.CsvWriter;
import org.ruralwater.core.region.RegionCode;
import org.ruralwater.core.region.RegionLevel;
import org.ruralwater.maintenance.workorder.Origin;
import org.ruralwater.maintenance.workorder.ResponseCommitments;
import org.ruralwater.maintenance.workorder.WorkOrder;
import org.ruralwater.store.Store;
import org.ruralwater.store.TestDatabase;
import org.ruralwater.store.access.Actor;
import org.ruralwater.store.access.Scope;
import org.ruralwater.store.history.HistoryRecords;

/** Work orders in the store, open and repaired ones together, and their repair timeliness. */
class MaintenanceRecordsTest {

    private static final RegionCode VILLAGE = RegionCode.parse("539821101201");
    private static final LocalDateTime AT = LocalDateTime.of(2026, 6, 1, 9, 0);

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void anOpenOrderBeforeARepairedOneIsStoredAsItIsAndCountedByTheCommitments(TestDatabase db, @TempDir Path dir)
            throws IOException {
        WorkOrder open = WorkOrder.reported("WO-1", "W1-A01", VILLAGE, "minor", Origin.HOTLINE, AT, "热线", "漏水");
        WorkOrder repaired = WorkOrder.reported("WO-2", "W1-A02", VILLAGE, "minor", Origin.PATROL, AT, "管水员", "泵停")
                .arrived(AT.plusHours(1))
                .repaired(AT.plusHours(3));
        Path folder = dir.resolve("year");
        Files.createDirectories(folder.resolve("maintenance"));
        CsvWriter.forRecord(WorkOrder.class)
                .write(folder.resolve("maintenance/work-orders.csv"), List.of(open, repaired));
        try (Store store = Store.open(db.location(dir))) {
            store.history()
                    .importFolder(
                            Scope.everything(),
                            Actor.user("a"),
                            folder,
                            HistoryRecords.Rules.bundled().withoutBillRuns());
            YearMonth june = YearMonth.of(2026, 6);
            assertThat(store.maintenance().workOrders(Scope.of(VILLAGE), june, june))
                    .containsExactly(open, repaired);
            ResponseCommitments c = ResponseCommitments.countyExample();
            assertThat(store.maintenance().repairTimeliness(Scope.everything(), RegionLevel.VILLAGE, june, june, c))
                    .singleElement()
                    .satisfies(t -> {
                        assertThat(t.region()).isEqualTo(VILLAGE);
                        assertThat(t.met()).isEqualTo(1);
                        assertThat(t.due()).isEqualTo(2);
                    });
        }
    }
}
