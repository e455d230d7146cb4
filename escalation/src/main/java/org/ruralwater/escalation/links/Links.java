package org.ruralwater.escalation.links;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import org.ruralwater.core.datafile.JsonReader;
import org.ruralwater.core.wording.Phrase;
import org.ruralwater.core.wording.RefusalException;
import org.ruralwater.escalation.wording.EscalationWords;

/**
 * The links between the water-quality desk and the safe-water ledger, as one file: which samples raise alerts,
 * when an alert becomes a ticket, what closing such a ticket needs, and how a failed sample reaches screening.
 * Another county's links are another file ({@link #read}); the bundled one is {@link #bundled}.
 */
public record Links(
        String id,
        String source,
        SampleToAlert sampleToAlert,
        AlertToTicket alertToTicket,
        TicketClosing ticketClosing,
        QualityToScreening qualityToScreening) {

    private static final JsonReader<Links> READER = JsonReader.forRecord(Links.class);
    private static final String BUNDLED = "ruralwater-2026.json";

    public Links {
        requireNonNull(id, "id");
        requireNonNull(source, "source");
        requireNonNull(sampleToAlert, "sampleToAlert");
        requireNonNull(alertToTicket, "alertToTicket");
        requireNonNull(ticketClosing, "ticketClosing");
        requireNonNull(qualityToScreening, "qualityToScreening");
        List<String> codes =
                List.of(sampleToAlert.code(), alertToTicket.code(), ticketClosing.code(), qualityToScreening.code());
        if (codes.stream().distinct().count() != codes.size()) {
            throw new RefusalException(Phrase.of(EscalationWords.OWN_CODES, id, String.join(", ", codes)));
        }
    }

    /** ruralwater's links (see the file for each one's source and confidence). */
    public static Links bundled() {
        try (InputStream in = Links.class.getResourceAsStream(BUNDLED)) {
            return READER.readOne(BUNDLED, requireNonNull(in, BUNDLED));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Links from a JSON file with the records' keys in snake_case; every problem is reported at once. */
    public static Links read(Path file) {
        return READER.readOne(file);
    }
}
