package org.ruralwater.cliapp.maintenance;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.ruralwater.cliapp.ExitCode;
import org.ruralwater.cliapp.option.CliWords;
import org.ruralwater.cliapp.output.FormatOption;
import org.ruralwater.cliapp.output.Table;
import org.ruralwater.core.calendar.WorkCalendar;
import org.ruralwater.core.datafile.CsvReader;
import org.ruralwater.core.wording.Phrase;
import org.ruralwater.maintenance.workorder.Breach;
import org.ruralwater.maintenance.workorder.ResponseCommitments;
import org.ruralwater.maintenance.workorder.WorkOrder;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The response commitments missed as of an instant. */
@Command(name = "breaches", mixinStandardHelpOptions = true)
public final class BreachesCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    FormatOption output;

    @Option(names = "--at", required = true, paramLabel = "TIME")
    LocalDateTime at;

    @Option(names = "--commitments", paramLabel = "FILE")
    @Nullable
    Path commitments;

    @Parameters(paramLabel = "WORK-ORDERS.csv", descriptionKey = "work-orders-file")
    Path file;

    @Override
    public Integer call() {
        ResponseCommitments c =
                commitments != null ? ResponseCommitments.read(commitments) : ResponseCommitments.countyExample();
        List<WorkOrder> orders = CsvReader.forRecord(WorkOrder.class).read(file);
        List<Breach> breaches = c.breaches(orders, at, WorkCalendar.china());
        Table table = Table.of("work_order", "kind", "severity", "deadline", "late_min", "still_open");
        for (Breach b : breaches) {
            table.row(
                    b.workOrder(),
                    b.kind(),
                    b.severity(),
                    // A deadline counted through a year without its notice says so: "… (provisional: 2027)".
                    b.due(),
                    b.late().toMinutes(),
                    b.stillOpen());
        }
        output.write(table, spec.commandLine().getOut());
        SortedSet<Integer> provisional = new TreeSet<>();
        breaches.forEach(b -> provisional.addAll(b.provisionalYears()));
        if (!provisional.isEmpty()) {
            spec.commandLine()
                    .getErr()
                    .println(output.wording()
                            .say(Phrase.of(
                                    CliWords.PROVISIONAL_DEADLINES,
                                    String.join(
                                            ", ",
                                            provisional.stream()
                                                    .map(String::valueOf)
                                                    .toList()))));
            spec.commandLine().getErr().flush();
        }
        return breaches.isEmpty() ? ExitCode.OK : ExitCode.FAILURES;
    }
}
