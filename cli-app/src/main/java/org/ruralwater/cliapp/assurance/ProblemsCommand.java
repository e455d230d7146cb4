package org.ruralwater.cliapp.assurance;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import org.ruralwater.assurance.monitoring.ProblemLedger;
import org.ruralwater.assurance.monitoring.Ticket;
import org.ruralwater.cliapp.ExitCode;
import org.ruralwater.cliapp.output.FormatOption;
import org.ruralwater.cliapp.output.Table;
import org.ruralwater.cliapp.output.Wording;
import org.ruralwater.core.county.County;
import org.ruralwater.core.datafile.JsonReader;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The problem ledger (问题清单): overdue and recurring problems and the monthly report. */
@Command(name = "problems", mixinStandardHelpOptions = true)
public final class ProblemsCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    FormatOption output;

    @Option(names = "--on", paramLabel = "DATE")
    LocalDate on = LocalDate.now();

    @Option(names = "--overdue")
    boolean overdue;

    @Option(names = "--recurring", paramLabel = "DAYS")
    @Nullable
    Integer recurring;

    @Option(names = "--monthly", paramLabel = "YYYY-MM")
    @Nullable
    YearMonth monthly;

    @Option(names = "--county", paramLabel = "DIR")
    @Nullable
    Path county;

    @Parameters(paramLabel = "TICKETS.json", descriptionKey = "tickets")
    Path file;

    /** The words of a table, with the county's names beside its codes when its folder is given. */
    private Wording wording() {
        return county != null ? output.wording().withNames(County.read(county)) : output.wording();
    }

    @Override
    public Integer call() {
        ProblemLedger ledger =
                new ProblemLedger(JsonReader.forRecord(Ticket.class).readList(file));
        if (monthly != null) {
            Table table = Table.of("county", "opened", "closed", "open_at_end", "overdue_at_end", "opened_by_type");
            for (ProblemLedger.MonthRow r : ledger.monthly(monthly)) {
                table.row(
                        r.county(),
                        r.opened(),
                        r.closed(),
                        r.openAtMonthEnd(),
                        r.overdueAtMonthEnd(),
                        r.openedByType());
            }
            output.write(table, spec.commandLine().getOut(), wording());
            return ExitCode.OK;
        }
        List<Ticket> tickets = overdue
                ? ledger.overdue(on)
                : recurring != null
                        ? ledger.recurring(recurring)
                        : ledger.tickets().stream()
                                .filter(t -> t.state() != Ticket.State.CLOSED)
                                .toList();
        Table table = Table.of("id", "type", "subject", "village", "rectification", "deadline", "state", "opened_at");
        for (Ticket t : tickets) {
            table.row(
                    t.id(),
                    t.type(),
                    t.subject(),
                    t.village(),
                    t.rectification(),
                    t.deadline(),
                    t.state(),
                    t.openedAt());
        }
        output.write(table, spec.commandLine().getOut(), wording());
        return overdue && !tickets.isEmpty() ? ExitCode.FAILURES : ExitCode.OK;
    }
}
