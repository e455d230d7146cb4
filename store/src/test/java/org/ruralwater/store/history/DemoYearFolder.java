package org.ruralwater.store.history;

import java.nio.file.Path;
import org.ruralwater.core.county.County;
import org.ruralwater.core.demo.DemoCounty;

/** A small demo county's folder with its year, as {@code ruralwater demo --history} writes it. */
final class DemoYearFolder {

    static final int HOUSEHOLDS = 400;
    static final long SEED = 9;
    static final int YEAR = 2026;

    private DemoYearFolder() {}

    static County write(Path folder) {
        County county = DemoCounty.writeTo(folder, HOUSEHOLDS, SEED);
        DemoHistory.write(county, SEED, YEAR, folder);
        return county;
    }
}
