package org.ruralwater.core.demo;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.ruralwater.core.asset.Asset;
import org.ruralwater.core.asset.AssetCategory;
import org.ruralwater.core.calendar.Period;
import org.ruralwater.core.calendar.WorkCalendar;
import org.ruralwater.core.county.County;
import org.ruralwater.core.datafile.InvalidInputException;
import org.ruralwater.core.household.Connection;
import org.ruralwater.core.household.Household;
import org.ruralwater.core.region.RegionLevel;
import org.ruralwater.core.works.ScaleClass;
import org.ruralwater.core.works.SupplyWorks;

/**
 * The entry point until the apps exist: writes the demo county's files, reads them back with the strict
 * readers (as any import would), and prints what the county holds.
 *
 * <pre>java org.ruralwater.core.demo.DemoCountySummary [--out DIR] [--households N] [--seed S]</pre>
 *
 * <p>Exit codes: 0 done, 2 usage error, 3 the files did not read back (every problem is printed).
 */
public final class DemoCountySummary {

    private DemoCountySummary() {}

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        Path folder = Path.of("demo-county");
        int households = DemoCounty.DEFAULT_HOUSEHOLDS;
        long seed = DemoCounty.DEFAULT_SEED;
        try {
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--out" -> folder = Path.of(value(args, ++i, "--out"));
                    case "--households" -> households = Integer.parseInt(value(args, ++i, "--households"));
                    case "--seed" -> seed = Long.parseLong(value(args, ++i, "--seed"));
                    case "--help", "-h" -> {
                        out.println("usage: run-demo [--out DIR] [--households N] [--seed S]");
                        return 0;
                    }
                    default -> throw new IllegalArgumentException("unknown option " + args[i]);
                }
            }
            if (households < 1) {
                throw new IllegalArgumentException("--households must be at least 1, but was " + households);
            }
        } catch (IllegalArgumentException e) {
            err.println("run-demo: " + e.getMessage());
            err.println("usage: run-demo [--out DIR] [--households N] [--seed S]");
            return 2;
        }
        long start = System.nanoTime();
        DemoCounty.writeTo(folder, households, seed);
        long written = System.nanoTime();
        County county;
        try {
            county = County.read(folder);
        } catch (InvalidInputException e) {
            err.println(e.getMessage());
            return 3;
        }
        long read = System.nanoTime();
        print(county, folder, seed, out);
        out.printf(
                Locale.ROOT,
                "%nwrote the files in %d ms, read them back strictly in %d ms%n",
                (written - start) / 1_000_000,
                (read - written) / 1_000_000);
        return 0;
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[i];
    }

    /** The summary `./run-demo` prints: regions, households, works by class, assets, staff, the work calendar. */
    public static void print(County county, Path folder, long seed, PrintStream out) {
        out.printf(Locale.ROOT, "demo county (seed %d) written to %s%n%n", seed, folder.toAbsolutePath());
        out.printf(
                Locale.ROOT,
                "regions: %d counties, %d townships, %d villages%n",
                county.regions().atLevel(RegionLevel.COUNTY).size(),
                county.regions().atLevel(RegionLevel.TOWNSHIP).size(),
                county.villages().size());
        out.printf(
                Locale.ROOT,
                "households: %d with %d people; %d metered%n",
                county.households().size(),
                county.people(),
                county.meters().size());
        Map<Connection, Integer> byConnection = new EnumMap<>(Connection.class);
        for (Household h : county.households()) {
            byConnection.merge(h.connection(), 1, Integer::sum);
        }
        out.println("  by connection: " + codes(byConnection));

        Map<String, int[]> byClass = new LinkedHashMap<>();
        for (ScaleClass c : ScaleClass.values()) {
            byClass.put("class " + c, new int[2]);
        }
        byClass.put("below class V", new int[2]);
        int largeScale = 0;
        for (SupplyWorks w : county.works()) {
            Optional<ScaleClass> c = w.scaleClass();
            int[] n = byClass.get(c.map(x -> "class " + x).orElse("below class V"));
            n[0]++;
            n[1] += w.peopleServed();
            if (w.isLargeScale()) {
                largeScale++;
            }
        }
        out.printf(
                Locale.ROOT,
                "%nworks: %d, of which %d large-scale (千吨万人)%n",
                county.works().size(),
                largeScale);
        byClass.forEach((k, n) -> out.printf(Locale.ROOT, "  %-14s %3d works serving %7d people%n", k, n[0], n[1]));

        Map<AssetCategory, Integer> byCategory = new EnumMap<>(AssetCategory.class);
        for (Asset a : county.assets()) {
            byCategory.merge(a.category(), 1, Integer::sum);
        }
        out.printf(Locale.ROOT, "%nassets: %d%n  %s%n", county.assets().size(), codes(byCategory));
        out.printf(
                Locale.ROOT,
                "staff: %d village water managers, %d crews%n",
                county.waterManagers().size(),
                county.crews().size());

        WorkCalendar china = WorkCalendar.china();
        Map<Integer, Long> workingDays = new TreeMap<>();
        for (int year : china.years()) {
            workingDays.put(year, china.workingDaysIn(Period.year(year)));
        }
        LocalDate springFestival = LocalDate.of(2026, 2, 13);
        out.printf(
                Locale.ROOT,
                "%nwork calendar CN: working days per year %s; 3 working days after Friday %s is %s%n",
                workingDays,
                springFestival,
                china.plusWorkingDays(springFestival, 3));
    }

    private static String codes(Map<? extends Enum<?>, Integer> counts) {
        StringBuilder b = new StringBuilder();
        counts.forEach((k, v) -> {
            if (b.length() > 0) {
                b.append(", ");
            }
            b.append(k.name().toLowerCase(Locale.ROOT)).append(' ').append(v);
        });
        return b.toString();
    }
}
