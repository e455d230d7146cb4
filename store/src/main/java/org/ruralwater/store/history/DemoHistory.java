package org.ruralwater.store.history;

import java.nio.file.Path;
import org.ruralwater.assurance.demo.DemoAssurance;
import org.ruralwater.billing.demo.DemoBilling;
import org.ruralwater.core.county.County;
import org.ruralwater.maintenance.demo.DemoYear;
import org.ruralwater.qualityrules.demo.DemoSamples;

/**
 * The demo county's year as {@code ruralwater demo --history} writes it beside the county files: each domain
 * module's generator into its folder, from the same county, seed and year (so the same bytes).
 */
final class DemoHistory {

    private DemoHistory() {}

    static void write(County county, long seed, int year, Path folder) {
        DemoSamples.write(county, seed, year, folder.resolve("quality"));
        DemoBilling.write(county, seed, year, folder.resolve("billing"));
        DemoAssurance.write(county, seed, year, folder.resolve("assurance"));
        DemoYear.write(county, seed, year, folder.resolve("maintenance"));
    }
}
