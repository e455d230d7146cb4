package org.ruralwater.cliapp.maintenance;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.ruralwater.cliapp.ExitCode;
import org.ruralwater.cliapp.option.CliWords;
import org.ruralwater.cliapp.output.FormatOption;
import org.ruralwater.cliapp.output.Heading;
import org.ruralwater.cliapp.output.Table;
import org.ruralwater.cliapp.output.Wording;
import org.ruralwater.core.calendar.Period;
import org.ruralwater.core.calendar.WorkCalendar;
import org.ruralwater.core.county.County;
import org.ruralwater.core.demo.DemoCounty;
import org.ruralwater.core.wording.Phrase;
import org.ruralwater.maintenance.plan.Catalogue;
import org.ruralwater.maintenance.plan.MaintenanceTask;
import org.ruralwater.maintenance.plan.RollingPlan;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The preventive tasks a catalogue generates for a horizon. */
@Command(name = "generate", aliases = "plan", mixinStandardHelpOptions = true)
public final class PlanCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    FormatOption output;

    @Option(names = "--county", paramLabel = "DIR")
    @Nullable
    Path county;

    @Option(names = "--catalogue", paramLabel = "FILE")
    @Nullable
    Path catalogue;

    @Option(names = "--from", required = true, paramLabel = "DATE")
    LocalDate from;

    @Option(names = "--to", required = true, paramLabel = "DATE")
    LocalDate to;

    @Option(names = "--skip-overdue")
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
                    String.join(";", t.skills().stream().map(s -> s.code()).toList()),
                    plan.isProvisional(t));
        }
        Wording wording = output.wording().withNames(c).heading("due", Phrase.of(Heading.DUE_ON));
        table.write(output.format(), spec.commandLine().getOut(), wording);
        SortedSet<Integer> provisional = calendar.provisionalYearsIn(Period.range(from, to));
        if (!provisional.isEmpty()) {
            spec.commandLine()
                    .getErr()
                    .println(wording.say(Phrase.of(
                            CliWords.CALENDAR_PROVISIONAL,
                            String.join(
                                    ", ",
                                    provisional.stream().map(String::valueOf).toList()))));
        }
        return ExitCode.OK;
    }
}
