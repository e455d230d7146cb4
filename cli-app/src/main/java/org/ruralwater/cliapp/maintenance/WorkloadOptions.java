package org.ruralwater.cliapp.maintenance;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.ruralwater.cliapp.option.CliWords;
import org.ruralwater.cliapp.option.OptionValues;
import org.ruralwater.core.calendar.WorkCalendar;
import org.ruralwater.core.county.County;
import org.ruralwater.core.datafile.CsvReader;
import org.ruralwater.core.demo.DemoCounty;
import org.ruralwater.core.staff.Skill;
import org.ruralwater.core.wording.Phrase;
import org.ruralwater.maintenance.demo.DemoWorkload;
import org.ruralwater.maintenance.plan.Catalogue;
import org.ruralwater.maintenance.schedule.CrewSchedule;
import org.ruralwater.maintenance.workorder.ResponseCommitments;
import org.ruralwater.maintenance.workorder.WorkOrder;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** The workload's options (the demo county's, or a county's own), shared by the commands that solve it. */
public final class WorkloadOptions {

    @Option(names = "--start", paramLabel = "DATE")
    LocalDate start = LocalDate.of(2026, 11, 30);

    @Option(names = "--horizon", paramLabel = "Nd|Nw")
    String horizon = "4w";

    @Option(names = "--jobs", paramLabel = "N")
    int jobs = 300;

    @Option(names = "--crews", paramLabel = "N")
    int crews = 20;

    @Option(names = "--seed", paramLabel = "S")
    long seed = 6;

    @Option(names = "--county", paramLabel = "DIR")
    @Nullable
    Path county;

    @Option(names = "--work-orders", paramLabel = "FILE")
    @Nullable
    Path workOrders;

    @Option(names = "--commitments", paramLabel = "FILE")
    @Nullable
    Path commitments;

    @Option(names = "--emergency-severity", paramLabel = "TIER")
    String emergencySeverity = "major";

    @Option(names = "--repair-minutes", paramLabel = "N")
    int repairMinutes = 120;

    /** A horizon longer than a year is not a crew schedule. */
    private static final int MAX_DAYS = 366;

    /** A fresh copy of the workload: each solve or baseline gets its own. */
    CrewSchedule generate(CommandLine commandLine) {
        OptionScope.onlyWith(
                commandLine, "--county", "--work-orders", "--commitments", "--emergency-severity", "--repair-minutes");
        OptionScope.notWith(commandLine, "--county", "--jobs", "--crews", "--seed");
        OptionValues.atLeast(commandLine, "--jobs", jobs, 1);
        OptionValues.atLeast(commandLine, "--crews", crews, 1);
        OptionValues.between(commandLine, "--repair-minutes", repairMinutes, 1, 24 * 60);
        if (county == null) {
            return DemoWorkload.generate(start, days(commandLine), jobs, crews, seed);
        }
        return CrewSchedule.forCounty(
                County.read(county),
                Catalogue.chinaRural(),
                WorkCalendar.china(),
                start,
                days(commandLine),
                workOrders == null
                        ? List.of()
                        : CsvReader.forRecord(WorkOrder.class).read(workOrders),
                commitments == null ? ResponseCommitments.countyExample() : ResponseCommitments.read(commitments),
                emergencySeverity,
                repairMinutes,
                Set.of(Skill.PIPEWORK));
    }

    /** The county the workload is in, for village names. */
    County county() {
        return county == null ? DemoCounty.generate() : County.read(county);
    }

    private int days(CommandLine commandLine) {
        String t = horizon.strip().toLowerCase(Locale.ROOT);
        int days;
        try {
            days = t.endsWith("w")
                    ? Math.multiplyExact(Integer.parseInt(t.substring(0, t.length() - 1)), 7)
                    : Integer.parseInt(t.endsWith("d") ? t.substring(0, t.length() - 1) : t);
        } catch (NumberFormatException | ArithmeticException e) {
            days = -1;
        }
        if (days < 1 || days > MAX_DAYS) {
            throw OptionValues.refusal(commandLine, "--horizon", Phrase.of(CliWords.HORIZON, MAX_DAYS), horizon);
        }
        return days;
    }
}
