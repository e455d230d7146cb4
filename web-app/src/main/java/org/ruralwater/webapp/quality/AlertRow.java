package org.ruralwater.webapp.quality;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ruralwater.core.staff.WaterManager;
import org.ruralwater.core.works.SupplyWorks;
import org.ruralwater.core.works.WorksId;
import org.ruralwater.escalation.links.AlertToTicket;
import org.ruralwater.escalation.watch.AlertStatus;
import org.ruralwater.escalation.watch.WatchedAlert;
import org.ruralwater.qualityrules.alert.Alert;
import org.ruralwater.qualityrules.standard.Standard;
import org.ruralwater.webapp.page.Frame;

/**
 * An alert as the desk lists it, in the page's language: what must be done about what, where, by when and by
 * whom, and where it stands.
 *
 * @param who who must act: the water managers of the works' villages, or the works when it has none on record
 * @param ticket when the alert is overdue and the links make it a ticket: the ticket it becomes, else empty
 */
public record AlertRow(
        String kind,
        String subject,
        String works,
        String sampleId,
        String sampleHref,
        String due,
        String statusCode,
        String status,
        String action,
        String who,
        String basis,
        String ticket) {

    public boolean overdue() {
        return statusCode.equals(AlertStatus.OVERDUE.code());
    }

    static AlertRow of(
            WatchedAlert watched,
            Standard standard,
            List<SupplyWorks> works,
            List<WaterManager> managers,
            AlertToTicket link,
            Frame frame) {
        Alert a = watched.alert();
        Optional<SupplyWorks> at = a.works()
                .flatMap(id -> works.stream().filter(w -> w.id().equals(id)).findFirst());
        List<String> people = new ArrayList<>();
        at.ifPresent(w -> managers.stream()
                .filter(m -> m.villages().stream().anyMatch(w.villages()::contains))
                .forEach(m -> people.add(m.name())));
        String who = people.isEmpty()
                ? at.map(w -> DeskWords.WORKS_OPERATOR.in(frame, w.name())).orElse(DeskWords.NO_WORKS.in(frame))
                : String.join("、", people);
        boolean escalates = watched.status() == AlertStatus.OVERDUE && link.escalates(a.kind()) && at.isPresent();
        String id = a.sampleId().orElse("");
        return new AlertRow(
                frame.label(a.kind()),
                standard.indicator(a.subject()).isPresent()
                        ? SampleRegister.name(standard, a.subject(), frame)
                        : SampleRegister.worksName(Optional.of(a.subject()), works),
                SampleRegister.worksName(a.works().map(WorksId::value), works),
                id,
                id.isEmpty() ? "" : SampleRegister.href(id),
                a.dueBy().map(SampleRegister.TIME::format).orElse(DeskWords.NO_TIME.in(frame)),
                watched.status().code(),
                frame.label(watched.status()),
                a.wording().in(frame.locale()),
                who,
                a.basis(),
                escalates
                        ? DeskWords.BECOMES_TICKET.in(
                                frame,
                                frame.label(link.problem()),
                                frame.label(link.rectification()),
                                String.valueOf(link.deadlineDays()))
                        : "");
    }
}
