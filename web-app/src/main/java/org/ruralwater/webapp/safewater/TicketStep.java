package org.ruralwater.webapp.safewater;

import java.time.LocalDateTime;
import java.util.Optional;
import org.ruralwater.assurance.monitoring.Ticket;
import org.ruralwater.core.datafile.Coded;
import org.ruralwater.store.access.Actor;
import org.ruralwater.store.access.Scope;
import org.ruralwater.store.tickets.TicketRecords;
import org.ruralwater.webapp.access.Action;

/**
 * A step a ticket can be taken through on its page, the action of the role × action table it needs, and the
 * one text its form asks for. Whether the ticket's state allows the step is assurance's {@link Ticket} to say:
 * the page tries the step on the ticket and offers it only when the lifecycle takes it.
 */
public enum TicketStep implements Coded {
    /** 交办: give the ticket to the person, station or crew who will put it right. */
    ASSIGN(Action.ASSIGN_TICKET, LedgerWords.ASSIGN, LedgerWords.ASSIGNEE),
    /** 整改: record what is being done to put it right. */
    RECTIFY(Action.RECTIFY_TICKET, LedgerWords.RECTIFY, LedgerWords.PLAN),
    /** 核查: check on site that the rectification holds. */
    VERIFY(Action.VERIFY_TICKET, LedgerWords.VERIFY, LedgerWords.FINDING),
    /** 销号: close a verified ticket with its evidence. */
    CLOSE(Action.CLOSE_TICKET, LedgerWords.CLOSE, LedgerWords.EVIDENCE),
    /** Reopen a verified or closed ticket whose problem came back. */
    REOPEN(Action.REOPEN_TICKET, LedgerWords.REOPEN, LedgerWords.REASON);

    private final Action action;
    private final LedgerWords verb;
    private final LedgerWords field;

    TicketStep(Action action, LedgerWords verb, LedgerWords field) {
        this.action = action;
        this.verb = verb;
        this.field = field;
    }

    /** The action of the role × action table this step needs. */
    public Action action() {
        return action;
    }

    /** The step's button. */
    public LedgerWords verb() {
        return verb;
    }

    /** The label of the step's one text (to whom, plan, finding, evidence, reason). */
    public LedgerWords field() {
        return field;
    }

    /** Whether assurance's lifecycle takes this step from the ticket's state (at the ticket's last step's time). */
    public boolean takes(Ticket ticket) {
        LocalDateTime at = ticket.history().get(ticket.history().size() - 1).at();
        try {
            apply(ticket, at, "-", "-");
            return true;
        } catch (IllegalStateException e) {
            return false;
        }
    }

    private Ticket apply(Ticket t, LocalDateTime at, String by, String text) {
        return switch (this) {
            case ASSIGN -> t.assign(at, text);
            case RECTIFY -> t.startRectifying(at, by, text);
            case VERIFY -> t.verify(at, by, text);
            case CLOSE -> t.close(at, by, text);
            case REOPEN -> t.reopen(at, by, text);
        };
    }

    /** Takes the step in the store; empty when no such ticket lies within the scope. */
    Optional<Ticket> take(TicketRecords tickets, Scope scope, Actor actor, String id, LocalDateTime at, String text) {
        return switch (this) {
            case ASSIGN -> tickets.assign(scope, actor, id, at, text);
            case RECTIFY -> tickets.rectify(scope, actor, id, at, text);
            case VERIFY -> tickets.verify(scope, actor, id, at, text);
            case CLOSE -> tickets.close(scope, actor, id, at, text);
            case REOPEN -> tickets.reopen(scope, actor, id, at, text);
        };
    }

    /** The step named in a route, if it is one. */
    static Optional<TicketStep> of(String code) {
        return Coded.parse(TicketStep.class, code);
    }
}
