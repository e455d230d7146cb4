package org.ruralwater.webapp.safewater;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.ruralwater.assurance.monitoring.Ticket;
import org.ruralwater.core.region.RegionCode;
import org.ruralwater.core.region.RegionLevel;
import org.ruralwater.webapp.page.Frame;

/**
 * A ticket as a row of the list and the head of its page: its facts in the page's language, where it is by name,
 * its deadline and how many days it is past it.
 *
 * @param daysOverdue days past the deadline on the day shown, 0 when it is closed or not yet due
 */
public record TicketView(
        String id,
        String href,
        String type,
        String subject,
        String village,
        String township,
        String rectification,
        String deadline,
        String state,
        String stateCode,
        String opened,
        long daysOverdue) {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

    /** Whether it is past its deadline and not closed. */
    public boolean overdue() {
        return daysOverdue > 0;
    }

    static TicketView of(Ticket t, LocalDate today, Map<RegionCode, String> names, Frame frame) {
        String township = t.village()
                .at(RegionLevel.TOWNSHIP)
                .map(c -> names.getOrDefault(c, c.value()))
                .orElse("");
        long late = t.isOverdue(today) ? ChronoUnit.DAYS.between(t.deadline(), today) : 0;
        return new TicketView(
                t.id(),
                href(t.id()),
                frame.label(t.type()),
                t.subject(),
                names.getOrDefault(t.village(), t.village().value()),
                township,
                frame.label(t.rectification()),
                t.deadline().toString(),
                frame.label(t.state()),
                t.state().code(),
                time(t.openedAt()),
                late);
    }

    static List<TicketView> of(List<Ticket> tickets, LocalDate today, Map<RegionCode, String> names, Frame frame) {
        return tickets.stream().map(t -> of(t, today, names, frame)).toList();
    }

    /** The ticket page's address: the id as one path segment, whatever it holds. */
    static String href(String id) {
        return "/tickets/" + URLEncoder.encode(id, StandardCharsets.UTF_8).replace("+", "%20");
    }

    static String time(LocalDateTime at) {
        return TIME.format(at);
    }
}
