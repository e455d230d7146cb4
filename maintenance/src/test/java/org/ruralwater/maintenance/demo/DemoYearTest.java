package org.ruralwater.maintenance.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ruralwater.core.calendar.WorkCalendar;
import org.ruralwater.core.county.County;
import org.ruralwater.core.datafile.CsvReader;
import org.ruralwater.core.datafile.InvalidInputException;
import org.ruralwater.core.demo.DemoCounty;
import org.ruralwater.maintenance.patrol.PatrolLog;
import org.ruralwater.maintenance.patrol.PatrolVisit;
import org.ruralwater.maintenance.plan.Completion;
import org.ruralwater.maintenance.workorder.Origin;
import org.ruralwater.maintenance.workorder.ResponseCommitments;
import org.ruralwater.maintenance.workorder.WorkOrder;

class DemoYearTest {

    private static final County COUNTY = DemoCounty.generate(4_000, DemoCounty.DEFAULT_SEED);

    @Test
    void theYearsWorkOrdersPatrolsAndPreventiveWorkAreReadBackStrictlyWithAFewBreaches(@TempDir Path dir) {
        DemoYear.write(COUNTY, 7, 2026, dir);

        List<WorkOrder> orders = CsvReader.forRecord(WorkOrder.class).read(dir.resolve(DemoYear.WORK_ORDERS));
        List<PatrolVisit> patrols = PatrolLog.read(dir.resolve(DemoYear.PATROLS));
        List<Completion> done = CsvReader.forRecord(Completion.class).read(dir.resolve(DemoYear.PREVENTIVE));
        var breaches = ResponseCommitments.countyExample()
                .breaches(orders, LocalDate.of(2026, 12, 31).atTime(23, 59), WorkCalendar.china());

        assertThat(orders).extracting(WorkOrder::origin).contains(Origin.HOTLINE, Origin.PATROL);
        assertThat(breaches).isNotEmpty().hasSizeLessThan(orders.size() / 4);
        assertThat(patrols).extracting(PatrolVisit::outcome).contains(PatrolVisit.Outcome.values());
        assertThat(done).isNotEmpty();
    }

    @Test
    void aPatrolFileWithAnUnknownOutcomeOrMinutesOutOfRangeIsRefusedAtItsCells(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("patrols.csv");
        Files.writeString(f, """
                who,works,asset,at,minutes,outcome,note
                P1,W1,,2026-03-02T09:10,30,ok,
                P1,W1,,2026-03-03T09:10,0,fine,
                """);

        assertThatThrownBy(() -> PatrolLog.read(f))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(
                        e -> assertThat(((InvalidInputException) e).problems()).hasSize(2));
    }

    @Test
    void theSameCountySeedAndYearGiveTheSameBytes(@TempDir Path dir) throws Exception {
        DemoYear.write(COUNTY, 7, 2026, dir.resolve("a"));
        DemoYear.write(COUNTY, 7, 2026, dir.resolve("b"));

        for (String f : List.of(DemoYear.WORK_ORDERS, DemoYear.PREVENTIVE, DemoYear.PATROLS)) {
            assertThat(Files.readAllBytes(dir.resolve("b").resolve(f)))
                    .isEqualTo(Files.readAllBytes(dir.resolve("a").resolve(f)));
        }
    }
}
