package org.ruralwater.assurance.monitoring;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ruralwater.core.datafile.Coded;
import org.ruralwater.core.region.RegionCode;

/**
 * A problem in the ledger (问题清单), from opening to closing (销号). Immutable: each step returns the ticket
 * with the step added to its history, and a step the lifecycle does not allow is refused.
 *
 * <pre>OPEN → ASSIGNED → RECTIFYING → VERIFIED → CLOSED;  VERIFIED or CLOSED → reopen → ASSIGNED</pre>
 *
 * @param subject what the problem is about: a household, village or works id
 * @param village where it is, for roll-ups by township and county
 */
public record Ticket(
        String id,
        ProblemType type,
        String subject,
        RegionCode village,
        RectificationClass rectification,
        LocalDate deadline,
        List<Ticket.Step> history) {

    /** Where a ticket stands. */
    public enum State implements Coded {
        OPEN,
        ASSIGNED,
        RECTIFYING,
        VERIFIED,
        CLOSED
    }

    /** One step of the lifecycle: who did what, when, with what note or evidence. */
    public record Step(State state, LocalDateTime at, String by, String note) {
        public Step {
            requireNonNull(state, "state");
            requireNonNull(at, "at");
            requireNonNull(by, "by");
            requireNonNull(note, "note");
        }
    }

    public Ticket {
        requireNonNull(id, "id");
        requireNonNull(type, "type");
        requireNonNull(subject, "subject");
        requireNonNull(village, "village");
        requireNonNull(rectification, "rectification");
        requireNonNull(deadline, "deadline");
        history = List.copyOf(history);
        if (history.isEmpty() || history.get(0).state() != State.OPEN) {
            throw new IllegalArgumentException("ticket " + id + " must start OPEN");
        }
    }

    /** Opens a ticket; its deadline comes from the rules for its class. */
    public static Ticket open(
            String id,
            ProblemType type,
            String subject,
            RegionCode village,
            RectificationClass c,
            DeadlineRules rules,
            LocalDateTime at,
            String reportedBy,
            String description) {
        return new Ticket(
                id,
                type,
                subject,
                village,
                c,
                rules.deadline(c, at.toLocalDate()),
                List.of(new Step(State.OPEN, at, reportedBy, description)));
    }

    public State state() {
        return history.get(history.size() - 1).state();
    }

    public LocalDateTime openedAt() {
        return history.get(0).at();
    }

    /** When it was last closed, if it is closed now. */
    public Optional<LocalDateTime> closedAt() {
        return state() == State.CLOSED
                ? Optional.of(history.get(history.size() - 1).at())
                : Optional.empty();
    }

    /** Whether it was ever reopened (问题反复). */
    public boolean wasReopened() {
        for (int i = 1; i < history.size(); i++) {
            if (history.get(i).state() == State.ASSIGNED
                    && history.get(i - 1).state().compareTo(State.VERIFIED) >= 0) {
                return true;
            }
        }
        return false;
    }

    public Ticket assign(LocalDateTime at, String person) {
        return step(State.ASSIGNED, at, person, "assigned to " + person, State.OPEN);
    }

    public Ticket startRectifying(LocalDateTime at, String by, String plan) {
        return step(State.RECTIFYING, at, by, plan, State.ASSIGNED);
    }

    public Ticket verify(LocalDateTime at, String by, String finding) {
        return step(State.VERIFIED, at, by, finding, State.RECTIFYING);
    }

    /** Closes (销号) a verified ticket; the evidence (photos, test report, call-back) must be given. */
    public Ticket close(LocalDateTime at, String by, String evidence) {
        if (evidence.isBlank()) {
            throw new IllegalArgumentException("ticket " + id + " cannot be closed without evidence");
        }
        return step(State.CLOSED, at, by, evidence, State.VERIFIED);
    }

    /** Reopens a verified or closed ticket whose problem came back; it goes back to assignment. */
    public Ticket reopen(LocalDateTime at, String by, String reason) {
        return step(State.ASSIGNED, at, by, "reopened: " + reason, State.VERIFIED, State.CLOSED);
    }

    /** Whether the ticket is past its deadline and not closed, on that day. */
    public boolean isOverdue(LocalDate on) {
        return state() != State.CLOSED && on.isAfter(deadline);
    }

    private Ticket step(State to, LocalDateTime at, String by, String note, State... from) {
        requireNonNull(at, "at");
        State now = state();
        boolean allowed = false;
        for (State f : from) {
            allowed |= f == now;
        }
        if (!allowed) {
            throw new IllegalStateException("ticket " + id + " is " + now + "; it cannot go to " + to + " from there");
        }
        LocalDateTime last = history.get(history.size() - 1).at();
        if (at.isBefore(last)) {
            throw new IllegalArgumentException(
                    "ticket " + id + ": a step at " + at + " cannot come before the last one at " + last);
        }
        List<Step> h = new ArrayList<>(history);
        h.add(new Step(to, at, by, note));
        return new Ticket(id, type, subject, village, rectification, deadline, h);
    }
}
