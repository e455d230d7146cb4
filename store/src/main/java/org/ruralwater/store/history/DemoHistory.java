package org.ruralwater.store.history;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.ruralwater.assurance.demo.DemoAssurance;
import org.ruralwater.assurance.monitoring.ProblemType;
import org.ruralwater.assurance.monitoring.Ticket;
import org.ruralwater.billing.demo.DemoBilling;
import org.ruralwater.core.county.County;
import org.ruralwater.core.datafile.JsonReader;
import org.ruralwater.maintenance.demo.DemoYear;
import org.ruralwater.qualityrules.demo.DemoSamples;
import org.ruralwater.qualityrules.evaluation.Evaluator;
import org.ruralwater.qualityrules.sample.Sample;
import org.ruralwater.qualityrules.sample.SampleFile;

/**
 * The demo county's year as {@code ruralwater demo --history} writes it beside the county files: each domain
 * module's generator into its folder, from the same county, seed and year (so the same bytes); then the year's
 * water-quality tickets follow from its samples: assurance's generator draws 水质较差 tickets at random, which
 * no sample would raise, so they are replaced by those escalation's links open for the year's failed samples
 * (see {@link QualityLinks}), and the alerts, tickets and samples on the platform's pages agree.
 */
final class DemoHistory {

    private DemoHistory() {}

    static void write(County county, long seed, int year, Path folder) {
        DemoSamples.write(county, seed, year, folder.resolve("quality"));
        DemoBilling.write(county, seed, year, folder.resolve("billing"));
        DemoAssurance.write(county, seed, year, folder.resolve("assurance"));
        DemoYear.write(county, seed, year, folder.resolve("maintenance"));
        ticketsFromSamples(county, folder);
    }

    private static void ticketsFromSamples(County county, Path folder) {
        Path file = folder.resolve(HistoryFolder.TICKETS);
        Evaluator evaluator = HistoryRecords.Rules.bundled().evaluator();
        List<Sample> samples = SampleFile.read(folder.resolve(HistoryFolder.SAMPLES), evaluator.standard());
        List<Ticket> tickets = new ArrayList<>();
        for (Ticket t : JsonReader.forRecord(Ticket.class).readList(file)) {
            if (t.type() != ProblemType.POOR_QUALITY) {
                tickets.add(t);
            }
        }
        tickets.addAll(QualityLinks.tickets(samples, county.works(), evaluator));
        tickets.sort(Comparator.comparing(Ticket::openedAt).thenComparing(Ticket::id));
        try {
            Files.writeString(file, json(tickets), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    /** The ledger as assurance's reader takes it: a JSON array, each ticket starting on a line of its own. */
    static String json(List<Ticket> tickets) {
        StringBuilder s = new StringBuilder(tickets.size() * 600 + 4).append("[\n");
        for (int i = 0; i < tickets.size(); i++) {
            Ticket t = tickets.get(i);
            // The id first on the ticket's line: HistoryFolder finds each ticket's line by it.
            s.append(" {\"id\": ")
                    .append(quote(t.id()))
                    .append(", \"type\": ")
                    .append(quote(t.type().code()))
                    .append(", \"subject\": ")
                    .append(quote(t.subject()))
                    .append(", \"village\": ")
                    .append(quote(t.village().value()))
                    .append(", \"rectification\": ")
                    .append(quote(t.rectification().code()))
                    .append(", \"deadline\": ")
                    .append(quote(t.deadline().toString()))
                    .append(",\n  \"history\": [");
            for (int k = 0; k < t.history().size(); k++) {
                Ticket.Step step = t.history().get(k);
                s.append(k == 0 ? "" : ",\n              ")
                        .append("{\"state\": ")
                        .append(quote(step.state().code()))
                        .append(", \"at\": ")
                        .append(quote(step.at().toString()))
                        .append(", \"by\": ")
                        .append(quote(step.by()))
                        .append(", \"note\": ")
                        .append(quote(step.note()))
                        .append('}');
            }
            s.append("]}").append(i < tickets.size() - 1 ? "," : "").append('\n');
        }
        return s.append("]\n").toString();
    }

    private static String quote(String text) {
        return "\"" + new String(JsonStringEncoder.getInstance().quoteAsString(text)) + "\"";
    }
}
