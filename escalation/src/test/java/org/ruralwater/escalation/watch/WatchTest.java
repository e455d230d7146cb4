package org.ruralwater.escalation.watch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.ruralwater.assurance.monitoring.Ticket;
import org.ruralwater.core.datafile.CsvReader;
import org.ruralwater.core.wording.RefusalException;
import org.ruralwater.core.works.SupplyWorks;
import org.ruralwater.escalation.links.Links;
import org.ruralwater.qualityrules.alert.AlertPolicy;
import org.ruralwater.qualityrules.evaluation.Evaluator;
import org.ruralwater.qualityrules.sample.Sample;
import org.ruralwater.qualityrules.sample.SampleFile;
import org.ruralwater.qualityrules.standard.Standard;
import org.ruralwater.qualityrules.standard.Standards;

class WatchTest {

    private static final Standard GB5749 = Standards.bundled().get("GB5749-2022");
    private static final Path CASES = Path.of("src/test/resources/cases");
    private static final Watch WATCH = Watch.of(Links.bundled(), Evaluator.of(GB5749), AlertPolicy.DEFAULT);

    private static List<SupplyWorks> works(String folder) {
        return CsvReader.forRecord(SupplyWorks.class).read(CASES.resolve(folder).resolve("works.csv"));
    }

    private static List<Sample> samples(String folder) {
        return SampleFile.read(CASES.resolve(folder).resolve("samples.csv"), GB5749);
    }

    @Test
    void aTicketFromASampleClosesOnlyOnAPassingRetest() {
        String overdue = "02-failed-and-overdue-opens-a-ticket";
        EscalatedTicket raised = WATCH.over(samples(overdue), works(overdue), LocalDateTime.parse("2026-03-04T12:00"))
                .tickets()
                .get(0);
        Ticket verified = verified(raised.ticket());
        assertThatThrownBy(() -> WATCH.close(verified, raised, at("2026-03-05T10:00"), "county", "photos"))
                .isInstanceOf(RefusalException.class)
                .hasMessageContaining("closes only on a passing re-test of arsenic at works W539821-002")
                .satisfies(e -> assertThat(((RefusalException) e).reason().in(Locale.SIMPLIFIED_CHINESE))
                        .contains("复检水样方可销号"));

        String retested = "03-ticket-with-a-late-passing-retest";
        EscalatedTicket fixed = WATCH.over(samples(retested), works(retested), at("2026-03-06T12:00"))
                .tickets()
                .get(0);
        assertThat(fixed.passingRetest()).contains("S2");
        Ticket closed = WATCH.close(verified(fixed.ticket()), fixed, at("2026-03-06T10:00"), "county", "report 12");
        assertThat(closed.state()).isEqualTo(Ticket.State.CLOSED);
        assertThat(closed.history().get(closed.history().size() - 1).note())
                .isEqualTo("report 12; re-test sample S2 complies");
    }

    @Test
    void theOutcomeDoesNotDependOnTheOrderOfTheSamples() {
        String folder = "09-fixed-then-failing-again-is-a-new-ticket";
        List<Sample> samples = samples(folder);
        List<SupplyWorks> works = works(folder);
        String expected = EscalationGoldenTest.render(WATCH.over(samples, works, at("2026-03-12T12:00")));
        qt().forAll(integers().all()).checkAssert(seed -> {
            List<Sample> shuffled = new ArrayList<>(samples);
            Collections.shuffle(shuffled, new Random(seed));
            assertThat(EscalationGoldenTest.render(WATCH.over(shuffled, works, at("2026-03-12T12:00"))))
                    .isEqualTo(expected);
        });
    }

    @Test
    void noTicketIsOpenedBeforeItsAlertIsOverdueAndEveryTicketsAlertWasOverdueWhenItOpened() {
        String folder = "04-retest-that-fails-again";
        List<Sample> samples = samples(folder);
        List<SupplyWorks> works = works(folder);
        qt().forAll(lists().of(integers().between(0, 24 * 6)).ofSizeBetween(1, 8))
                .checkAssert(hours -> {
                    for (int h : hours) {
                        LocalDateTime asOf = at("2026-03-02T00:00").plusHours(h);
                        Outcome o = WATCH.over(samples, works, asOf);
                        for (EscalatedTicket t : o.tickets()) {
                            assertThat(t.ticket().openedAt()).isBefore(asOf);
                            assertThat(t.ticket().openedAt())
                                    .isEqualTo(t.alert().dueBy().orElseThrow());
                        }
                        if (o.alerts(AlertStatus.OVERDUE).isEmpty()) {
                            assertThat(o.tickets()).isEmpty();
                        }
                    }
                });
    }

    private static Ticket verified(Ticket t) {
        return t.assign(t.openedAt().plusHours(1), "station")
                .startRectifying(t.openedAt().plusHours(2), "crew", "flush and re-dose")
                .verify(t.openedAt().plusHours(3), "county", "checked on site");
    }

    private static LocalDateTime at(String t) {
        return LocalDateTime.parse(t);
    }
}
