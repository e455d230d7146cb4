package org.ruralwater.cliapp.maintenance;

import java.time.LocalDate;
import java.util.Locale;
import org.ruralwater.maintenance.demo.DemoWorkload;
import org.ruralwater.maintenance.schedule.CrewSchedule;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** The demo workload's options, shared by the commands that solve it. */
public final class WorkloadOptions {

    @Option(names = "--start", paramLabel = "DATE", description = "the first day (default: ${DEFAULT-VALUE})")
    LocalDate start = LocalDate.of(2026, 11, 30);

    @Option(
            names = "--horizon",
            paramLabel = "Nd|Nw",
            description = "days or weeks, such as 28d or 4w (default: ${DEFAULT-VALUE})")
    String horizon = "4w";

    @Option(names = "--jobs", paramLabel = "N", description = "jobs in the workload (default: ${DEFAULT-VALUE})")
    int jobs = 300;

    @Option(names = "--crews", paramLabel = "N", description = "crews (default: ${DEFAULT-VALUE})")
    int crews = 20;

    @Option(names = "--seed", paramLabel = "S", description = "the workload's seed (default: ${DEFAULT-VALUE})")
    long seed = 6;

    /** A fresh copy of the workload: each solve or baseline gets its own. */
    CrewSchedule generate(CommandLine commandLine) {
        return DemoWorkload.generate(start, days(commandLine), jobs, crews, seed);
    }

    private int days(CommandLine commandLine) {
        String t = horizon.strip().toLowerCase(Locale.ROOT);
        try {
            if (t.endsWith("w")) {
                return Math.multiplyExact(Integer.parseInt(t.substring(0, t.length() - 1)), 7);
            }
            return Integer.parseInt(t.endsWith("d") ? t.substring(0, t.length() - 1) : t);
        } catch (NumberFormatException | ArithmeticException e) {
            throw new CommandLine.ParameterException(
                    commandLine, "--horizon is a number of days or weeks, such as 28d or 4w, not \"" + horizon + "\"");
        }
    }
}
