package org.ruralwater.store.tickets;

import static java.util.Objects.requireNonNull;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.Query;
import org.jspecify.annotations.Nullable;
import org.ruralwater.assurance.monitoring.ProblemLedger;
import org.ruralwater.assurance.monitoring.ProblemType;
import org.ruralwater.assurance.monitoring.RectificationClass;
import org.ruralwater.assurance.monitoring.Ticket;
import org.ruralwater.core.datafile.Coded;
import org.ruralwater.core.datafile.Located;
import org.ruralwater.core.datafile.Problem;
import org.ruralwater.core.region.RegionCode;
import org.ruralwater.core.region.RegionLevel;
import org.ruralwater.core.wording.Phrase;
import org.ruralwater.store.access.Actor;
import org.ruralwater.store.access.Scope;
import org.ruralwater.store.database.AuditWriter;
import org.ruralwater.store.database.Database;
import org.ruralwater.store.database.RecordRows;
import org.ruralwater.store.database.ScopeFilter;
import org.ruralwater.store.database.ScopeProblems;
import org.ruralwater.store.database.Staged;
import org.ruralwater.store.wording.StoreWords;

/**
 * Problem tickets in the store, within the caller's scope; a ticket lies in its village.
 *
 * <p>A ticket's steps are events, only ever appended ({@code ticket_event}); its row ({@code problem_ticket})
 * keeps the current state, the time it closed and the number of steps, written in the transaction of the
 * event that changes them, so the two never disagree. Each step goes through assurance's {@link Ticket}
 * (which refuses a step its lifecycle does not allow, and a close without evidence) and is in the audit log.
 * An import adds the tickets the store lacks and the steps after the stored ones; a file whose history
 * differs from the stored one is a problem, since a step once taken is never rewritten.
 */
public final class TicketRecords {

    /** The file name of an import's problems, as the demo year's assurance folder holds it. */
    public static final String TICKETS_FILE = "tickets.json";

    private static final String KIND = "tickets";
    private static final String EVENT_KIND = "ticket_events";

    private final Database database;

    private TicketRecords(Database database) {
        this.database = database;
    }

    /** For the store itself. */
    public static TicketRecords on(Database database) {
        return new TicketRecords(requireNonNull(database, "database"));
    }

    /**
     * Stages a ticket file's import, each ticket at its line in the file. Internal to the store.
     *
     * @param tickets each ticket at the line of the file where it starts
     */
    public static Staged stage(Handle h, Scope scope, Actor actor, Instant at, List<Located<Ticket>> tickets) {
        Map<String, Ticket> stored = load(h, Scope.everything(), "", Map.of());
        List<Problem> problems = new ArrayList<>(ScopeProblems.once(tickets, Ticket::id, 1, "id"));
        List<Ticket> added = new ArrayList<>();
        List<Continued> continued = new ArrayList<>();
        int unchanged = 0;
        for (Located<Ticket> row : tickets) {
            Ticket t = row.value();
            Ticket old = stored.get(t.id());
            int same = old == null ? 0 : samePrefix(old, t);
            if (old != null
                    && same == t.history().size()
                    && same == old.history().size()) {
                unchanged++;
                continue;
            }
            ScopeProblems.outside(
                            scope,
                            row,
                            1,
                            "village",
                            t.village().value(),
                            old == null ? null : old.village().value(),
                            t.id())
                    .ifPresent(problems::add);
            if (old == null) {
                added.add(t);
            } else if (same < old.history().size() || !sameFacts(old, t)) {
                problems.add(new Problem(
                        row.source(),
                        row.line(),
                        1,
                        "history",
                        Phrase.of(StoreWords.TICKET_CONTINUES, t.id()),
                        Phrase.of(StoreWords.TICKET_REWRITTEN, t.id(), same + 1)));
            } else {
                continued.add(new Continued(t, same));
            }
        }
        int kept = unchanged;
        return new Staged(TICKETS_FILE, problems, () -> {
            List<AuditWriter.Entry> audit = new ArrayList<>();
            insertTickets(h, added, audit);
            for (Ticket t : added) {
                appendEvents(h, t, 0, audit);
            }
            for (Continued c : continued) {
                appendEvents(h, c.ticket(), c.from(), audit);
            }
            AuditWriter.write(h, actor, at, audit);
            return new RecordRows.Counts(added.size(), continued.size(), kept);
        });
    }

    private record Continued(Ticket ticket, int from) {}

    /** How many first steps the two histories share. */
    private static int samePrefix(Ticket stored, Ticket t) {
        int n = 0;
        while (n < stored.history().size()
                && n < t.history().size()
                && stored.history().get(n).equals(t.history().get(n))) {
            n++;
        }
        return n;
    }

    private static boolean sameFacts(Ticket a, Ticket b) {
        return a.type() == b.type()
                && a.subject().equals(b.subject())
                && a.village().equals(b.village())
                && a.rectification() == b.rectification()
                && a.deadline().equals(b.deadline());
    }

    /** The tickets within the scope with their whole history, in the order they were stored. */
    public List<Ticket> tickets(Scope scope) {
        requireNonNull(scope, "scope");
        return database.withHandle(h -> List.copyOf(load(h, scope, "", Map.of()).values()));
    }

    /** The ticket, when it lies within the scope. */
    public Optional<Ticket> ticket(Scope scope, String id) {
        requireNonNull(scope, "scope");
        requireNonNull(id, "id");
        return database.withHandle(h -> Optional.ofNullable(
                load(h, scope, " AND t.id = :id", Map.of("id", id)).get(id)));
    }

    /**
     * Opens a new ticket (its one step must be OPEN).
     *
     * @throws IllegalArgumentException when its village lies outside the scope, or the id is taken
     */
    public Ticket open(Scope scope, Actor actor, Ticket ticket) {
        requireNonNull(scope, "scope");
        requireNonNull(actor, "actor");
        requireNonNull(ticket, "ticket");
        if (!scope.includes(ticket.village())) {
            throw new IllegalArgumentException(
                    "ticket " + ticket.id() + " lies in " + ticket.village() + ", outside the scope " + scope);
        }
        return database.inTransaction(h -> {
            if (!load(h, Scope.everything(), " AND t.id = :id", Map.of("id", ticket.id()))
                    .isEmpty()) {
                throw new IllegalArgumentException("ticket " + ticket.id() + " is in the store already");
            }
            List<AuditWriter.Entry> audit = new ArrayList<>();
            insertTickets(h, List.of(ticket), audit);
            appendEvents(h, ticket, 0, audit);
            AuditWriter.write(h, actor, Instant.now(), audit);
            return ticket;
        });
    }

    /** Assigns an open ticket to a person; empty when no such ticket lies within the scope. */
    public Optional<Ticket> assign(Scope scope, Actor actor, String id, LocalDateTime at, String person) {
        return step(scope, actor, id, t -> t.assign(at, person));
    }

    /** Starts the rectification of an assigned ticket, with its plan. */
    public Optional<Ticket> rectify(Scope scope, Actor actor, String id, LocalDateTime at, String plan) {
        return step(scope, actor, id, t -> t.startRectifying(at, actor.name(), plan));
    }

    /** Verifies a rectified ticket on site, with the finding. */
    public Optional<Ticket> verify(Scope scope, Actor actor, String id, LocalDateTime at, String finding) {
        return step(scope, actor, id, t -> t.verify(at, actor.name(), finding));
    }

    /** Closes (销号) a verified ticket; the evidence must be given. */
    public Optional<Ticket> close(Scope scope, Actor actor, String id, LocalDateTime at, String evidence) {
        return step(scope, actor, id, t -> t.close(at, actor.name(), evidence));
    }

    /** Reopens a verified or closed ticket whose problem came back. */
    public Optional<Ticket> reopen(Scope scope, Actor actor, String id, LocalDateTime at, String reason) {
        return step(scope, actor, id, t -> t.reopen(at, actor.name(), reason));
    }

    /**
     * One step through assurance's lifecycle, appended with the state in one transaction.
     *
     * @throws IllegalStateException when the lifecycle does not allow the step from the ticket's state
     * @throws IllegalArgumentException when the step comes before the last one, or a close lacks evidence
     */
    private Optional<Ticket> step(Scope scope, Actor actor, String id, UnaryOperator<Ticket> action) {
        requireNonNull(scope, "scope");
        requireNonNull(actor, "actor");
        requireNonNull(id, "id");
        return database.inTransaction(h -> {
            // The row is locked for the step, so that two steps at once cannot both follow the same state.
            h.createUpdate("UPDATE problem_ticket SET steps = steps WHERE id = :id")
                    .bind("id", id)
                    .execute();
            Ticket old = load(h, scope, " AND t.id = :id", Map.of("id", id)).get(id);
            if (old == null) {
                return Optional.empty();
            }
            Ticket next = action.apply(old);
            List<AuditWriter.Entry> audit = new ArrayList<>();
            appendEvents(h, next, old.history().size(), audit);
            AuditWriter.write(h, actor, Instant.now(), audit);
            return Optional.of(next);
        });
    }

    /**
     * The tickets open at the end of the day per region of the level within the scope, and those overdue; a
     * region of the store (from the county records) with no open ticket is at zero (动态清零). A ticket's
     * state on the day is assurance's {@link Ticket#state} of its steps up to that day.
     */
    public List<OpenProblems> openProblems(Scope scope, RegionLevel level, LocalDate on) {
        requireNonNull(on, "on");
        return openProblems(scope, level, List.of(on));
    }

    /**
     * The open problems at the end of each month of {@code [from, to]} per region of the level within the
     * scope: the trend of {@link #openProblems(Scope, RegionLevel, LocalDate)}, by month then region.
     */
    public List<OpenProblems> openProblems(
            Scope scope, RegionLevel level, java.time.YearMonth from, java.time.YearMonth to) {
        requireNonNull(from, "from");
        requireNonNull(to, "to");
        List<LocalDate> days = new ArrayList<>();
        for (java.time.YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
            days.add(m.atEndOfMonth());
        }
        return openProblems(scope, level, days);
    }

    /** The open problems on each of the days, by day then region, from one reading of the tickets. */
    private List<OpenProblems> openProblems(Scope scope, RegionLevel level, List<LocalDate> days) {
        requireNonNull(scope, "scope");
        requireNonNull(level, "level");
        if (days.isEmpty()) {
            return List.of();
        }
        return database.withHandle(h -> {
            List<RegionCode> regions = regions(h, scope, level);
            java.util.Collection<Ticket> tickets = load(h, scope, "", Map.of()).values();
            List<OpenProblems> out = new ArrayList<>();
            for (LocalDate on : days) {
                Map<RegionCode, int[]> counts = new TreeMap<>();
                for (RegionCode r : regions) {
                    counts.put(r, new int[2]);
                }
                for (Ticket t : tickets) {
                    Optional<Ticket> asOf = asOf(t, on);
                    Optional<RegionCode> region = t.village().at(level);
                    if (asOf.isEmpty() || region.isEmpty()) {
                        continue;
                    }
                    int[] c = counts.computeIfAbsent(region.get(), k -> new int[2]);
                    if (asOf.get().state() != Ticket.State.CLOSED) {
                        c[0]++;
                        if (asOf.get().isOverdue(on)) {
                            c[1]++;
                        }
                    }
                }
                counts.forEach((r, c) -> out.add(new OpenProblems(r, on, c[0], c[1])));
            }
            return out;
        });
    }

    /** The tickets within the scope past their deadline and not closed on the day, as assurance's ledger finds. */
    public List<Ticket> overdue(Scope scope, LocalDate on) {
        requireNonNull(on, "on");
        return new ProblemLedger(tickets(scope)).overdue(on);
    }

    /** The ticket as it stood at the end of the day; empty when it was opened later. */
    private static Optional<Ticket> asOf(Ticket t, LocalDate on) {
        List<Ticket.Step> steps = new ArrayList<>();
        for (Ticket.Step s : t.history()) {
            if (!s.at().toLocalDate().isAfter(on)) {
                steps.add(s);
            }
        }
        if (steps.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(
                new Ticket(t.id(), t.type(), t.subject(), t.village(), t.rectification(), t.deadline(), steps));
    }

    /** The store's regions (and villages) of the level within the scope, from the county records. */
    private static List<RegionCode> regions(Handle h, Scope scope, RegionLevel level) {
        Query q = h.createQuery(
                        "SELECT record_key FROM record_row WHERE kind = :kind" + ScopeFilter.and(scope, "region_code"))
                .bind("kind", level == RegionLevel.VILLAGE ? "villages" : "regions");
        return ScopeFilter.bind(q, scope).mapTo(String.class).list().stream()
                .filter(RegionCode::isValid)
                .map(RegionCode::parse)
                .filter(r -> r.level() == level)
                .toList();
    }

    private static Map<String, Ticket> load(Handle h, Scope scope, String condition, Map<String, Object> binds) {
        Query tq = h.createQuery("SELECT t.id, t.problem_type, t.subject, t.village, t.rectification, t.deadline"
                + " FROM problem_ticket t WHERE 1 = 1" + ScopeFilter.and(scope, "t.region_code") + condition
                + " ORDER BY t.position, t.id");
        binds.forEach(tq::bind);
        record Facts(
                String id, ProblemType type, String subject, RegionCode village, RectificationClass c, LocalDate d) {}
        List<Facts> facts = ScopeFilter.bind(tq, scope)
                .map((rs, ctx) -> new Facts(
                        rs.getString(1),
                        Coded.parse(ProblemType.class, rs.getString(2)).orElseThrow(),
                        rs.getString(3),
                        RegionCode.parse(rs.getString(4)),
                        Coded.parse(RectificationClass.class, rs.getString(5)).orElseThrow(),
                        rs.getDate(6).toLocalDate()))
                .list();
        Query eq = h.createQuery("SELECT e.ticket_id, e.state, e.at_time, e.by_whom, e.note FROM ticket_event e"
                + " JOIN problem_ticket t ON t.id = e.ticket_id WHERE 1 = 1"
                + ScopeFilter.and(scope, "t.region_code") + condition + " ORDER BY e.ticket_id, e.seq");
        binds.forEach(eq::bind);
        Map<String, List<Ticket.Step>> steps = new java.util.HashMap<>();
        ScopeFilter.bind(eq, scope)
                .map((rs, ctx) -> Map.entry(
                        rs.getString(1),
                        new Ticket.Step(
                                Coded.parse(Ticket.State.class, rs.getString(2)).orElseThrow(),
                                rs.getTimestamp(3).toLocalDateTime(),
                                rs.getString(4),
                                rs.getString(5))))
                .forEach(e -> steps.computeIfAbsent(e.getKey(), k -> new ArrayList<>())
                        .add(e.getValue()));
        Map<String, Ticket> out = new LinkedHashMap<>();
        for (Facts f : facts) {
            out.put(f.id(), new Ticket(f.id(), f.type(), f.subject(), f.village(), f.c(), f.d(), steps.get(f.id())));
        }
        return out;
    }

    private static void insertTickets(Handle h, List<Ticket> tickets, List<AuditWriter.Entry> audit) {
        if (tickets.isEmpty()) {
            return;
        }
        int next = h.createQuery("SELECT COALESCE(MAX(position), 0) FROM problem_ticket")
                        .mapTo(Integer.class)
                        .one()
                + 1;
        PreparedBatch insert = h.prepareBatch("INSERT INTO problem_ticket (id, problem_type, subject, village,"
                + " region_code, rectification, deadline, state, opened_at, closed_at, steps, position) VALUES"
                + " (:id, :type, :subject, :village, :village, :rectification, :deadline, :state, :opened, :closed,"
                + " 0, :position)");
        for (Ticket t : tickets) {
            insert.bind("id", t.id())
                    .bind("type", t.type().code())
                    .bind("subject", t.subject())
                    .bind("village", t.village().value())
                    .bind("rectification", t.rectification().code())
                    .bind("deadline", Date.valueOf(t.deadline()))
                    .bind("state", Ticket.State.OPEN.code())
                    .bind("opened", Timestamp.valueOf(t.openedAt()))
                    .bindNull("closed", java.sql.Types.TIMESTAMP)
                    .bind("position", next++)
                    .add();
            audit.add(new AuditWriter.Entry("insert", KIND, t.id(), t.village().value(), null, facts(t)));
        }
        insert.execute();
    }

    /** Appends the ticket's steps from {@code from} on, and sets its state to its last step's. */
    private static void appendEvents(Handle h, Ticket t, int from, List<AuditWriter.Entry> audit) {
        PreparedBatch insert = h.prepareBatch("INSERT INTO ticket_event (ticket_id, seq, state, at_time, by_whom, note,"
                + " region_code) VALUES (:id, :seq, :state, :at, :by, :note, :region)");
        for (int i = from; i < t.history().size(); i++) {
            Ticket.Step s = t.history().get(i);
            insert.bind("id", t.id())
                    .bind("seq", i + 1)
                    .bind("state", s.state().code())
                    .bind("at", Timestamp.valueOf(s.at()))
                    .bind("by", s.by())
                    .bind("note", s.note())
                    .bind("region", t.village().value())
                    .add();
            audit.add(new AuditWriter.Entry(
                    "insert", EVENT_KIND, t.id() + "#" + (i + 1), t.village().value(), null, step(s)));
        }
        if (from < t.history().size()) {
            insert.execute();
        }
        updateState(h, t);
    }

    private static void updateState(Handle h, Ticket t) {
        @Nullable LocalDateTime closed = t.closedAt().orElse(null);
        var u = h.createUpdate("UPDATE problem_ticket SET state = :state, closed_at = :closed, steps = :steps"
                        + " WHERE id = :id")
                .bind("state", t.state().code())
                .bind("steps", t.history().size())
                .bind("id", t.id());
        if (closed == null) {
            u.bindNull("closed", java.sql.Types.TIMESTAMP);
        } else {
            u.bind("closed", Timestamp.valueOf(closed));
        }
        u.execute();
    }

    /** The audit log's text of a ticket's facts. */
    private static String facts(Ticket t) {
        return t.id() + " " + t.type().code() + " " + t.subject() + " " + t.village() + " "
                + t.rectification().code() + " deadline " + t.deadline();
    }

    /** The audit log's text of a step. */
    private static String step(Ticket.Step s) {
        return s.state().code() + " " + s.at() + " " + s.by() + ": " + s.note();
    }
}
