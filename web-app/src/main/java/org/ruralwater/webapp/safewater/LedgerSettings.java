package org.ruralwater.webapp.safewater;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.ruralwater.assurance.monitoring.DeadlineRules;
import org.ruralwater.core.datafile.JsonReader;

/**
 * The ledger's settings as data ({@code ledger-2026.json}, ruralwater's numbers, each with its source): the
 * deadline of a ticket opened on the platform by its rectification class, and the window within which the
 * same problem raised again counts as recurring (问题反复).
 */
public record LedgerSettings(
        String id, String source, int recurrenceWindowDays, DeadlineRules deadlines, String confidence) {

    private static final String BUNDLED = "ledger-2026.json";

    public LedgerSettings {
        requireNonNull(id, "id");
        requireNonNull(source, "source");
        requireNonNull(deadlines, "deadlines");
        requireNonNull(confidence, "confidence");
        if (recurrenceWindowDays < 1 || recurrenceWindowDays > 3660) {
            throw new IllegalArgumentException(
                    "ledger settings " + id + ": a recurrence window of 1 to 3660 days, not " + recurrenceWindowDays);
        }
    }

    /** ruralwater's settings. */
    public static LedgerSettings bundled() {
        try (InputStream in = LedgerSettings.class.getResourceAsStream(BUNDLED)) {
            return JsonReader.forRecord(LedgerSettings.class).readOne(BUNDLED, requireNonNull(in, BUNDLED));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
