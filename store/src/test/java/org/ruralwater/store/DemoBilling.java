package org.ruralwater.store;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.ruralwater.core.county.County;
import org.ruralwater.core.datafile.CsvWriter;
import org.ruralwater.core.household.Household;
import org.ruralwater.core.household.Meter;

/**
 * A billing folder for the demo county: an account for every metered household (Jiangdu's rural tariff, a
 * dibao household in twenty), its meter from the county's register, and a reading at the end of each month
 * given plus the one before, from a seed.
 */
public final class DemoBilling {

    public static final String TARIFF = "CN-JS-JIANGDU-RURAL-RESIDENTIAL";

    private DemoBilling() {}

    /**
     * Writes accounts.csv, meters.csv and readings.csv into the folder: readings on the 28th of the month
     * before {@code first} and of every month from {@code first} to {@code last}.
     */
    public static void write(Path folder, County county, LocalDate first, LocalDate last, long seed) {
        Random random = new Random(seed);
        try {
            Files.createDirectories(folder);
            CsvWriter.forRecord(Meter.class).write(folder.resolve("meters.csv"), county.meters());
            try (BufferedWriter accounts =
                            Files.newBufferedWriter(folder.resolve("accounts.csv"), StandardCharsets.UTF_8);
                    BufferedWriter readings =
                            Files.newBufferedWriter(folder.resolve("readings.csv"), StandardCharsets.UTF_8)) {
                accounts.write("household,tariff,members,meters,subsidy_category,quota\n");
                readings.write("meter,read_on,value,kind\n");
                int i = 0;
                for (Household h : county.households()) {
                    if (h.meter().isEmpty()) {
                        continue;
                    }
                    String meter = h.meter().get().value();
                    Meter m = county.meter(h.meter().get()).orElseThrow();
                    accounts.write(h.id().value() + "," + TARIFF + "," + h.members() + "," + meter + ","
                            + (i++ % 20 == 0 ? "dibao" : "") + ",\n");
                    long top = (long) Math.pow(10, m.digits());
                    long value = Math.floorMod(random.nextLong(), top / 2);
                    for (LocalDate month = first.minusMonths(1); !month.isAfter(last); month = month.plusMonths(1)) {
                        readings.write(meter + "," + month.withDayOfMonth(28) + "," + value + ",actual\n");
                        value += random.nextInt(25);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The folder's lines of a file, for comparing. */
    public static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
