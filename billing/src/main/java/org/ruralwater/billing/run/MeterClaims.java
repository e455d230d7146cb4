package org.ruralwater.billing.run;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.ruralwater.billing.reading.MeterReading;
import org.ruralwater.billing.wording.BillingWords;
import org.ruralwater.core.datafile.Problem;
import org.ruralwater.core.household.Meter;
import org.ruralwater.core.household.MeterId;
import org.ruralwater.core.range.Range;
import org.ruralwater.core.wording.Phrase;

/**
 * A bill run's readings grouped by meter, and the claims accounts lay on meters: each meter belongs to one
 * account (the first line of the accounts file that lists it), and each reading to a claimed meter.
 *
 * <p>The meters are split into parts by hash, each part a map of its own that one worker builds and later
 * claims in, so workers never write to the same map and need no locks; while the households are billed the
 * maps are only read. A part's readings keep their file order, since one worker reads them all in order.
 */
final class MeterClaims {

    private final Rows<MeterReading> readings;
    /** Per part, each meter's readings, or {@link MeterReads#CLAIMED} once an account has claimed it. */
    private final List<Map<MeterId, MeterReads>> parts;

    private MeterClaims(Rows<MeterReading> readings, List<Map<MeterId, MeterReads>> parts) {
        this.readings = readings;
        this.parts = parts;
    }

    /** Groups the readings by meter with {@code parts} workers. */
    static MeterClaims group(Rows<MeterReading> readings, int parts, Workers workers) {
        List<Map<MeterId, MeterReads>> maps = workers.each(parts, p -> {
            Map<MeterId, MeterReads> mine = new HashMap<>(readings.size() / parts + 16);
            for (int i = 0; i < readings.size(); i++) {
                MeterId meter = readings.get(i).meter();
                if (part(meter, parts) == p) {
                    MeterReads had = mine.get(meter);
                    if (had == null) {
                        mine.put(meter, MeterReads.of(i));
                    } else {
                        had.add(i);
                    }
                }
            }
            return mine;
        });
        return new MeterClaims(readings, maps);
    }

    private static int part(MeterId meter, int parts) {
        return parts == 1 ? 0 : Math.floorMod(meter.hashCode() * 0x9E3779B9, parts);
    }

    private Map<MeterId, MeterReads> partOf(MeterId meter) {
        return parts.get(part(meter, parts.size()));
    }

    /**
     * Adds the meter's readings, in file order, to {@code to}, with a problem for each reading the meter's
     * register cannot show. Only before claims are laid.
     *
     * @param registered the meter as the register has it, or null when it has not
     */
    void addReadingsOf(MeterId meter, @Nullable Meter registered, List<MeterReading> to, List<Problem> problems) {
        MeterReads reads = partOf(meter).get(meter);
        if (reads != null) {
            reads.addTo(readings, registered, to, problems);
        }
    }

    /**
     * Adds a problem when the meter's register cannot show the reading at {@code position}: at the reading's
     * line and value column, with the register's range. This is where a reading meets its meter, the only
     * place its bound is known.
     */
    static void checkRegister(Rows<MeterReading> readings, int position, Meter meter, List<Problem> problems) {
        MeterReading r = readings.get(position);
        Range register = MeterReading.register(meter);
        if (!register.contains(r.value())) {
            problems.add(readings.problem(
                    position,
                    "value",
                    register.expected(Phrase.of(BillingWords.READING_ON_REGISTER, meter.id(), meter.digits())),
                    Phrase.quoted(r.value().toString())));
        }
    }

    /**
     * Lays every account's claims on the meters of each part, a worker per part, in file order: a meter an
     * earlier line already claimed is a problem at the later line.
     */
    List<Problem> claim(Rows<Account> accounts, Workers workers) {
        List<List<Problem>> found = workers.each(parts.size(), p -> {
            Map<MeterId, MeterReads> mine = parts.get(p);
            List<Problem> problems = new ArrayList<>();
            for (int i = 0; i < accounts.size(); i++) {
                List<MeterId> ids = accounts.get(i).meters();
                for (int k = 0; k < ids.size(); k++) {
                    MeterId id = ids.get(k);
                    if (part(id, parts.size()) == p && mine.put(id, MeterReads.CLAIMED) == MeterReads.CLAIMED) {
                        problems.add(accounts.problem(
                                i,
                                "meters",
                                Phrase.of(BillingWords.METER_NO_OTHER_ACCOUNT),
                                Phrase.verbatim(id.value())));
                    }
                }
            }
            return problems;
        });
        List<Problem> all = new ArrayList<>();
        found.forEach(all::addAll);
        return all;
    }

    /**
     * The readings of meters no account claimed, as problems at their lines, and those of them the register's
     * meter cannot show. Only after claims are laid.
     */
    List<Problem> unclaimed(Map<MeterId, Meter> meters) {
        List<Problem> problems = new ArrayList<>();
        for (int i = 0; i < readings.size(); i++) {
            MeterId meter = readings.get(i).meter();
            if (partOf(meter).get(meter) != MeterReads.CLAIMED) {
                problems.add(readings.problem(
                        i, "meter", Phrase.of(BillingWords.METER_OF_ACCOUNT), Phrase.verbatim(meter.value())));
                Meter registered = meters.get(meter);
                if (registered != null) {
                    checkRegister(readings, i, registered, problems);
                }
            }
        }
        return problems;
    }
}
