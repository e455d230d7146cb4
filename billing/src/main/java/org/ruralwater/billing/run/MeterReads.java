package org.ruralwater.billing.run;

import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.ruralwater.billing.reading.MeterReading;

/**
 * One meter's readings for a bill run, in file order: one object per meter, holding its first two readings
 * itself (nearly every meter has two, the previous month's and this one's) and any more in an array, so a
 * meter costs its map no list and, with two readings, no array.
 *
 * <p>Filled by the one worker that groups the meter's part of the readings, and only read after that.
 */
final class MeterReads {

    /** Stands for a claimed meter in place of its readings, which are no longer needed then. */
    static final MeterReads CLAIMED = new MeterReads();

    private @Nullable MeterReading first;
    private @Nullable MeterReading second;
    private MeterReading @Nullable [] more;

    private MeterReads() {}

    static MeterReads of(MeterReading first) {
        MeterReads reads = new MeterReads();
        reads.first = first;
        return reads;
    }

    /** Adds the meter's next reading in file order. */
    void add(MeterReading r) {
        if (second == null) {
            second = r;
        } else if (more == null) {
            more = new MeterReading[] {r};
        } else {
            more = Arrays.copyOf(more, more.length + 1);
            more[more.length - 1] = r;
        }
    }

    /** Adds the readings, in file order, to {@code to}. */
    void addTo(List<MeterReading> to) {
        if (first != null) {
            to.add(first);
        }
        if (second != null) {
            to.add(second);
        }
        if (more != null) {
            for (MeterReading r : more) {
                to.add(r);
            }
        }
    }
}
