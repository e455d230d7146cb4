package org.ruralwater.billing.run;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ruralwater.billing.reading.MeterReading;
import org.ruralwater.billing.wording.BillingWords;
import org.ruralwater.core.datafile.Problem;
import org.ruralwater.core.household.MeterId;
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

    /** Per part, each meter's readings, or {@link MeterReads#CLAIMED} once an account has claimed it. */
    private final List<Map<MeterId, MeterReads>> parts;

    private MeterClaims(List<Map<MeterId, MeterReads>> parts) {
        this.parts = parts;
    }

    /** Groups the readings by meter with {@code parts} workers. */
    static MeterClaims group(List<MeterReading> readings, int parts, Workers workers) {
        List<Map<MeterId, MeterReads>> maps = workers.each(parts, p -> {
            Map<MeterId, MeterReads> mine = new HashMap<>(readings.size() / parts + 16);
            for (int i = 0; i < readings.size(); i++) {
                MeterReading r = readings.get(i);
                if (part(r.meter(), parts) == p) {
                    MeterReads had = mine.get(r.meter());
                    if (had == null) {
                        mine.put(r.meter(), MeterReads.of(r));
                    } else {
                        had.add(r);
                    }
                }
            }
            return mine;
        });
        return new MeterClaims(maps);
    }

    private static int part(MeterId meter, int parts) {
        return parts == 1 ? 0 : Math.floorMod(meter.hashCode() * 0x9E3779B9, parts);
    }

    private Map<MeterId, MeterReads> partOf(MeterId meter) {
        return parts.get(part(meter, parts.size()));
    }

    /** Adds the meter's readings, in file order, to {@code to}. Only before claims are laid. */
    void addReadingsOf(MeterId meter, List<MeterReading> to) {
        MeterReads reads = partOf(meter).get(meter);
        if (reads != null) {
            reads.addTo(to);
        }
    }

    /**
     * Lays every account's claims on the meters of each part, a worker per part, in file order: a meter an
     * earlier line already claimed is a problem at the later line.
     */
    List<Problem> claim(List<Account> accounts, Workers workers) {
        List<List<Problem>> found = workers.each(parts.size(), p -> {
            Map<MeterId, MeterReads> mine = parts.get(p);
            List<Problem> problems = new ArrayList<>();
            for (int i = 0; i < accounts.size(); i++) {
                List<MeterId> ids = accounts.get(i).meters();
                for (int k = 0; k < ids.size(); k++) {
                    MeterId id = ids.get(k);
                    if (part(id, parts.size()) == p && mine.put(id, MeterReads.CLAIMED) == MeterReads.CLAIMED) {
                        problems.add(new Problem(
                                "accounts",
                                i + 2,
                                1,
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

    /** The readings of meters no account claimed, as problems at their lines. Only after claims are laid. */
    List<Problem> unclaimed(List<MeterReading> readings) {
        List<Problem> problems = new ArrayList<>();
        for (int i = 0; i < readings.size(); i++) {
            MeterId meter = readings.get(i).meter();
            if (partOf(meter).get(meter) != MeterReads.CLAIMED) {
                problems.add(new Problem(
                        "readings",
                        i + 2,
                        1,
                        "meter",
                        Phrase.of(BillingWords.METER_OF_ACCOUNT),
                        Phrase.verbatim(meter.value())));
            }
        }
        return problems;
    }
}
