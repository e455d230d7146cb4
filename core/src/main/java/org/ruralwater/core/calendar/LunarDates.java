package org.ruralwater.core.calendar;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import org.ruralwater.core.datafile.CsvReader;

/**
 * The Gregorian dates of one year's lunar festivals and of the 清明 solar term in Beijing time, as the
 * lunar-date table ({@code cn-lunar-dates.csv}) holds them.
 *
 * @param springFestival 正月初一; 除夕 is the day before
 * @param qingming the day the Sun reaches ecliptic longitude 15°
 * @param dragonBoat 五月初五 (端午)
 * @param midAutumn 八月十五 (中秋)
 */
record LunarDates(int year, LocalDate springFestival, LocalDate qingming, LocalDate dragonBoat, LocalDate midAutumn) {

    static final String TABLE = "cn-lunar-dates.csv";

    LunarDates {
        requireNonNull(springFestival, "springFestival");
        requireNonNull(qingming, "qingming");
        requireNonNull(dragonBoat, "dragonBoat");
        requireNonNull(midAutumn, "midAutumn");
        List<String> wrong = new ArrayList<>();
        // The bounds are those the lunisolar rules allow (春节 after the winter solstice's second new moon,
        // 清明 at 15°): a date outside them is a typing error, not a rare year.
        within(wrong, "spring_festival", springFestival, year, MonthDay.of(1, 21), MonthDay.of(2, 21));
        within(wrong, "qingming", qingming, year, MonthDay.of(4, 3), MonthDay.of(4, 6));
        within(wrong, "dragon_boat", dragonBoat, year, MonthDay.of(5, 27), MonthDay.of(6, 26));
        within(wrong, "mid_autumn", midAutumn, year, MonthDay.of(9, 7), MonthDay.of(10, 9));
        if (!wrong.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", wrong));
        }
    }

    /** The table shipped with the library, in year order. */
    static List<LunarDates> bundled() {
        try (InputStream in = LunarDates.class.getResourceAsStream(TABLE)) {
            if (in == null) {
                throw new IllegalStateException("the lunar-date table " + TABLE + " is missing");
            }
            return CsvReader.forRecord(LunarDates.class).read(TABLE, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void within(List<String> wrong, String field, LocalDate d, int year, MonthDay from, MonthDay to) {
        MonthDay md = MonthDay.from(d);
        if (d.getYear() != year || md.isBefore(from) || md.isAfter(to)) {
            wrong.add(field + " " + d + " is not between " + from + " and " + to + " of " + year);
        }
    }
}
