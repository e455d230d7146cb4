package org.ruralwater.billing.prepaid;

import static java.util.Objects.requireNonNull;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.ruralwater.core.datafile.Coded;
import org.ruralwater.core.money.Money;

/**
 * A prepaid (IC-card) account replayed from its events: the balance, whether the valve is open, and the
 * notices the meter or the office must act on. The valve closes when the balance reaches zero and opens
 * again on the top-up that brings it above zero; a low-balance notice goes out once each time the
 * balance falls below the threshold.
 */
public record PrepaidAccount(Money balance, boolean valveOpen, List<Notice> notices) {

    /** Something the account calls for. */
    public record Notice(Kind kind, LocalDateTime at, Money balance) {
        /** What happened. */
        public enum Kind implements Coded {
            LOW_BALANCE,
            VALVE_CLOSE,
            VALVE_OPEN
        }
    }

    public PrepaidAccount {
        requireNonNull(balance, "balance");
        notices = List.copyOf(notices);
    }

    /**
     * Replays the events in time order from an opening balance.
     *
     * @param lowBalance the threshold under which the household is told to top up
     */
    public static PrepaidAccount replay(Money opening, List<PrepaidEvent> events, Money lowBalance) {
        requireNonNull(opening, "opening");
        requireNonNull(lowBalance, "lowBalance");
        List<PrepaidEvent> ordered = new ArrayList<>(events);
        ordered.sort(Comparator.comparing(PrepaidEvent::at));
        Money balance = opening;
        boolean open = opening.isPositive();
        boolean warned = balance.isLessThan(lowBalance);
        List<Notice> notices = new ArrayList<>();
        for (PrepaidEvent e : ordered) {
            if (e instanceof PrepaidEvent.TopUp t) {
                balance = balance.plus(t.amount());
                if (!open && balance.isPositive()) {
                    open = true;
                    notices.add(new Notice(Notice.Kind.VALVE_OPEN, t.at(), balance));
                }
                if (!balance.isLessThan(lowBalance)) {
                    warned = false;
                }
            } else {
                PrepaidEvent.Burn b = (PrepaidEvent.Burn) e;
                // Water already drawn is owed even past zero: the balance may go negative until the next top-up.
                balance = balance.minus(b.charge());
                if (!warned && balance.isLessThan(lowBalance) && balance.isPositive()) {
                    warned = true;
                    notices.add(new Notice(Notice.Kind.LOW_BALANCE, b.at(), balance));
                }
                if (open && !balance.isPositive()) {
                    open = false;
                    notices.add(new Notice(Notice.Kind.VALVE_CLOSE, b.at(), balance));
                }
            }
        }
        return new PrepaidAccount(balance, open, notices);
    }
}
