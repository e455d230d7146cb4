package org.ruralwater.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ruralwater.assurance.monitoring.ProblemType;
import org.ruralwater.assurance.monitoring.Signal;
import org.ruralwater.assurance.monitoring.SignalKind;
import org.ruralwater.core.datafile.CsvReader;
import org.ruralwater.core.works.SupplyWorks;
import org.ruralwater.escalation.links.Links;
import org.ruralwater.escalation.watch.AlertStatus;
import org.ruralwater.escalation.watch.EscalatedTicket;
import org.ruralwater.escalation.watch.Outcome;
import org.ruralwater.escalation.watch.Watch;
import org.ruralwater.qualityrules.alert.AlertPolicy;
import org.ruralwater.qualityrules.evaluation.Evaluator;
import org.ruralwater.qualityrules.sample.Sample;
import org.ruralwater.qualityrules.sample.SampleFile;
import org.ruralwater.qualityrules.standard.Standard;
import org.ruralwater.qualityrules.standard.Standards;

/** The README's example of the escalation module, word for word (ReadmeExamplesAreTestedTest keeps them equal). */
class ReadmeExamplesTest {

    @Test
    void anOverdueAlertOpensATicketAndAFailedSampleSignalsItsVillages() {
        Standard gb5749 = Standards.bundled().get("GB5749-2022");
        Watch watch = Watch.of(Links.bundled(), Evaluator.of(gb5749), AlertPolicy.DEFAULT);
        Path folder = Path.of("src/test/resources/cases/02-failed-and-overdue-opens-a-ticket");
        List<SupplyWorks> works = CsvReader.forRecord(SupplyWorks.class).read(folder.resolve("works.csv"));
        List<Sample> samples = SampleFile.read(folder.resolve("samples.csv"), gb5749);

        Outcome o = watch.over(samples, works, LocalDateTime.parse("2026-03-04T12:00"));
        assertThat(o.alerts(AlertStatus.OVERDUE)).hasSize(1); // arsenic 0.02 mg/L; re-test due 03-03 09:10, none came
        EscalatedTicket raised = o.tickets().get(0); // WQ-S1-repeat_sampling-arsenic, filed under the works' village
        assertThat(raised.ticket().type()).isEqualTo(ProblemType.POOR_QUALITY); // 水质较差, class 立查立改
        assertThat(raised.ticket().deadline()).isEqualTo(LocalDate.parse("2026-03-06"));
        assertThat(raised.passingRetest()).isEmpty(); // so watch.close(...) refuses to close it (销号) for now
        assertThat(o.signals()).extracting(Signal::kind).containsOnly(SignalKind.QUALITY_FAILED);
    }
}
