package org.ruralwater.maintenance.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ruralwater.maintenance.SmallCounty.TANGTANG;
import static org.ruralwater.maintenance.SmallCounty.TAOQING;
import static org.ruralwater.maintenance.schedule.Crews.MONDAY;
import static org.ruralwater.maintenance.schedule.Crews.crew;
import static org.ruralwater.maintenance.schedule.Crews.job;
import static org.ruralwater.maintenance.schedule.Crews.schedule;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlanCalendarTest {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final Instant ISSUED = Instant.parse("2026-11-27T09:00:00Z");

    /** Crew C1 on Monday: a long-titled tank cleaning in its own village, then a repair in the next one. */
    private static CrewSchedule plan() {
        Job cleaning = job("PM:tank-cleaning:T1:2026-12-01", TAOQING, 120, "2026-11-30T00:00", "2026-12-02T00:00");
        Job repair = job("WO-1001", Priority.BREAKDOWN, TANGTANG, 90, "2026-11-30T08:00", "2026-11-30T11:00");
        CrewSchedule s = schedule(5, List.of(crew("C1", TAOQING), crew("C2", TAOQING)), List.of(cleaning, repair));
        s.day("C1", MONDAY).orElseThrow().route().addAll(List.of(cleaning, repair));
        return s;
    }

    @Test
    void aCrewsPlanIsTheGoldenCalendarByteForByte() throws IOException {
        String ics = PlanCalendar.export(plan(), "C1", Crews.COUNTY, CHINA, ISSUED);
        if (Boolean.getBoolean("ruralwater.updateGolden")) {
            // Rewrites the golden file from the current output; read the diff before committing it.
            Files.writeString(Path.of("src/test/resources/org/ruralwater/maintenance/schedule/c1-week.ics"), ics);
        }

        try (InputStream in = PlanCalendarTest.class.getResourceAsStream("c1-week.ics")) {
            assertThat(ics).isEqualTo(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    @Test
    void theSamePlanExportsTheSameBytesAndFollowsRfc5545Lines() {
        String a = PlanCalendar.export(plan(), "C1", Crews.COUNTY, CHINA, ISSUED);
        String b = PlanCalendar.export(plan(), "C1", Crews.COUNTY, CHINA, ISSUED);

        assertThat(a).isEqualTo(b);
        assertThat(a).startsWith("BEGIN:VCALENDAR\r\n").endsWith("END:VCALENDAR\r\n");
        assertThat(a.split("\r\n"))
                .allSatisfy(line ->
                        assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75));
        assertThat(a.replace("\r\n", "")).doesNotContain("\n");
        // 08:30 in Shanghai is 00:30 UTC: the tank cleaning starts the day.
        assertThat(a).contains("DTSTART:20261130T003000Z").contains("UID:PM:tank-cleaning:T1:2026-12-01@ruralwater");
        assertThat(a).contains("DTSTAMP:20261127T090000Z");
    }

    @Test
    void aWorkerWithoutJobsGetsAnEmptyCalendarAndAnUnknownWorkerIsRefused() {
        String empty = PlanCalendar.export(plan(), "C2", Crews.COUNTY, CHINA, ISSUED);

        assertThat(empty).doesNotContain("BEGIN:VEVENT").contains("PRODID:-//ruralwater//maintenance plan//EN");
        assertThatThrownBy(() -> PlanCalendar.export(plan(), "C9", Crews.COUNTY, CHINA, ISSUED))
                .hasMessageContaining("no worker C9")
                .hasMessageContaining("[C1, C2]");
    }
}
