package org.ruralwater.benchmarks.qualityrules;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Random;

/**
 * Writes a realistic long-format sample file: tap and outlet samples of chlorinated small works, ten
 * routine determinations each, mostly compliant, with the censored and descriptive results labs report.
 */
final class SampleFiles {

    private SampleFiles() {}

    /** Writes {@code determinations} rows (rounded down to whole samples of ten) and returns the file. */
    static Path write(Path file, int determinations, long seed) throws IOException {
        Random random = new Random(seed);
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("sample_id,works_id,point,sampled_at,supply,disinfection,indicator,value,unit,detection_limit\n");
            int samples = determinations / 10;
            for (int s = 0; s < samples; s++) {
                String point = random.nextInt(4) == 0 ? "outlet" : "tap";
                String head = "S" + s + ",W" + (s % 60) + "," + point + ",2026-03-"
                        + String.format(Locale.ROOT, "%02d", 1 + s % 28) + " 09:"
                        + String.format(Locale.ROOT, "%02d", s % 60) + ",small_centralized,chlorine,";
                row(w, head, "浑浊度", decimal(random, 0.1, 1.6), "NTU", "");
                row(w, head, "free_chlorine", decimal(random, 0.02, 0.9), "mg/L", "");
                row(w, head, "总大肠菌群", random.nextInt(50) == 0 ? "2" : "未检出", "MPN/100mL", "");
                row(w, head, "菌落总数", String.valueOf(random.nextInt(120)), "CFU/mL", "");
                row(w, head, "pH", decimal(random, 6.6, 8.4), "", "");
                row(w, head, "色度", String.valueOf(random.nextInt(12)), "度", "");
                row(w, head, "臭和味", "无异臭、异味", "", "");
                row(w, head, "arsenic", random.nextInt(3) == 0 ? "ND" : decimal(random, 1, 9), "ug/L", "1");
                row(w, head, "fluoride", decimal(random, 0.1, 1.3), "mg/L", "");
                row(w, head, "硝酸盐", decimal(random, 2, 60), "mg/L as NO3", "");
            }
        }
        return file;
    }

    private static void row(BufferedWriter w, String head, String indicator, String value, String unit, String dl)
            throws IOException {
        w.write(head);
        w.write(indicator);
        w.write(',');
        w.write(value);
        w.write(',');
        w.write(unit);
        w.write(',');
        w.write(dl);
        w.write('\n');
    }

    private static String decimal(Random random, double from, double to) {
        return String.format(Locale.ROOT, "%.2f", from + random.nextDouble() * (to - from));
    }
}
