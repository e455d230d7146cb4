package org.ruralwater.maintenance.schedule;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.validate.ValidationException;
import org.ruralwater.core.county.County;
import org.ruralwater.core.household.Village;

/**
 * A worker's plan as an iCalendar file (RFC 5545, written by ical4j) for the phone of a crew leader or water
 * manager: one event per job, in UTC, with the village as the location.
 *
 * <p>The same plan gives the same bytes: events are in visiting order, each UID is the job's id, and the
 * stamp is the time the plan was issued, given by the caller rather than read from the clock.
 */
public final class PlanCalendar {

    private static final String PRODUCT = "-//ruralwater//maintenance plan//EN";

    private PlanCalendar() {}

    /**
     * @param zone the zone the plan's local times are in (China: {@code Asia/Shanghai})
     * @param issuedAt when the plan was issued: every event's DTSTAMP
     * @throws IllegalArgumentException when the plan has no such worker
     */
    public static String export(CrewSchedule plan, String workerId, County county, ZoneId zone, Instant issuedAt) {
        requireNonNull(zone, "zone");
        requireNonNull(issuedAt, "issuedAt");
        List<WorkerDay> days = plan.days().stream()
                .filter(d -> d.worker().id().equals(workerId))
                .sorted(Comparator.comparing(WorkerDay::date))
                .toList();
        if (days.isEmpty()) {
            throw new IllegalArgumentException("the plan has no worker " + workerId + "; its workers are "
                    + plan.workers().stream().map(Worker::id).toList());
        }
        Calendar calendar = new Calendar();
        calendar.add(new ProdId(PRODUCT));
        calendar.add(ImmutableVersion.VERSION_2_0);
        calendar.add(ImmutableCalScale.GREGORIAN);
        for (WorkerDay day : days) {
            for (Visit v : day.timeline().visits()) {
                Job job = v.job();
                VEvent event = new VEvent(false);
                event.add(new Uid(job.id() + "@ruralwater"));
                event.add(new DtStamp(issuedAt));
                event.add(new DtStart<>(v.start().atZone(zone).toInstant()));
                event.add(new DtEnd<>(v.end().atZone(zone).toInstant()));
                event.add(new Summary(job.title()));
                event.add(new Location(county.village(job.village())
                        .map(Village::name)
                        .map(n -> n + " (" + job.village() + ")")
                        .orElse(job.village().value())));
                event.add(new Description(
                        "Job " + job.id() + ", " + job.priority().code()
                                + ", due " + job.due() + "; " + v.travelMinutes() + " min drive from the previous stop"
                                + (v.lateMinutes() > 0 ? "; " + v.lateMinutes() + " min late" : "")));
                calendar.add(event);
            }
        }
        StringWriter out = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ValidationException e) {
            throw new IllegalStateException("ical4j refused the calendar it was given", e);
        }
        return out.toString();
    }
}
