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
import org.ruralwater.core.wording.CoreWords;
import org.ruralwater.core.wording.Labels;
import org.ruralwater.core.wording.Phrase;
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
     * The summary of a county in English, one fact a line, each line ending in the platform's line separator.
     *
     * @param county the county, as read back from {@code folder}
     * @param folder where the county's files were written, named in the first line
     * @param seed the seed the demo county was generated with, named in the first line
     */
    public static String text(County county, Path folder, long seed) {
        return text(county, folder, seed, Locale.ROOT);
    }

    /**
     * {@link #text(County, Path, long)} in the reader's language: the same facts, with kinds of connection and
     * asset by their labels where the language has them (by their codes in English).
     */
    public static String text(County county, Path folder, long seed, Locale locale) {
        requireNonNull(county, "county");
        requireNonNull(folder, "folder");
        requireNonNull(locale, "locale");
        StringWriter text = new StringWriter();
        PrintWriter out = new PrintWriter(text);
        Say say = (key, args) -> out.println(Phrase.of(key, args).in(locale));
        say.line(CoreWords.DEMO_WRITTEN, seed, folder.toAbsolutePath());
        out.println();
        say.line(
                CoreWords.DEMO_REGIONS,
                county.regions().atLevel(RegionLevel.COUNTY).size(),
                county.regions().atLevel(RegionLevel.TOWNSHIP).size(),
                county.villages().size());
        say.line(
                CoreWords.DEMO_HOUSEHOLDS,
                county.households().size(),
                county.people(),
                county.meters().size());
        Map<Connection, Integer> byConnection = new EnumMap<>(Connection.class);
        for (Household h : county.households()) {
            byConnection.merge(h.connection(), 1, Integer::sum);
        }
        out.print("  ");
        say.line(CoreWords.DEMO_BY_CONNECTION, codes(byConnection));

        Map<Phrase, int[]> byClass = new LinkedHashMap<>();
        Map<ScaleClass, Phrase> names = new EnumMap<>(ScaleClass.class);
        for (ScaleClass c : ScaleClass.values()) {
            names.put(c, Labels.phrase(c));
            byClass.put(names.get(c), new int[2]);
        }
        Phrase belowV = Phrase.of(CoreWords.DEMO_BELOW_CLASS_V);
        byClass.put(belowV, new int[2]);
        int largeScale = 0;
        for (SupplyWorks w : county.works()) {
            Optional<ScaleClass> c = w.scaleClass();
            int[] n = byClass.get(c.map(names::get).orElse(belowV));
            n[0]++;
            n[1] += w.peopleServed();
            if (w.isLargeScale()) {
                largeScale++;
            }
        }
        out.println();
        say.line(CoreWords.DEMO_WORKS, county.works().size(), largeScale);
        byClass.forEach((k, n) -> {
            out.print("  ");
            say.line(
                    CoreWords.DEMO_WORKS_OF_CLASS,
                    String.format(Locale.ROOT, "%-14s", k.in(locale)),
                    String.format(Locale.ROOT, "%3d", n[0]),
                    String.format(Locale.ROOT, "%7d", n[1]));
        });

        Map<AssetCategory, Integer> byCategory = new EnumMap<>(AssetCategory.class);
        for (Asset a : county.assets()) {
            byCategory.merge(a.category(), 1, Integer::sum);
        }
        out.println();
        say.line(CoreWords.DEMO_ASSETS, county.assets().size());
        out.println("  " + codes(byCategory).in(locale));
        say.line(
                CoreWords.DEMO_STAFF,
                county.waterManagers().size(),
                county.crews().size());

        WorkCalendar china = WorkCalendar.china();
        // The demo's years: 2025 and 2026 from their notices, and 2027, which has none yet and says so.
        List<Phrase> byYear = new ArrayList<>();
        for (int year = 2025; year <= 2027; year++) {
            WorkingDayCount count = china.workingDayCount(Period.year(year));
            byYear.add(Phrase.of(
                    count.isProvisional() ? CoreWords.DEMO_YEAR_DAYS_PROVISIONAL : CoreWords.DEMO_YEAR_DAYS,
                    year,
                    count.days()));
        }
        LocalDate springFestival = LocalDate.of(2026, 2, 13);
        out.println();
        say.line(CoreWords.DEMO_CALENDAR, byYear, springFestival, china.plusWorkingDays(springFestival, 3));
        out.flush();
        return text.toString();
    }

    /** One line of the summary: a phrase in the reader's language. */
    private interface Say {
        void line(CoreWords key, Object... arguments);
    }

    /** Counts by kind, "in_house_tap 700, yard_tap 120": codes in English, labels in Chinese. */
    private static Phrase codes(Map<? extends Enum<?>, Integer> counts) {
        List<Phrase> items = new ArrayList<>();
        counts.forEach((k, v) -> items.add(Phrase.of(CoreWords.DEMO_COUNT, Labels.codeOrLabel(k, Coded.codeOf(k)), v)));
        return Phrase.of(CoreWords.DEMO_COUNTS, items);
    }
}
