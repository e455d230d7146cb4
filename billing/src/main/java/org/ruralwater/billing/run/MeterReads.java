package org.ruralwater.billing.run;

import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.ruralwater.billing.reading.MeterReading;
import org.ruralwater.core.datafile.Problem;
import org.ruralwater.core.household.Meter;

/**
 * One meter's readings for a bill run, in file order, by their positions among the run's readings: one object
 * per meter, holding its first two positions itself (nearly every meter has two readings, the previous
 * month's and this one's) and any more in an array, so a meter costs its map no list and, with two readings,
 * no array. A position, not the reading, is kept so that a problem with a reading can name its line.
 *
 * <p>Filled by the one worker that groups the meter's part of the readings, and only read after that.
 */
final class MeterReads {

    /** Stands for a claimed meter in place of its readings, which are no longer needed then. */
    static final MeterReads CLAIMED = new MeterReads(-1);

    private static final int NONE = -1;

    private final int first;
    private int second = NONE;
    private int @Nullable [] more;

    private MeterReads(int first) {
        this.first = first;
    }

    /** The meter's readings, the first at position {@code first}. */
    static MeterReads of(int first) {
        return new MeterReads(first);
    }

    /** Adds the position of the meter's next reading in file order. */
    void add(int position) {
        if (second == NONE) {
            second = position;
        } else if (more == null) {
            more = new int[] {position};
        } else {
            more = Arrays.copyOf(more, more.length + 1);
            more[more.length - 1] = position;
        }
    }

    /**
     * Adds the readings, in file order, to {@code to}, and a problem for each that the meter's register cannot
     * show.
     *
     * @param meter the meter as the register has it, or null when the register lacks it (a problem of its own)
     */
    void addTo(Rows<MeterReading> readings, @Nullable Meter meter, List<MeterReading> to, List<Problem> problems) {
        add(readings, first, meter, to, problems);
        add(readings, second, meter, to, problems);
        if (more != null) {
            for (int position : more) {
                add(readings, position, meter, to, problems);
            }
        }
    }

    private static void add(
            Rows<MeterReading> readings,
            int position,
            @Nullable Meter meter,
            List<MeterReading> to,
            List<Problem> problems) {
        if (position != NONE) {
            to.add(readings.get(position));
            if (meter != null) {
                MeterClaims.checkRegister(readings, position, meter, problems);
            }
        }
    }
}
