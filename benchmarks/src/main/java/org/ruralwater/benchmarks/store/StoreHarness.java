package org.ruralwater.benchmarks.store;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.io.BufferedWriter;
import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;
import org.ruralwater.billing.reading.ReadingPolicy;
import org.ruralwater.billing.run.BillRun;
import org.ruralwater.billing.run.Ledger;
import org.ruralwater.billing.run.RunInput;
import org.ruralwater.billing.subsidy.Subsidies;
import org.ruralwater.billing.tariff.Tariffs;
import org.ruralwater.core.calendar.Period;
import org.ruralwater.core.county.County;
import org.ruralwater.core.datafile.CsvWriter;
import org.ruralwater.core.demo.DemoCounty;
import org.ruralwater.core.household.Household;
import org.ruralwater.core.household.Meter;
import org.ruralwater.store.Location;
import org.ruralwater.store.Store;
import org.ruralwater.store.access.Actor;
import org.ruralwater.store.access.Scope;

/**
 * The store against its baselines, in one run: importing a demo county into the store against the strict
 * read of its folder, and a month's bill run written to the store (its billing folder imported in the run's
 * transaction) against the same run kept in memory (the folder read strictly and billed). Single shots after
 * one warm-up of each (the store's into a store of its own, up to 200,000 households), on a fresh schema (PostgreSQL,
 * {@code RURALWATER_PG_URL}) or a fresh H2 file.
 *
 * <p>Then a month's run in steady state, the one a county makes every month: June, its folder the same accounts
 * and meters (stored already, unchanged) and June's readings, against the same June billed in memory from a
 * folder with May's readings and June's, May's documents as its ledger.
 *
 * <p>Usage: {@code StoreHarness [households [h2|postgresql [months]]]} (default: 100000 postgresql). With
 * {@code months} (2 or more), the store then bills that many months in a row, each month's folder (the
 * accounts, the meters and that month's readings) imported in its run's transaction, and compares the last
 * month's run with the first: the ledger's history grows by a month's documents each time, and the run's cost
 * should not.
 */
public final class StoreHarness {

    private StoreHarness() {}

    public static void main(String[] args) throws Exception {
        int households = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        String database = args.length > 1 ? args[1] : "postgresql";
        int months = args.length > 2 ? Integer.parseInt(args[2]) : 0;
        Path dir = Files.createTempDirectory("ruralwater-store-bench");
        Path county = dir.resolve("county");
        Path billing = dir.resolve("billing");
        County c = DemoCounty.writeTo(county, households, 20_260_101L);
        writeBilling(billing, c);
        BillRun run = BillRun.of(Tariffs.bundled(), ReadingPolicy.DEFAULT, Subsidies.bundled("jiangdu-2015"));
        Period.Month may = Period.month(2015, 5);

        time("warm-up read", () -> County.read(county).households().size());
        long read = time(
                "strict read of the county folder",
                () -> County.read(county).households().size());
        time(
                "warm-up run",
                () -> run.run(may, RunInput.read(billing), Ledger.empty())
                        .issued()
                        .size());
        long memory = time(
                "bill run kept in memory (read + run)",
                () -> run.run(may, RunInput.read(billing), Ledger.empty())
                        .issued()
                        .size());
        // The steady month's baseline: June, billed in memory from a folder with May's last readings and June's,
        // with May's documents as the ledger; the store's June folder has only June's readings (May's are stored).
        Period.Month june = Period.month(2015, 6);
        Path juneFolder = dir.resolve("billing-" + june);
        writeMonth(juneFolder, billing, june, new Random(7));
        Path juneInMemory = dir.resolve("billing-" + june + "-in-memory");
        writeInMemoryMonth(juneInMemory, billing, juneFolder);
        Ledger mayLedger =
                Ledger.of(run.run(may, RunInput.read(billing), Ledger.empty()).issued());
        time(
                "warm-up month 2 run",
                () -> run.run(june, RunInput.read(juneInMemory), mayLedger)
                        .issued()
                        .size());
        long juneMemory = time(
                "month 2 (" + june + ") run kept in memory (read + run)",
                () -> run.run(june, RunInput.read(juneInMemory), mayLedger)
                        .issued()
                        .size());
        // The store's code is warmed up as the baselines' is: the same import and run once into a store of its
        // own, so that the measured pair compares steady states rather than a cold JIT against a warm one. Past
        // 200,000 households a measured write takes minutes, and the JIT's first seconds no longer count.
        if (households <= 200_000) {
            try (Store warm = Store.open(location(database, dir, "warm"))) {
                time(
                        "warm-up import",
                        () -> warm.county().importFolder(Scope.everything(), Actor.user("bench"), county));
                time(
                        "warm-up stored run",
                        () -> warm.billing()
                                .run(Scope.everything(), Actor.user("bench"), may, run, billing, false)
                                .result()
                                .issued()
                                .size());
            }
        }
        long imported;
        long stored;
        long[] steady;
        Cost[] monthly = new Cost[months];
        try (Store store = Store.open(location(database, dir, "store"))) {
            imported = time(
                    "county import into the store",
                    () -> store.county().importFolder(Scope.everything(), Actor.user("bench"), county));
            Cost first = cost(
                    "bill run written to the store (import + run + write)",
                    () -> store.billing()
                            .run(Scope.everything(), Actor.user("bench"), may, run, billing, false)
                            .result()
                            .issued()
                            .size());
            Cost juneStored = cost(
                    "month 2 (" + june + ") run written to the store (import + run + write)",
                    () -> store.billing()
                            .run(Scope.everything(), Actor.user("bench"), june, run, juneFolder, false)
                            .result()
                            .issued()
                            .size());
            steady = new long[] {juneStored.ms(), juneMemory};
            if (months > 1) {
                monthly[1] = juneStored;
            }
            Random random = new Random(8);
            Period.Month month = june;
            for (int m = 2; m < months; m++) {
                month = Period.month(
                        month.start().plusMonths(1).getYear(),
                        month.start().plusMonths(1).getMonthValue());
                Path folder = dir.resolve("billing-" + month);
                writeMonth(folder, billing, month, random);
                Period.Month p = month;
                monthly[m] = cost(
                        "month " + (m + 1) + " (" + month + ") run written to the store (import + run + write)",
                        () -> store.billing()
                                .run(Scope.everything(), Actor.user("bench"), p, run, folder, false)
                                .result()
                                .issued()
                                .size());
            }
            stored = first.ms();
            if (months > 0) {
                monthly[0] = first;
            }
        }
        if (months > 1) {
            Cost last = monthly[months - 1];
            System.out.printf(
                    Locale.ROOT,
                    "%n  month %d's run / month 1's: time %.2fx (%d ms vs %d ms), live heap %.2fx (%d MB vs %d MB),"
                            + " peak heap %.2fx (%d MB vs %d MB), allocated %.2fx (%d MB vs %d MB)%n",
                    months,
                    last.ms() / (double) monthly[0].ms(),
                    last.ms(),
                    monthly[0].ms(),
                    last.liveHeapMb() / (double) monthly[0].liveHeapMb(),
                    last.liveHeapMb(),
                    monthly[0].liveHeapMb(),
                    last.peakHeapMb() / (double) monthly[0].peakHeapMb(),
                    last.peakHeapMb(),
                    monthly[0].peakHeapMb(),
                    last.allocatedMb() / (double) monthly[0].allocatedMb(),
                    last.allocatedMb(),
                    monthly[0].allocatedMb());
        }
        System.out.printf(
                Locale.ROOT,
                "%n%d households on %s:%n  county import / strict read: %.2fx (%d ms vs %d ms)%n"
                        + "  first month's run written / kept in memory: %.2fx (%d ms vs %d ms)%n"
                        + "  a month's run (month 2) written / kept in memory: %.2fx (%d ms vs %d ms)%n",
                households,
                database,
                imported / (double) read,
                imported,
                read,
                stored / (double) memory,
                stored,
                memory,
                steady[0] / (double) steady[1],
                steady[0],
                steady[1]);
    }

    private static Location location(String database, Path dir, String name) {
        if (database.equals("h2")) {
            return Location.embeddedIn(dir.resolve(name));
        }
        String url = System.getenv("RURALWATER_PG_URL");
        if (url == null) {
            throw new IllegalArgumentException("set RURALWATER_PG_URL (and RURALWATER_DB_USER, _PASSWORD)");
        }
        return Location.parse(url, System.getenv()).inSchema("bench_" + name + "_" + System.currentTimeMillis());
    }

    private static long time(String what, Callable<?> work) throws Exception {
        return cost(what, work).ms();
    }

    /**
     * What a piece of work cost: its time, the bytes its threads allocated (every live thread's count, so the
     * store's parallel writers count too), the most heap in use while it ran (the heap pools' peaks, reset
     * after a collection before it starts: garbage included, so it follows the collector's timing), and the
     * most heap still in use after a collection while it ran (the live data it held, as near as a collector's
     * reports tell; the memory figure the months are compared by).
     */
    record Cost(long ms, long allocatedMb, long peakHeapMb, long liveHeapMb) {}

    /** The most heap in use after any collection since the last reset, in bytes. */
    private static final AtomicLong LIVE = new AtomicLong();

    static {
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof NotificationEmitter emitter) {
                emitter.addNotificationListener(
                        (n, handback) -> {
                            if (!n.getType()
                                    .equals(GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) {
                                return;
                            }
                            var info = GarbageCollectionNotificationInfo.from((CompositeData) n.getUserData());
                            long used = 0;
                            for (MemoryUsage u :
                                    info.getGcInfo().getMemoryUsageAfterGc().values()) {
                                used += u.getUsed();
                            }
                            LIVE.accumulateAndGet(used, Math::max);
                        },
                        null,
                        null);
            }
        }
    }

    private static Cost cost(String what, Callable<?> work) throws Exception {
        System.gc();
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP)
                .toList();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        LIVE.set(0);
        long allocatedBefore = allocated();
        long start = System.nanoTime();
        Object result = work.call();
        long ms = (System.nanoTime() - start) / 1_000_000;
        long allocatedMb = (allocated() - allocatedBefore) >> 20;
        long peakMb = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum() >> 20;
        long liveMb = LIVE.get() >> 20;
        System.out.println(what + ": " + ms + " ms, " + allocatedMb + " MB allocated, peak heap " + peakMb
                + " MB, live heap " + liveMb + " MB ("
                + (result instanceof County k ? k.households().size() : result) + ")");
        return new Cost(ms, allocatedMb, peakMb, liveMb);
    }

    private static long allocated() {
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long sum = 0;
        for (long n : threads.getThreadAllocatedBytes(threads.getAllThreadIds())) {
            sum += Math.max(0, n);
        }
        return sum;
    }

    /**
     * The folder of a later month: the first folder's accounts and meters, and one reading a meter on the month's
     * 28th, a little above the meter's last (the previous month's start reading is in the store already).
     */
    static void writeMonth(Path folder, Path first, Period.Month month, Random random) throws IOException {
        Files.createDirectories(folder);
        Files.copy(first.resolve("accounts.csv"), folder.resolve("accounts.csv"));
        Files.copy(first.resolve("meters.csv"), folder.resolve("meters.csv"));
        Path previous = month.start().minusMonths(1).equals(LocalDate.of(2015, 5, 1))
                ? first
                : first.resolveSibling("billing-"
                        + Period.month(
                                month.start().minusMonths(1).getYear(),
                                month.start().minusMonths(1).getMonthValue()));
        LocalDate on = month.start().withDayOfMonth(28);
        // The previous folder's last reading of each meter (the first folder has two a meter: April's, May's).
        Map<String, Integer> last = new LinkedHashMap<>();
        for (String line : Files.readAllLines(previous.resolve("readings.csv"), StandardCharsets.UTF_8)) {
            if (!line.startsWith("meter,")) {
                String[] cells = line.split(",", -1);
                last.put(cells[0], Integer.parseInt(cells[2]));
            }
        }
        try (BufferedWriter r = Files.newBufferedWriter(folder.resolve("readings.csv"), StandardCharsets.UTF_8)) {
            r.write("meter,read_on,value,kind\n");
            for (var e : last.entrySet()) {
                r.write(e.getKey() + "," + on + "," + (e.getValue() + random.nextInt(25)) + ",actual\n");
            }
        }
    }

    /**
     * The in-memory run's folder for a later month: that month's folder with the first folder's last reading of
     * each meter before its own (what the store holds already when it bills the month).
     */
    static void writeInMemoryMonth(Path folder, Path first, Path month) throws IOException {
        Files.createDirectories(folder);
        Files.copy(month.resolve("accounts.csv"), folder.resolve("accounts.csv"));
        Files.copy(month.resolve("meters.csv"), folder.resolve("meters.csv"));
        try (BufferedWriter r = Files.newBufferedWriter(folder.resolve("readings.csv"), StandardCharsets.UTF_8)) {
            r.write("meter,read_on,value,kind\n");
            for (String line : Files.readAllLines(first.resolve("readings.csv"), StandardCharsets.UTF_8)) {
                if (line.contains(",2015-05-28,")) {
                    r.write(line + "\n");
                }
            }
            for (String line : Files.readAllLines(month.resolve("readings.csv"), StandardCharsets.UTF_8)) {
                if (!line.startsWith("meter,")) {
                    r.write(line + "\n");
                }
            }
        }
    }

    /** Accounts on Jiangdu's rural tariff, the county's meters, readings at the end of April and May 2015. */
    static void writeBilling(Path folder, County county) throws IOException {
        Files.createDirectories(folder);
        CsvWriter.forRecord(Meter.class).write(folder.resolve("meters.csv"), county.meters());
        Random random = new Random(3);
        try (BufferedWriter a = Files.newBufferedWriter(folder.resolve("accounts.csv"), StandardCharsets.UTF_8);
                BufferedWriter r = Files.newBufferedWriter(folder.resolve("readings.csv"), StandardCharsets.UTF_8)) {
            a.write("household,tariff,members,meters,subsidy_category,quota\n");
            r.write("meter,read_on,value,kind\n");
            int i = 0;
            for (Household h : county.households()) {
                if (h.meter().isEmpty()) {
                    continue;
                }
                String m = h.meter().get().value();
                a.write(h.id().value() + ",CN-JS-JIANGDU-RURAL-RESIDENTIAL," + h.members() + "," + m + ","
                        + (i++ % 20 == 0 ? "dibao" : "") + ",\n");
                int v = random.nextInt(900);
                r.write(m + "," + LocalDate.of(2015, 4, 28) + "," + v + ",actual\n");
                r.write(m + "," + LocalDate.of(2015, 5, 28) + "," + (v + random.nextInt(25)) + ",actual\n");
            }
        }
    }
}
