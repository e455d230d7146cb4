package org.ruralwater.assurance.emergency;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ruralwater.core.works.WorksId;

/**
 * A works' emergency supply plan (应急供水预案): its backup source, standby equipment, stored water and
 * trucking capacity.
 *
 * @param backupSource the backup source, if any, and the
 * @param backupM3PerDay water it can give a day
 * @param standbyEquipment standby generators, pumps, disinfection kits, by name
 * @param storageM3 treated water stored (clear-water tank and high-level tanks)
 * @param truckLitres each truck's tank
 * @param tripsPerTruckPerDay how many round trips a truck makes in a day
 */
public record EmergencyPlan(
        WorksId works,
        Optional<String> backupSource,
        Optional<BigDecimal> backupM3PerDay,
        List<String> standbyEquipment,
        BigDecimal storageM3,
        int trucks,
        BigDecimal truckLitres,
        int tripsPerTruckPerDay) {

    private static final BigDecimal LITRES_PER_M3 = BigDecimal.valueOf(1000);

    public EmergencyPlan {
        requireNonNull(works, "works");
        requireNonNull(backupSource, "backupSource");
        requireNonNull(backupM3PerDay, "backupM3PerDay");
        standbyEquipment = List.copyOf(standbyEquipment);
        requireNonNull(storageM3, "storageM3");
        requireNonNull(truckLitres, "truckLitres");
        if (backupM3PerDay.isPresent() && backupSource.isEmpty()) {
            throw new IllegalArgumentException("plan of works " + works + " gives a backup yield but no backup source");
        }
        if (storageM3.signum() < 0 || truckLitres.signum() < 0 || trucks < 0 || tripsPerTruckPerDay < 0) {
            throw new IllegalArgumentException("plan of works " + works + " has a negative storage or trucking figure");
        }
    }

    /** How the plan holds up for an affected population at an emergency quantity. */
    public record Readiness(
            WorksId works,
            long people,
            BigDecimal demandLitresPerDay,
            BigDecimal storageDays,
            BigDecimal truckingLitresPerDay,
            BigDecimal backupLitresPerDay,
            BigDecimal dailyCoveragePercent,
            List<String> gaps) {

        public Readiness {
            gaps = List.copyOf(gaps);
        }
    }

    /**
     * Days the stored water lasts (to a tenth, rounded down), and the share of each day's demand that
     * trucking and the backup source cover (percent to one decimal, at most 100), with the gaps in words.
     */
    public Readiness readiness(long people, BigDecimal litresPerPersonDay) {
        if (people <= 0 || litresPerPersonDay.signum() <= 0) {
            throw new IllegalArgumentException("readiness needs people and a quantity above zero");
        }
        BigDecimal demand = litresPerPersonDay.multiply(BigDecimal.valueOf(people));
        BigDecimal storage = storageM3.multiply(LITRES_PER_M3);
        BigDecimal days = storage.divide(demand, 1, RoundingMode.DOWN);
        BigDecimal trucking = truckLitres.multiply(BigDecimal.valueOf((long) trucks * tripsPerTruckPerDay));
        BigDecimal backup = backupM3PerDay.orElse(BigDecimal.ZERO).multiply(LITRES_PER_M3);
        BigDecimal covered = trucking.add(backup)
                .multiply(BigDecimal.valueOf(100))
                .divide(demand, 1, RoundingMode.DOWN)
                .min(BigDecimal.valueOf(100).setScale(1));
        List<String> gaps = new ArrayList<>();
        if (backupSource.isEmpty()) {
            gaps.add("no backup source");
        }
        if (standbyEquipment.isEmpty()) {
            gaps.add("no standby equipment");
        }
        if (trucks == 0) {
            gaps.add("no trucking");
        }
        if (covered.compareTo(BigDecimal.valueOf(100)) < 0) {
            gaps.add("trucking and backup cover " + covered.toPlainString() + "% of a day's "
                    + demand.stripTrailingZeros().toPlainString() + " L once the " + days.toPlainString()
                    + " days of storage are used");
        }
        return new Readiness(works, people, demand, days, trucking, backup, covered, gaps);
    }
}
