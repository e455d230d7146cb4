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
@Command(name = "ical", mixinStandardHelpOptions = true)
public final class IcalCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--crew", required = true, paramLabel = "ID")
    String crew;

    @CommandLine.Mixin
    WorkloadOptions workload;

    @Option(names = "--moves", paramLabel = "N")
    long moves = 30_000;

    @Option(names = "--issued", paramLabel = "INSTANT")
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
