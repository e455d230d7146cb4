package org.ruralwater.maintenance.demo;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.ruralwater.core.calendar.WorkCalendar;
import org.ruralwater.core.county.County;
import org.ruralwater.core.demo.DemoCounty;
import org.ruralwater.core.household.Village;
import org.ruralwater.core.region.RegionCode;
import org.ruralwater.core.region.RegionLevel;
import org.ruralwater.core.staff.Crew;
import org.ruralwater.core.staff.CrewId;
import org.ruralwater.core.staff.Skill;
import org.ruralwater.maintenance.plan.Catalogue;
import org.ruralwater.maintenance.plan.MaintenanceTask;
import org.ruralwater.maintenance.plan.RollingPlan;
import org.ruralwater.maintenance.schedule.CrewSchedule;
import org.ruralwater.maintenance.schedule.Job;
import org.ruralwater.maintenance.schedule.Priority;
import org.ruralwater.maintenance.schedule.TravelModel;
import org.ruralwater.maintenance.schedule.Worker;
import org.ruralwater.maintenance.workorder.Origin;
import org.ruralwater.maintenance.workorder.ResponseCommitments;
import org.ruralwater.maintenance.workorder.WorkOrder;

/**
 * A county's month of work on the demo county: the preventive tasks the bundled catalogue generates for the
 * horizon (daily checks left to the water managers' routine, overdue tasks left out), topped up with
 * breakdowns reported through the horizon and held to the example commitments, for crews based in its
 * townships. The same arguments give the same workload.
 */
public final class DemoWorkload {

    private DemoWorkload() {}

    /**
     * @param jobs how many jobs in all; about one in six is a breakdown, one in thirty an emergency
     * @param crews how many crews, spread over the townships and the county seat
     */
    public static CrewSchedule generate(LocalDate firstDay, int days, int jobs, int crews, long seed) {
        County county = DemoCounty.generate();
        WorkCalendar calendar = WorkCalendar.china();
        Random random = new Random(seed);
        LocalDate lastDay = firstDay.plusDays(days - 1L);

        List<MaintenanceTask> preventive = new ArrayList<>(RollingPlan.of(Catalogue.chinaRural(), calendar)
                .generate(county, List.of(), List.of(), firstDay, lastDay, Set.of())
                .stream()
                .filter(t -> !t.due().isBefore(firstDay) && t.earliest().isBefore(t.due()))
                .toList());
        Collections.shuffle(preventive, random);
        int breakdowns = Math.max(1, jobs / 6);
        List<Job> out = new ArrayList<>();
        for (MaintenanceTask t : preventive.subList(0, Math.min(preventive.size(), jobs - breakdowns))) {
            out.add(Job.preventive(t));
        }
        List<Village> villages = county.villages();
        ResponseCommitments commitments = ResponseCommitments.countyExample();
        Skill[] trades = {Skill.PIPEWORK, Skill.PIPEWORK, Skill.PIPEWORK, Skill.ELECTRICAL, Skill.PUMP_MECHANIC};
        for (int i = 0; out.size() < jobs; i++) {
            Village v = villages.get(random.nextInt(villages.size()));
            boolean emergency = i % 5 == 0;
            String severity = emergency ? "minor" : random.nextBoolean() ? "general" : "major";
            LocalDateTime reported =
                    firstDay.plusDays(random.nextInt(days)).atTime(7 + random.nextInt(10), random.nextInt(60));
            WorkOrder order = WorkOrder.reported(
                    "WO-" + (1000 + i),
                    "demo",
                    v.code(),
                    severity,
                    Origin.HOTLINE,
                    reported,
                    "hotline",
                    (emergency ? "Burst main at " : "Leak or fault at ") + v.name());
            out.add(Job.repair(
                    order,
                    emergency ? Priority.EMERGENCY : Priority.BREAKDOWN,
                    commitments.repairDeadline(order, calendar),
                    60 + 30 * random.nextInt(7),
                    Set.of(trades[random.nextInt(trades.length)])));
        }

        List<RegionCode> bases = new ArrayList<>();
        county.regions().atLevel(RegionLevel.TOWNSHIP).forEach(r -> bases.add(r.code()));
        bases.add(villages.get(0).code().county().orElseThrow());
        List<List<Skill>> profiles = List.of(
                List.of(Skill.PIPEWORK, Skill.WELDING, Skill.METERING),
                List.of(Skill.PIPEWORK, Skill.PUMP_MECHANIC, Skill.ELECTRICAL),
                List.of(Skill.PIPEWORK, Skill.DISINFECTION, Skill.WATER_TESTING),
                List.of(Skill.PIPEWORK, Skill.METERING, Skill.DISINFECTION),
                List.of(Skill.PIPEWORK, Skill.ELECTRICAL, Skill.PUMP_MECHANIC, Skill.METERING));
        List<Worker> workers = new ArrayList<>();
        for (int c = 0; c < crews; c++) {
            workers.add(Worker.crew(
                    new Crew(
                            CrewId.of("C" + (c + 1)),
                            "crew " + (c + 1),
                            bases.get(c % bases.size()),
                            3,
                            profiles.get(c % profiles.size())),
                    Set.of()));
        }
        return CrewSchedule.of(county, calendar, firstDay, days, workers, out, TravelModel.RURAL_DEFAULT);
    }
}
