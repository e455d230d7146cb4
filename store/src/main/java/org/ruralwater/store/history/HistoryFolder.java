package org.ruralwater.store.history;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.ruralwater.assurance.monitoring.MonitoredHousehold;
import org.ruralwater.assurance.monitoring.Ticket;
import org.ruralwater.assurance.safewater.Observation;
import org.ruralwater.core.county.County;
import org.ruralwater.core.datafile.CsvReader;
import org.ruralwater.core.datafile.InvalidInputException;
import org.ruralwater.core.datafile.JsonReader;
import org.ruralwater.core.datafile.Located;
import org.ruralwater.core.datafile.Problem;
import org.ruralwater.maintenance.patrol.PatrolVisit;
import org.ruralwater.maintenance.workorder.WorkOrder;
import org.ruralwater.qualityrules.sample.Sample;
import org.ruralwater.qualityrules.sample.SampleFile;
import org.ruralwater.qualityrules.standard.Standard;

/**
 * A year's folder as the store reads it, every file read by its domain module's own reader before any problem
 * is reported: the county files (when {@code regions.csv} is there), {@code billing/} (read by the store's
 * billing import), {@code quality/samples.csv}, {@code assurance/observations.csv}, {@code monitored.csv} and {@code tickets.json},
 * {@code maintenance/work-orders.csv} and {@code patrols.csv}. Each file but the county's may be absent.
 * Problems name each file by its path in the folder.
 */
record HistoryFolder(
        @Nullable County county,
        @Nullable Path billing,
        List<Located<Sample>> samples,
        List<Located<Observation>> observations,
        List<Located<MonitoredHousehold>> monitored,
        List<Located<Ticket>> tickets,
        List<Located<WorkOrder>> workOrders,
        List<Located<PatrolVisit>> patrols) {

    static final String SAMPLES = "quality/samples.csv";
    static final String OBSERVATIONS = "assurance/observations.csv";
    static final String MONITORED = "assurance/monitored.csv";
    static final String TICKETS = "assurance/tickets.json";
    static final String WORK_ORDERS = "maintenance/work-orders.csv";
    static final String PATROLS = "maintenance/patrols.csv";

    private static final Pattern TICKET_ID = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"");

    /**
     * @throws InvalidInputException listing every problem of every file
     */
    static HistoryFolder read(Path folder, Standard standard) {
        List<Problem> problems = new ArrayList<>();
        County county =
                Files.exists(folder.resolve("regions.csv")) ? collect(problems, () -> County.read(folder)) : null;
        Path billing = Files.exists(folder.resolve("billing/accounts.csv")) ? folder.resolve("billing") : null;
        List<Located<Sample>> samples = optional(folder, SAMPLES, problems, (source, bytes) -> {
            List<Sample> read = SampleFile.read(source, new ByteArrayInputStream(bytes), standard);
            Map<String, Integer> lines = firstLines(bytes, HistoryFolder::firstField);
            List<Located<Sample>> out = new ArrayList<>(read.size());
            read.forEach(s -> out.add(new Located<>(source, lines.getOrDefault(s.id(), 0), s)));
            return out;
        });
        List<Located<Observation>> observations = optional(
                folder,
                OBSERVATIONS,
                problems,
                (source, bytes) ->
                        CsvReader.forRecord(Observation.class).readLocated(source, new ByteArrayInputStream(bytes)));
        List<Located<MonitoredHousehold>> monitored = optional(
                folder,
                MONITORED,
                problems,
                (source, bytes) -> CsvReader.forRecord(MonitoredHousehold.class)
                        .readLocated(source, new ByteArrayInputStream(bytes)));
        List<Located<Ticket>> tickets = optional(folder, TICKETS, problems, (source, bytes) -> {
            List<Ticket> read = JsonReader.forRecord(Ticket.class).readList(source, new ByteArrayInputStream(bytes));
            Map<String, Integer> lines = firstLines(bytes, HistoryFolder::ticketId);
            List<Located<Ticket>> out = new ArrayList<>(read.size());
            read.forEach(t -> out.add(new Located<>(source, lines.getOrDefault(t.id(), 0), t)));
            return out;
        });
        List<Located<WorkOrder>> workOrders = optional(
                folder,
                WORK_ORDERS,
                problems,
                (source, bytes) ->
                        CsvReader.forRecord(WorkOrder.class).readLocated(source, new ByteArrayInputStream(bytes)));
        List<Located<PatrolVisit>> patrols = optional(
                folder,
                PATROLS,
                problems,
                (source, bytes) ->
                        CsvReader.forRecord(PatrolVisit.class).readLocated(source, new ByteArrayInputStream(bytes)));
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new HistoryFolder(county, billing, samples, observations, monitored, tickets, workOrders, patrols);
    }

    /** Whether the folder holds any of the year's files beside the county's and billing's. */
    static boolean hasRecords(Path folder) {
        for (String f : List.of(SAMPLES, OBSERVATIONS, MONITORED, TICKETS, WORK_ORDERS, PATROLS)) {
            if (Files.exists(folder.resolve(f))) {
                return true;
            }
        }
        return false;
    }

    private interface Reader<T> {
        List<Located<T>> read(String source, byte[] bytes);
    }

    private static <T> List<Located<T>> optional(Path folder, String name, List<Problem> problems, Reader<T> reader) {
        Path file = folder.resolve(name);
        if (!Files.exists(file)) {
            return List.of();
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        List<Located<T>> read = collect(problems, () -> reader.read(name, bytes));
        return read == null ? List.of() : read;
    }

    private static <T> @Nullable T collect(List<Problem> problems, java.util.function.Supplier<T> read) {
        try {
            return read.get();
        } catch (InvalidInputException e) {
            problems.addAll(e.problems());
            return null;
        }
    }

    /** The line (from 1) where each key first appears, by a key found on a line, or null for none. */
    private static Map<String, Integer> firstLines(byte[] bytes, Function<String, @Nullable String> key) {
        Map<String, Integer> out = new HashMap<>();
        String[] lines = new String(bytes, StandardCharsets.UTF_8).split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String k = key.apply(lines[i]);
            if (k != null) {
                out.putIfAbsent(k, i + 1);
            }
        }
        return out;
    }

    /** A sample file's first field (the sample id), unquoted; null for a comment. */
    private static @Nullable String firstField(String line) {
        if (line.startsWith("#") || line.isEmpty()) {
            return null;
        }
        String s = line.startsWith("\uFEFF") ? line.substring(1) : line;
        int comma = s.indexOf(',');
        String f = (comma < 0 ? s : s.substring(0, comma)).strip();
        if (f.length() >= 2 && f.startsWith("\"") && f.endsWith("\"")) {
            f = f.substring(1, f.length() - 1);
        }
        return f;
    }

    private static @Nullable String ticketId(String line) {
        Matcher m = TICKET_ID.matcher(line);
        return m.find() ? m.group(1) : null;
    }
}
