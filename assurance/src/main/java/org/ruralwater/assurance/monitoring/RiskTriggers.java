package org.ruralwater.assurance.monitoring;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ruralwater.core.datafile.JsonReader;

/**
 * Risk triggers as data: which signals open which problem (the MWR 2023 problem types, the winter risks,
 * disasters and failed safe-water indicators), each with its source.
 */
public record RiskTriggers(String id, String source, List<Trigger> triggers) {

    private static final JsonReader<RiskTriggers> READER = JsonReader.forRecord(RiskTriggers.class);

    public RiskTriggers {
        requireNonNull(id, "id");
        requireNonNull(source, "source");
        triggers = List.copyOf(triggers);
        Set<String> codes = new HashSet<>();
        for (Trigger t : triggers) {
            if (!codes.add(t.code())) {
                throw new IllegalArgumentException("risk triggers " + id + " have " + t.code() + " twice");
            }
        }
    }

    /** The bundled triggers: the MWR 2023 problem types and the risks named with them (see the file). */
    public static RiskTriggers mwr2023() {
        String name = "mwr-2023-triggers.json";
        try (InputStream in = RiskTriggers.class.getResourceAsStream("/org/ruralwater/assurance/monitoring/" + name)) {
            return READER.readOne(name, requireNonNull(in, name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static RiskTriggers read(Path file) {
        return READER.readOne(file);
    }

    /**
     * The risks the signals up to the end of {@code on} raise: monitored households first, then by the first
     * signal, subject and trigger. A frequency trigger counts a subject's matching signals in the
     * {@code within_days} days ending on {@code on}; any other trigger fires on one matching signal.
     */
    public List<Risk> detect(List<Signal> signals, List<MonitoredHousehold> monitored, LocalDate on) {
        Set<String> watched = new HashSet<>();
        for (MonitoredHousehold m : monitored) {
            if (m.monitoredOn(on)) {
                watched.add(m.household().value());
            }
        }
        LocalDateTime end = on.plusDays(1).atStartOfDay();
        List<Risk> out = new ArrayList<>();
        for (Trigger t : triggers) {
            LocalDateTime from =
                    t.withinDays().map(d -> on.minusDays(d - 1L).atStartOfDay()).orElse(LocalDateTime.MIN);
            Map<String, List<Signal>> bySubject = new LinkedHashMap<>();
            for (Signal s : signals) {
                if (t.matches(s) && s.at().isBefore(end) && !s.at().isBefore(from)) {
                    bySubject
                            .computeIfAbsent(s.subject(), k -> new ArrayList<>())
                            .add(s);
                }
            }
            int needed = t.count().orElse(1);
            bySubject.forEach((subject, list) -> {
                if (list.size() < needed) {
                    return;
                }
                list.sort(Comparator.comparing(Signal::at));
                Signal first = list.get(0);
                String detail = t.count().isPresent()
                        ? list.size() + " " + t.signal().code() + " signals in the "
                                + t.withinDays().orElseThrow() + " days to " + on + " (" + needed + " make a problem)"
                        : first.note().isEmpty() ? t.signal().code() : first.note();
                out.add(new Risk(
                        t.code(),
                        t.problem(),
                        subject,
                        first.village(),
                        first.at(),
                        t.rectification(),
                        watched.contains(subject),
                        detail));
            });
        }
        out.sort(Comparator.comparing((Risk r) -> !r.monitoredHousehold())
                .thenComparing(Risk::since)
                .thenComparing(Risk::subject)
                .thenComparing(Risk::trigger));
        return out;
    }
}
