package org.ruralwater.maintenance.schedule;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import org.ruralwater.core.calendar.WorkCalendar;
import org.ruralwater.core.county.County;
import org.ruralwater.core.region.RegionCode;
import org.ruralwater.core.staff.Skill;
import org.ruralwater.maintenance.SmallCounty;

/** Workers, jobs and schedules over the small county, from Monday 30 November 2026. */
final class Crews {

    static final LocalDate MONDAY = LocalDate.of(2026, 11, 30);
    static final County COUNTY = SmallCounty.with(List.of(), List.of());

    private Crews() {}

    static Worker crew(String id, RegionCode base, Skill... skills) {
        return new Worker(
                id, "crew " + id, Worker.Kind.CREW, Set.of(skills), base, Set.of(), LocalTime.of(8, 30), 480, Set.of());
    }

    static Worker manager(String id, RegionCode village, Skill... skills) {
        return new Worker(
                id,
                "manager " + id,
                Worker.Kind.WATER_MANAGER,
                Set.of(skills),
                village,
                Set.of(village),
                LocalTime.of(8, 0),
                240,
                Set.of());
    }

    static Job job(String id, RegionCode village, int minutes, String earliest, String due, Skill... skills) {
        return job(id, Priority.PLANNED, village, minutes, earliest, due, skills);
    }

    static Job job(
            String id, Priority p, RegionCode village, int minutes, String earliest, String due, Skill... skills) {
        return new Job(
                id,
                "job " + id,
                p,
                village,
                minutes,
                Set.of(skills),
                LocalDateTime.parse(earliest),
                LocalDateTime.parse(due));
    }

    static CrewSchedule schedule(int days, List<Worker> workers, List<Job> jobs) {
        return CrewSchedule.of(COUNTY, WorkCalendar.china(), MONDAY, days, workers, jobs, TravelModel.RURAL_DEFAULT);
    }

    /** The driving minutes between the small county's two villages under the default model. */
    static int villageToVillage() {
        return TravelModel.RURAL_DEFAULT.minutes(COUNTY.village(SmallCounty.TAOQING)
                .orElseThrow()
                .location()
                .metresTo(COUNTY.village(SmallCounty.TANGTANG).orElseThrow().location()));
    }
}
