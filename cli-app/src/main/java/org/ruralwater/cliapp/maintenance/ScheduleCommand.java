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
import org.ruralwater.cliapp.option.CliWords;
import org.ruralwater.cliapp.option.OptionValues;
import org.ruralwater.cliapp.output.FormatOption;
import org.ruralwater.cliapp.output.Named;
import org.ruralwater.cliapp.output.Progress;
import org.ruralwater.cliapp.output.Table;
import org.ruralwater.cliapp.output.Wording;
import org.ruralwater.core.county.County;
import org.ruralwater.core.wording.Phrase;
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
@Command(name = "schedule", mixinStandardHelpOptions = true)
public final class ScheduleCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    FormatOption output;

    @Mixin
    WorkloadOptions workload;

    @Option(names = "--seconds", paramLabel = "S")
    long seconds = 30;

    @Option(names = "--moves", paramLabel = "N")
    @Nullable
    Long moves;

    @Option(names = "--ical-crew", paramLabel = "ID")
    @Nullable
    String icalCrew;

    @Option(names = "--ical-out", paramLabel = "FILE")
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
        Wording wording = output.wording();
        try (Progress progress = Progress.start(
                wording.say(Phrase.of(CliWords.PROGRESS_SOLVING)),
                moves != null ? -1 : seconds,
                wording.say(Phrase.of(CliWords.PROGRESS_SECONDS)))) {
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
                plan = scheduler.solve(
                        problem, best -> progress.say(wording.say(Phrase.of(CliWords.PROGRESS_BEST, best))));
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
                        new Named(d.worker().id(), d.worker().name()),
                        d.date(),
                        v.start().toLocalTime(),
                        v.end().toLocalTime(),
                        v.job().id(),
                        v.job().village(),
                        v.lateMinutes());
            }
        }
        County county = workload.county();
        output.write(table, spec.commandLine().getOut(), wording.withNames(county));
        PlanReport.write(spec.commandLine().getErr(), plan, greedy, county, wording.locale());
        if (icalCrew != null) {
            Path target = icalOut != null ? icalOut : Path.of(icalCrew + ".ics");
            String ics = PlanCalendar.export(plan, icalCrew, county, ZoneId.of("Asia/Shanghai"), Instant.now());
            Files.writeString(target, ics, StandardCharsets.UTF_8);
        }
        return plan.score().orElseThrow().hardScore() < 0 ? ExitCode.FAILURES : ExitCode.OK;
    }
}
