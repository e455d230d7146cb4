package org.ruralwater.billing.reading;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.ruralwater.core.calendar.Period;
import org.ruralwater.core.household.MeterId;

/**
 * One meter's reads for a period: the reading its use is measured from, and its last reading in the period.
 *
 * @param start the first reading of a meter fitted in the period (INITIAL), otherwise the meter's last reading
 *     before the period; null when it has no earlier reading
 * @param end the meter's last reading in the period
 * @param fitted whether the meter was fitted in the period (it has an INITIAL reading in it)
 */
record MeterWindow(@Nullable MeterReading start, MeterReading end, boolean fitted) {

    /** The meter's window from readings in reading order, or null when the meter was not read in the period. */
    static @Nullable MeterWindow of(MeterId meter, List<MeterReading> sorted, Period period) {
        MeterReading before = null;
        MeterReading initial = null;
        MeterReading end = null;
        for (int i = 0; i < sorted.size(); i++) { // a plain loop: this runs for every household of a bill run
            MeterReading r = sorted.get(i);
            if (!r.meter().equals(meter)) {
                continue;
            }
            if (r.readOn().isBefore(period.start())) {
                before = r;
            } else if (!r.readOn().isAfter(period.end())) {
                end = r;
                if (r.kind() == ReadingKind.INITIAL && initial == null) {
                    initial = r;
                }
            }
        }
        if (end == null) {
            return null;
        }
        return new MeterWindow(initial != null ? initial : before, end, initial != null);
    }

    /** Whether the meter was taken out (its last reading FINAL) or fitted in the period. */
    boolean replaced() {
        return fitted || end.kind() == ReadingKind.FINAL;
    }
}
