package org.ruralwater.assurance.monitoring;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.ruralwater.core.region.RegionCode;

/** The problem list (问题清单台账) of an area, and the questions asked of it. */
public record ProblemLedger(List<Ticket> tickets) {

    /** A month's figures for a county. */
    public record MonthRow(
            RegionCode county,
            long opened,
            long closed,
            long openAtMonthEnd,
            long overdueAtMonthEnd,
            Map<ProblemType, Long> openedByType) {}

    public ProblemLedger {
        tickets = List.copyOf(tickets);
    }

    /**
     * The ledger with a ticket opened for each risk whose subject has no open ticket of the same type at
     * {@code at}. Ticket ids are the type, subject and day, so opening the same risks again the same day,
     * or while their tickets are open, adds nothing.
     */
    public ProblemLedger opening(List<Risk> risks, DeadlineRules rules, LocalDateTime at, String by) {
        Set<String> ids = new HashSet<>();
        Set<String> open = new HashSet<>();
        for (Ticket t : tickets) {
            ids.add(t.id());
            if (openOn(t, at.toLocalDate())) {
                open.add(t.type() + "\u0000" + t.subject());
            }
        }
        List<Ticket> out = new ArrayList<>(tickets);
        for (Risk r : risks) {
            String id = r.problem().code() + ":" + r.subject() + ":" + at.toLocalDate();
            if (!open.add(r.problem() + "\u0000" + r.subject()) || !ids.add(id)) {
                continue;
            }
            out.add(Ticket.open(
                    id,
                    r.problem(),
                    r.subject(),
                    r.village(),
                    r.rectification(),
                    rules,
                    at,
                    by,
                    r.detail() + " (trigger " + r.trigger() + (r.monitoredHousehold() ? ", monitored household" : "")
                            + ")"));
        }
        return new ProblemLedger(out);
    }

    /** Tickets not closed and past their deadline on that day. */
    public List<Ticket> overdue(LocalDate on) {
        return tickets.stream().filter(t -> t.isOverdue(on)).toList();
    }

    /**
     * Recurring problems (问题反复): tickets that were reopened, and tickets of a subject and type already
     * opened and closed within the window before.
     */
    public List<Ticket> recurring(int windowDays) {
        List<Ticket> out = new ArrayList<>();
        for (Ticket t : tickets) {
            boolean again = t.wasReopened();
            for (Ticket earlier : tickets) {
                if (earlier != t
                        && earlier.subject().equals(t.subject())
                        && earlier.type() == t.type()
                        && earlier.openedAt().isBefore(t.openedAt())
                        && !earlier.openedAt()
                                .toLocalDate()
                                .isBefore(t.openedAt().toLocalDate().minusDays(windowDays))) {
                    again = true;
                }
            }
            if (again) {
                out.add(t);
            }
        }
        return out;
    }

    /** The counties, of those given, with no open problem on the day: 动态清零. */
    public List<RegionCode> countiesAtZero(Collection<RegionCode> counties, LocalDate on) {
        TreeSet<RegionCode> open = new TreeSet<>();
        for (Ticket t : tickets) {
            if (openOn(t, on)) {
                open.add(t.village().county().orElseThrow());
            }
        }
        return counties.stream().filter(c -> !open.contains(c)).sorted().toList();
    }

    /** The monthly report (按月调度): per county, opened, closed, open and overdue at month end, opened by type. */
    public List<MonthRow> monthly(YearMonth month) {
        requireNonNull(month, "month");
        LocalDate end = month.atEndOfMonth();
        Map<RegionCode, long[]> n = new TreeMap<>();
        Map<RegionCode, Map<ProblemType, Long>> byType = new TreeMap<>();
        for (Ticket t : tickets) {
            RegionCode county = t.village().county().orElseThrow();
            long[] c = n.computeIfAbsent(county, k -> new long[4]);
            byType.computeIfAbsent(county, k -> new EnumMap<>(ProblemType.class));
            if (YearMonth.from(t.openedAt()).equals(month)) {
                c[0]++;
                byType.get(county).merge(t.type(), 1L, Long::sum);
            }
            for (Ticket.Step s : t.history()) {
                if (s.state() == Ticket.State.CLOSED && YearMonth.from(s.at()).equals(month)) {
                    c[1]++;
                }
            }
            if (openOn(t, end)) {
                c[2]++;
                if (end.isAfter(t.deadline())) {
                    c[3]++;
                }
            }
        }
        List<MonthRow> out = new ArrayList<>();
        n.forEach((county, c) -> out.add(new MonthRow(county, c[0], c[1], c[2], c[3], byType.get(county))));
        return out;
    }

    /** Whether the ticket was open at the end of the day: opened by then, and not closed by then. */
    private static boolean openOn(Ticket t, LocalDate day) {
        if (t.openedAt().toLocalDate().isAfter(day)) {
            return false;
        }
        Ticket.State last = Ticket.State.OPEN;
        for (Ticket.Step s : t.history()) {
            if (!s.at().toLocalDate().isAfter(day)) {
                last = s.state();
            }
        }
        return last != Ticket.State.CLOSED;
    }
}
