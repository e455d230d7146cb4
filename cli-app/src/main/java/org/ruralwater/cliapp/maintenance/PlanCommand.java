package org.ruralwater.cliapp.maintenance;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.ruralwater.cliapp.ExitCode;
import org.ruralwater.cliapp.option.CliWords;
import org.ruralwater.cliapp.output.FormatOption;
import org.ruralwater.cliapp.output.Heading;
import org.ruralwater.cliapp.output.Named;
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

    /** A task's target (an asset or a works, by id) with its name, when the county names it. */
    private static Object target(Map<String, String> names, String id) {
        String name = names.get(id);
        return name != null ? new Named(id, name) : id;
    }

    @Override
    public Integer call() {
        County c = county != null ? County.read(county) : DemoCounty.generate();
        Catalogue cat = catalogue != null ? Catalogue.read(catalogue) : Catalogue.chinaRural();
        WorkCalendar calendar = WorkCalendar.china();
        RollingPlan plan = RollingPlan.of(cat, calendar);
        List<MaintenanceTask> tasks = plan.generate(c, List.of(), List.of(), from, to, Set.of());
        Table table =
                Table.of("id", "plan", "target", "village", "earliest", "due", "minutes", "skills", "provisional");
        Map<String, String> targetNames = new HashMap<>();
        c.assets().forEach(a -> targetNames.put(a.id().value(), a.name()));
        c.works().forEach(w -> targetNames.put(w.id().value(), w.name()));
        for (MaintenanceTask t : tasks) {
            if (skipOverdue && t.due().isBefore(from)) {
                continue;
            }
            table.row(
                    t.id(),
                    t.plan(),
                    target(targetNames, t.target()),
                    t.village(),
                    t.earliest(),
                    t.due(),
                    t.durationMinutes(),
                    t.skills(),
                    plan.isProvisional(t));
        }
        Wording wording = output.wording().withNames(c).heading("due", Phrase.of(Heading.DUE_ON));
        output.write(table, spec.commandLine().getOut(), wording);
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
