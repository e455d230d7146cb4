package org.ruralwater.core.demo;

import static java.util.Objects.requireNonNull;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.ruralwater.core.asset.Asset;
import org.ruralwater.core.asset.AssetCategory;
import org.ruralwater.core.calendar.Period;
import org.ruralwater.core.calendar.WorkCalendar;
import org.ruralwater.core.calendar.WorkingDayCount;
import org.ruralwater.core.county.County;
import org.ruralwater.core.datafile.Coded;
import org.ruralwater.core.household.Connection;
import org.ruralwater.core.household.Household;
import org.ruralwater.core.region.RegionLevel;
import org.ruralwater.core.works.ScaleClass;
import org.ruralwater.core.works.SupplyWorks;

/**
 * What a county holds, in the few lines that {@code ruralwater demo} and {@code examples/cli-tour} print after
 * writing the demo county and reading it back: regions, households, works by scale class, assets, staff and
 * the work calendar.
 *
 * <p>A library API only: the command line, its options and its exit codes belong to cli-app's
 * {@code DemoCommand}.
 */
public final class DemoCountySummary {

    private DemoCountySummary() {}

    /**
     * The summary of a county, one fact a line, each line ending in the platform's line separator.
     *
     * @param county the county, as read back from {@code folder}
     * @param folder where the county's files were written, named in the first line
     * @param seed the seed the demo county was generated with, named in the first line
     */
    public static String text(County county, Path folder, long seed) {
        requireNonNull(county, "county");
        requireNonNull(folder, "folder");
        StringWriter text = new StringWriter();
        PrintWriter out = new PrintWriter(text);
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
        // The demo's years: 2025 and 2026 from their notices, and 2027, which has none yet and says so.
        List<String> byYear = new ArrayList<>();
        for (int year = 2025; year <= 2027; year++) {
            WorkingDayCount count = china.workingDayCount(Period.year(year));
            byYear.add(year + ": " + count.days() + (count.isProvisional() ? " (provisional)" : ""));
        }
        String workingDays = String.join(", ", byYear);
        LocalDate springFestival = LocalDate.of(2026, 2, 13);
        out.printf(
                Locale.ROOT,
                "%nwork calendar CN: working days per year %s; 3 working days after Friday %s is %s%n",
                workingDays,
                springFestival,
                china.plusWorkingDays(springFestival, 3));
        out.flush();
        return text.toString();
    }

    private static String codes(Map<? extends Enum<?>, Integer> counts) {
        StringBuilder b = new StringBuilder();
        counts.forEach((k, v) -> {
            if (b.length() > 0) {
                b.append(", ");
            }
            b.append(Coded.codeOf(k)).append(' ').append(v);
        });
        return b.toString();
    }
}
