package org.ruralwater.cliapp.maintenance;

import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.ruralwater.cliapp.ExitCode;
import org.ruralwater.cliapp.option.OptionValues;
import org.ruralwater.cliapp.output.FormatOption;
import org.ruralwater.cliapp.output.Progress;
import org.ruralwater.cliapp.output.Table;
import org.ruralwater.core.county.County;
import org.ruralwater.maintenance.schedule.CrewSchedule;
import org.ruralwater.maintenance.schedule.EarliestDueDate;
import org.ruralwater.maintenance.schedule.PlanCalendar;
import org.ruralwater.maintenance.schedule.Scheduler;
import org.ruralwater.maintenance.schedule.Visit;
import org.ruralwater.maintenance.schedule.WorkerDay;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Schedules the demo county's month of work and prints each crew's visits. */
@Command(
        name = "schedule",
        mixinStandardHelpOptions = true,
        description = {
            "Assign preventive tasks and breakdowns to crews (and water managers) with the optimising scheduler",
            "and print each visit: the demo county's workload, or with --county a county's own. On stderr, the",
            "plan is compared with an earliest-due-date plan level by level, as the score ranks plans (hard rules,",
            "then unassigned work, then lateness and travel; the plan is never worse), and every job left",
            "unassigned is listed with the rule that kept it out. Exits 1 when the plan still breaks a hard rule."
        },
        footer = {
            "",
            "Examples:",
            "  ruralwater maintenance schedule --horizon 4w --seconds 30",
            "  ruralwater maintenance schedule --jobs 120 --crews 8 --moves 30000 --ical-crew C1 --ical-out c1.ics",
            "  ruralwater maintenance schedule --county demo-county --work-orders work-orders.csv --horizon 1w"
        })
public final class ScheduleCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    FormatOption output;

    @Mixin
    WorkloadOptions workload;

    @Option(
            names = "--seconds",
            paramLabel = "S",
            description = "solve for this long; not with --moves (default: ${DEFAULT-VALUE})")
    long seconds = 30;

    @Option(
            names = "--moves",
            paramLabel = "N",
            description = "solve for this many moves instead: the same plan on every machine")
    @Nullable
    Long moves;

    @Option(names = "--ical-crew", paramLabel = "ID", description = "also write this crew's plan as iCalendar")
    @Nullable
    String icalCrew;

    @Option(
            names = "--ical-out",
            paramLabel = "FILE",
            description = "where to write it; with --ical-crew (default: ID.ics)")
    @Nullable
    Path icalOut;

    @Override
    public Integer call() throws Exception {
        OptionScope.notWith(spec.commandLine(), "--moves", "--seconds");
        OptionScope.onlyWith(spec.commandLine(), "--ical-crew", "--ical-out");
        OptionValues.atLeast(spec.commandLine(), "--seconds", seconds, 1);
        if (moves != null) {
            OptionValues.atLeast(spec.commandLine(), "--moves", moves, 1);
        }
        if (icalCrew != null) {
            // Before a solve of many seconds, not after it.
            Path target = (icalOut != null ? icalOut : Path.of(icalCrew + ".ics")).toAbsolutePath();
            if (!Files.isDirectory(target.getParent())) {
                throw new UncheckedIOException(
                        new NoSuchFileException(target.getParent().toString()));
            }
        }
        CrewSchedule greedy = EarliestDueDate.assign(workload.generate(spec.commandLine()));
        Scheduler.score(greedy);
        Scheduler scheduler =
                moves != null ? Scheduler.withMoveLimit(moves) : Scheduler.withTimeLimit(Duration.ofSeconds(seconds));
        CrewSchedule problem = workload.generate(spec.commandLine());
        CrewSchedule plan;
        long started = System.nanoTime();
        try (Progress progress = Progress.start("solving", moves != null ? -1 : seconds, "s")) {
            ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "progress");
                t.setDaemon(true);
                return t;
            });
            if (progress.shown()) {
                clock.scheduleAtFixedRate(
                        () -> progress.stepTo((System.nanoTime() - started) / 1_000_000_000L),
                        200,
                        200,
                        TimeUnit.MILLISECONDS);
            }
            try {
                plan = scheduler.solve(problem, best -> progress.say("best " + best));
            } finally {
                clock.shutdownNow();
            }
        }
        Table table = Table.of("worker", "date", "start", "end", "job", "village", "late_min");
        for (WorkerDay d : plan.days().stream()
                .sorted(Comparator.comparing(WorkerDay::date).thenComparing(WorkerDay::id))
                .toList()) {
            for (Visit v : d.timeline().visits()) {
                table.row(
                        d.worker().id(),
                        d.date(),
                        v.start().toLocalTime(),
                        v.end().toLocalTime(),
                        v.job().id(),
                        v.job().village(),
                        v.lateMinutes());
            }
        }
        output.write(table, spec.commandLine().getOut());
        County county = workload.county();
        PlanReport.write(spec.commandLine().getErr(), plan, greedy, county);
        if (icalCrew != null) {
            Path target = icalOut != null ? icalOut : Path.of(icalCrew + ".ics");
            String ics = PlanCalendar.export(plan, icalCrew, county, ZoneId.of("Asia/Shanghai"), Instant.now());
            Files.writeString(target, ics, StandardCharsets.UTF_8);
        }
        return plan.score().orElseThrow().hardScore() < 0 ? ExitCode.FAILURES : ExitCode.OK;
    }
}
