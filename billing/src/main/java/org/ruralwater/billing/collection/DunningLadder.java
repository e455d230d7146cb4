package org.ruralwater.billing.collection;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ruralwater.core.datafile.JsonReader;
import org.ruralwater.core.household.HouseholdId;

/**
 * The steps taken against an unpaid bill, each a number of days after the due date, as data.
 *
 * @param restoreWithinHours how soon supply must be restored once the arrears are paid
 */
public record DunningLadder(List<DunningLadder.Step> steps, int restoreWithinHours, String source) {

    /**
     * A step of the ladder.
     *
     * @param noticeHours for a disconnection, how long before it the household must be told
     */
    public record Step(String name, int daysAfterDue, Optional<Integer> noticeHours, boolean disconnects) {
        public Step {
            requireNonNull(name, "name");
            requireNonNull(noticeHours, "noticeHours");
            if (daysAfterDue < 0) {
                throw new IllegalArgumentException("step " + name + " cannot come before the due date");
            }
        }
    }

    /** A step reached for a household, with its date. */
    public record Action(HouseholdId household, String bill, Step step, LocalDate on, Optional<LocalDate> noticeBy) {}

    /**
     * A ladder from a provincial rural water-supply regulation (../shared/domain.md §4.3, medium): a payment
     * notice at the due date, a reminder after 15 days, a 催款通知单 after 30, and supply stopped 30 days
     * after that with 72 hours' notice (an urban commitment; the regulation names none); restored within 12
     * hours of payment.
     */
    public static final DunningLadder PROVINCIAL = new DunningLadder(
            List.of(
                    new Step("payment notice 缴费通知", 0, Optional.empty(), false),
                    new Step("reminder 催缴提醒", 15, Optional.empty(), false),
                    new Step("催款通知单", 30, Optional.empty(), false),
                    new Step("disconnection 停水", 60, Optional.of(72), true)),
            12,
            "a provincial rural water-supply regulation (fsou.net text): after a 催款通知单, 30 days without payment → supply "
                    + "may be stopped as the contract allows; restore within 12 h of payment; 72 h notice from an urban "
                    + "commitment; ../shared/domain.md §4.3 (medium)");

    public DunningLadder {
        steps = List.copyOf(steps);
        requireNonNull(source, "source");
        for (int i = 1; i < steps.size(); i++) {
            if (steps.get(i).daysAfterDue() < steps.get(i - 1).daysAfterDue()) {
                throw new IllegalArgumentException("dunning steps must come in order of days after due");
            }
        }
    }

    public static DunningLadder read(Path file) {
        return JsonReader.forRecord(DunningLadder.class).readOne(file);
    }

    /**
     * The steps reached by a day for a household's oldest bill still unpaid on that day, in order, each with
     * its date and, for a disconnection, the day the notice must go out.
     */
    public List<Action> actions(Receivables.Position position, LocalDate asOf) {
        List<Action> out = new ArrayList<>();
        for (OpenItem item : position.items()) {
            if (!item.outstandingOn(asOf).isPositive()) {
                continue;
            }
            for (Step s : steps) {
                LocalDate on = item.dueOn().plusDays(s.daysAfterDue());
                if (on.isAfter(asOf)) {
                    break;
                }
                Optional<LocalDate> noticeBy = s.noticeHours().map(h -> on.minusDays((h + 23) / 24));
                out.add(new Action(position.household(), item.bill(), s, on, noticeBy));
            }
            break; // the oldest unpaid bill drives the ladder
        }
        return out;
    }
}
