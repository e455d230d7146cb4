package org.ruralwater.cliapp.maintenance;

import java.io.PrintWriter;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.Callable;
import org.ruralwater.cliapp.ExitCode;
import org.ruralwater.maintenance.schedule.CrewSchedule;
import org.ruralwater.maintenance.schedule.PlanCalendar;
import org.ruralwater.maintenance.schedule.Scheduler;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** One crew's solved plan as an iCalendar file on stdout. */
@Command(
        name = "ical",
        mixinStandardHelpOptions = true,
        description = {
            "Solve the demo county's month with a fixed number of moves (the same plan on every machine) and write",
            "one crew's visits as an iCalendar file (RFC 5545) for a phone's calendar. The same options and issue",
            "time give the same bytes."
        },
        footer = {"", "Example:", "  ruralwater maintenance ical --crew C1 --issued 2026-11-27T09:00:00Z > c1.ics"})
public final class IcalCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--crew", required = true, paramLabel = "ID", description = "the crew, such as C1")
    String crew;

    @CommandLine.Mixin
    WorkloadOptions workload;

    @Option(names = "--moves", paramLabel = "N", description = "moves of improvement (default: ${DEFAULT-VALUE})")
    long moves = 30_000;

    @Option(
            names = "--issued",
            paramLabel = "INSTANT",
            description = "the plan's issue time, every event's DTSTAMP (default: now)")
    Instant issued = Instant.now();

    @Override
    public Integer call() {
        CrewSchedule plan = Scheduler.withMoveLimit(moves).solve(workload.generate(spec.commandLine()));
        PrintWriter out = spec.commandLine().getOut();
        out.print(PlanCalendar.export(plan, crew, workload.county(), ZoneId.of("Asia/Shanghai"), issued));
        out.flush();
        return ExitCode.OK;
    }
}
