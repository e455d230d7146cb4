package org.ruralwater.maintenance.workorder;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.ruralwater.core.calendar.WorkCalendar;
import org.ruralwater.core.datafile.JsonReader;

/**
 * A county's public response commitments (服务承诺) as data: per severity tier, how soon a crew is on site and
 * how soon the repair is done, counted in calendar hours or in working hours; and how long before a planned
 * outage the villages must be told.
 *
 * @param workingHours the working hours of a working day, used by tiers on the working clock
 * @param outageNoticeHours the notice a planned outage needs, in hours before it starts
 */
public record ResponseCommitments(
        String id,
        String source,
        List<WorkingWindow> workingHours,
        int outageNoticeHours,
        String outageNoticeSource,
        List<ResponseCommitments.Tier> tiers) {

    private static final JsonReader<ResponseCommitments> READER = JsonReader.forRecord(ResponseCommitments.class);

    /** Longest a working-hours deadline may reach: a calendar without working days must not loop forever. */
    private static final Period MAX_REACH = Period.ofYears(2);

    /**
     * One severity tier.
     *
     * @param onSiteHours hours from the report until a crew must be on site; empty when the tier promises
     *     only the repair
     * @param repairHours hours from the report until the repair must be done
     */
    public record Tier(
            String severity, Optional<BigDecimal> onSiteHours, BigDecimal repairHours, HourCount clock, String source) {

        public Tier {
            requireNonNull(severity, "severity");
            requireNonNull(onSiteHours, "onSiteHours");
            requireNonNull(repairHours, "repairHours");
            requireNonNull(clock, "clock");
            requireNonNull(source, "source");
            minutes(repairHours, severity + " repair_hours");
            onSiteHours.ifPresent(h -> {
                minutes(h, severity + " on_site_hours");
                if (h.compareTo(repairHours) > 0) {
                    throw new IllegalArgumentException("tier " + severity + " promises the repair in " + repairHours
                            + " h but the crew on site only in " + h + " h");
                }
            });
        }
    }

    public ResponseCommitments {
        requireNonNull(id, "id");
        requireNonNull(source, "source");
        workingHours = workingHours.stream()
                .sorted(Comparator.comparing(WorkingWindow::from))
                .toList();
        requireNonNull(outageNoticeSource, "outageNoticeSource");
        tiers = List.copyOf(tiers);
        if (outageNoticeHours < 0) {
            throw new IllegalArgumentException("outage_notice_hours cannot be negative, but was " + outageNoticeHours);
        }
        for (int i = 1; i < workingHours.size(); i++) {
            if (workingHours.get(i).from().isBefore(workingHours.get(i - 1).to())) {
                throw new IllegalArgumentException(
                        "working hours " + workingHours.get(i - 1) + " and " + workingHours.get(i) + " overlap");
            }
        }
        Set<String> seen = new HashSet<>();
        for (Tier t : tiers) {
            if (!seen.add(t.severity())) {
                throw new IllegalArgumentException("commitments " + id + " list severity " + t.severity() + " twice");
            }
            if (t.clock() == HourCount.WORKING && workingHours.isEmpty()) {
                throw new IllegalArgumentException(
                        "tier " + t.severity() + " counts working hours, but the commitments give no working_hours");
            }
        }
        if (tiers.isEmpty()) {
            throw new IllegalArgumentException("commitments " + id + " have no severity tier");
        }
    }

    /**
     * The bundled example: the repair deadlines of Qingshui county, Gansu (minor 12 h, general 24 h, major 48
     * h) with the 2-hour on-site promise of Datian county, Fujian, and a 24-hour outage notice.
     */
    public static ResponseCommitments countyExample() {
        String name = "cn-county-commitments.json";
        try (InputStream in =
                ResponseCommitments.class.getResourceAsStream("/org/ruralwater/maintenance/workorder/" + name)) {
            return READER.readOne(name, requireNonNull(in, name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static ResponseCommitments read(Path file) {
        return READER.readOne(file);
    }

    public Tier tier(String severity) {
        return tiers.stream()
                .filter(t -> t.severity().equals(severity))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(
                        "commitments " + id + " have no severity \"" + severity + "\"; the tiers are "
                                + tiers.stream().map(Tier::severity).toList()));
    }

    /** When a crew must be on site for this work order; empty when its tier promises no on-site time. */
    public Optional<LocalDateTime> onSiteDeadline(WorkOrder w, WorkCalendar calendar) {
        return onSiteDue(w, calendar).map(Deadline::at);
    }

    /** When the repair of this work order must be done. */
    public LocalDateTime repairDeadline(WorkOrder w, WorkCalendar calendar) {
        return repairDue(w, calendar).at();
    }

    /**
     * When a crew must be on site, and whether that rests on a provisional calendar year; empty when the tier
     * promises no on-site time.
     */
    public Optional<Deadline> onSiteDue(WorkOrder w, WorkCalendar calendar) {
        Tier t = tier(w.severity());
        return t.onSiteHours().map(h -> due(w.reportedAt(), h, t.clock(), calendar));
    }

    /** When the repair must be done, and whether that rests on a provisional calendar year. */
    public Deadline repairDue(WorkOrder w, WorkCalendar calendar) {
        Tier t = tier(w.severity());
        return due(w.reportedAt(), t.repairHours(), t.clock(), calendar);
    }

    /**
     * Every commitment missed as of {@code at}, knowing only what had happened by then: an arrival or a
     * repair after {@code at} has not happened yet. Ordered by work order, on-site before repair.
     */
    public List<Breach> breaches(List<WorkOrder> workOrders, LocalDateTime at, WorkCalendar calendar) {
        List<Breach> out = new ArrayList<>();
        for (WorkOrder w :
                workOrders.stream().sorted(Comparator.comparing(WorkOrder::id)).toList()) {
            if (w.reportedAt().isAfter(at)) {
                continue;
            }
            Optional<Deadline> onSite = onSiteDue(w, calendar);
            if (onSite.isPresent()) {
                breach(w, Breach.Kind.ON_SITE, onSite.get(), w.onSiteAt(), at).ifPresent(out::add);
            }
            breach(w, Breach.Kind.REPAIR, repairDue(w, calendar), w.repairedAt(), at)
                    .ifPresent(out::add);
        }
        return out;
    }

    /**
     * Repairs due in {@code [from, to]} (by their deadline's date) and how many were done in time; provisional
     * when any repair deadline, in the period or not, was counted through a year without a notice (a notice may
     * move it into the period).
     */
    public Timeliness timeliness(List<WorkOrder> workOrders, LocalDate from, LocalDate to, WorkCalendar calendar) {
        int due = 0;
        int met = 0;
        SortedSet<Integer> provisional = new TreeSet<>();
        for (WorkOrder w : workOrders) {
            Deadline d = repairDue(w, calendar);
            LocalDateTime deadline = d.at();
            LocalDate day = deadline.toLocalDate();
            if (d.isProvisional() && !w.reportedAt().toLocalDate().isAfter(to)) {
                provisional.addAll(d.provisionalYears());
            }
            if (day.isBefore(from) || day.isAfter(to)) {
                continue;
            }
            due++;
            if (w.repairedAt().map(r -> !r.isAfter(deadline)).orElse(false)) {
                met++;
            }
        }
        return new Timeliness(met, due, provisional);
    }

    /** How much notice the outage lacked; empty when it was told at least the required hours ahead. */
    public Optional<Duration> noticeShortfall(PlannedOutage outage) {
        Duration required = Duration.ofHours(outageNoticeHours);
        Duration given = Duration.between(outage.noticeGivenAt(), outage.start());
        return given.compareTo(required) >= 0 ? Optional.empty() : Optional.of(required.minus(given));
    }

    /**
     * The instant {@code hours} after {@code from} on the clock. Working hours skip the time outside the
     * working windows and every rest day and holiday of the calendar, and count the make-up working days.
     */
    public LocalDateTime deadline(LocalDateTime from, BigDecimal hours, HourCount clock, WorkCalendar calendar) {
        return due(from, hours, clock, calendar).at();
    }

    /**
     * The instant {@code hours} after {@code from} on the clock, as {@link #deadline}, and the provisional years
     * of the work calendar that the working clock counted through.
     */
    public Deadline due(LocalDateTime from, BigDecimal hours, HourCount clock, WorkCalendar calendar) {
        if (clock == HourCount.CALENDAR) {
            return Deadline.firm(from.plusMinutes(minutes(hours, "hours")));
        }
        LocalDateTime at = workingDeadline(from, hours, calendar);
        return new Deadline(
                at,
                calendar.provisionalYearsIn(
                        org.ruralwater.core.calendar.Period.range(from.toLocalDate(), at.toLocalDate())));
    }

    private LocalDateTime workingDeadline(LocalDateTime from, BigDecimal hours, WorkCalendar calendar) {
        long remaining = minutes(hours, "hours");
        LocalDate day = from.toLocalDate();
        LocalDateTime cursor = from;
        LocalDate limit = day.plus(MAX_REACH);
        while (!day.isAfter(limit)) {
            if (calendar.isWorkingDay(day)) {
                for (WorkingWindow w : workingHours) {
                    LocalDateTime end = day.atTime(w.to());
                    if (!cursor.isBefore(end)) {
                        continue;
                    }
                    LocalDateTime start = cursor.isAfter(day.atTime(w.from())) ? cursor : day.atTime(w.from());
                    long available = Duration.between(start, end).toMinutes();
                    if (remaining <= available) {
                        return start.plusMinutes(remaining);
                    }
                    remaining -= available;
                    cursor = end;
                }
            }
            day = day.plusDays(1);
            cursor = day.atStartOfDay();
        }
        throw new IllegalStateException("no working hours within " + MAX_REACH + " of " + from + " in " + calendar);
    }

    private static Optional<Breach> breach(
            WorkOrder w, Breach.Kind kind, Deadline due, Optional<LocalDateTime> done, LocalDateTime at) {
        LocalDateTime deadline = due.at();
        Optional<LocalDateTime> known = done.filter(d -> !d.isAfter(at));
        if (known.isPresent()) {
            return known.get().isAfter(deadline)
                    ? Optional.of(new Breach(
                            w.id(),
                            kind,
                            w.severity(),
                            deadline,
                            Duration.between(deadline, known.get()),
                            false,
                            due.provisionalYears()))
                    : Optional.empty();
        }
        return at.isAfter(deadline)
                ? Optional.of(new Breach(
                        w.id(),
                        kind,
                        w.severity(),
                        deadline,
                        Duration.between(deadline, at),
                        true,
                        due.provisionalYears()))
                : Optional.empty();
    }

    private static long minutes(BigDecimal hours, String what) {
        BigDecimal m = hours.multiply(BigDecimal.valueOf(60));
        if (hours.signum() < 0 || m.stripTrailingZeros().scale() > 0) {
            throw new IllegalArgumentException(
                    what + " must be a non-negative number of hours in whole minutes, but was " + hours);
        }
        return m.longValueExact();
    }
}
