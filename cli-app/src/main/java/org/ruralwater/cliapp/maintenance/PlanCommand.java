package org.ruralwater.cliapp.maintenance;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.ruralwater.cliapp.ExitCode;
import org.ruralwater.cliapp.output.FormatOption;
import org.ruralwater.cliapp.output.Table;
import org.ruralwater.core.calendar.Period;
import org.ruralwater.core.calendar.WorkCalendar;
import org.ruralwater.core.county.County;
import org.ruralwater.core.demo.DemoCounty;
import org.ruralwater.maintenance.plan.Catalogue;
import org.ruralwater.maintenance.plan.MaintenanceTask;
import org.ruralwater.maintenance.plan.RollingPlan;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The preventive tasks a catalogue generates for a horizon. */
@Command(
        name = "generate",
        aliases = "plan",
        mixinStandardHelpOptions = true,
        description = {
            "Generate the preventive tasks due in a horizon from a maintenance catalogue (the bundled Chinese",
            "rural one by default) for a county folder (the demo county by default)."
        },
        footer = {
            "",
            "Examples:",
            "  ruralwater maintenance generate --from 2026-11-30 --to 2026-12-27",
            "  ruralwater maintenance generate --county demo-county --catalogue my-catalogue.json --from 2026-12-01 --to 2026-12-31"
        })
public final class PlanCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    FormatOption output;

    @Option(names = "--county", paramLabel = "DIR", description = "a county folder (default: the demo county)")
    @Nullable
    Path county;

    @Option(names = "--catalogue", paramLabel = "FILE", description = "a catalogue file (default: the bundled one)")
    @Nullable
    Path catalogue;

    @Option(names = "--from", required = true, paramLabel = "DATE", description = "the horizon's first day")
    LocalDate from;

    @Option(names = "--to", required = true, paramLabel = "DATE", description = "the horizon's last day")
    LocalDate to;

    @Option(
            names = "--skip-overdue",
            description = "leave out tasks already overdue before --from (a county without its maintenance history"
                    + " has many)")
    boolean skipOverdue;

    @Override
    public Integer call() {
        County c = county != null ? County.read(county) : DemoCounty.generate();
        Catalogue cat = catalogue != null ? Catalogue.read(catalogue) : Catalogue.chinaRural();
        WorkCalendar calendar = WorkCalendar.china();
        RollingPlan plan = RollingPlan.of(cat, calendar);
        List<MaintenanceTask> tasks = plan.generate(c, List.of(), List.of(), from, to, Set.of());
        Table table =
                Table.of("id", "plan", "target", "village", "earliest", "due", "minutes", "skills", "provisional");
        for (MaintenanceTask t : tasks) {
            if (skipOverdue && t.due().isBefore(from)) {
                continue;
            }
            table.row(
                    t.id(),
                    t.plan(),
                    t.target(),
                    t.village(),
                    t.earliest(),
                    t.due(),
                    t.durationMinutes(),
                    t.skills(),
                    plan.isProvisional(t));
        }
        output.write(table, spec.commandLine().getOut());
        SortedSet<Integer> provisional = calendar.provisionalYearsIn(Period.range(from, to));
        if (!provisional.isEmpty()) {
            spec.commandLine()
                    .getErr()
                    .println("provisional: the work calendar for "
                            + String.join(
                                    ", ",
                                    provisional.stream().map(String::valueOf).toList())
                            + " is derived from the holiday law without the State Council's notice; due dates"
                            + " moved off rest days (provisional = true) may change when it is published");
        }
        return ExitCode.OK;
    }
}
