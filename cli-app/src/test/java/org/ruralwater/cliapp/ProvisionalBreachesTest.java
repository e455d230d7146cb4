package org.ruralwater.cliapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `maintenance breaches` says which deadlines rest on a work-calendar year without its notice (issue 16). */
class ProvisionalBreachesTest {

    @Test
    void aBreachAcrossThe2027SpringFestivalIsMarkedProvisional(@TempDir Path dir) throws Exception {
        Path commitments = dir.resolve("commitments.json");
        Files.writeString(commitments, """
                {
                 "id": "WORKING", "source": "test", "outage_notice_hours": 24, "outage_notice_source": "test",
                 "working_hours": ["08:30-12:00", "14:30-17:30"],
                 "tiers": [{"severity": "planned", "repair_hours": 12, "clock": "working", "source": "test"}]
                }
                """);
        Path orders = dir.resolve("work-orders.csv");
        Files.writeString(orders, """
                id,target,village,severity,origin,reported_at,reporter,description,on_site_at,repaired_at
                WO-1,PIPE-7,539821101201,planned,hotline,2027-02-04T16:00,hotline,burst service pipe,,
                """);

        Run r = Run.of(
                "maintenance",
                "breaches",
                "--at",
                "2027-02-15T09:00",
                "--commitments",
                commitments.toString(),
                "--format",
                "csv",
                orders.toString());

        assertThat(r.code()).isEqualTo(ExitCode.FAILURES);
        assertThat(r.out())
                .isEqualTo("work_order,kind,severity,deadline,late_min,still_open\n"
                        + "WO-1,repair,planned,2027-02-12T15:00 (provisional: 2027),3960,true\n");
        assertThat(r.err()).startsWith("provisional: the work calendar for 2027 is derived from the holiday law");
    }
}
