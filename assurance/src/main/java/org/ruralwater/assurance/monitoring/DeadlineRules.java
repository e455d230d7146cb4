package org.ruralwater.assurance.monitoring;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.ruralwater.core.datafile.JsonReader;

/**
 * Rectification deadlines per class, as data: a fixed date (a campaign's end) or a number of days after the
 * problem is opened. No national rule was found, so each province or county brings its own file.
 */
public record DeadlineRules(String id, String source, List<DeadlineRules.Rule> rules) {

    private static final JsonReader<DeadlineRules> READER = JsonReader.forRecord(DeadlineRules.class);

    /** The deadline of one class: {@code date}, or {@code days} after opening. */
    public record Rule(RectificationClass rectification, Optional<LocalDate> date, Optional<Integer> days) {
        public Rule {
            requireNonNull(rectification, "rectification");
            if (date.isPresent() == days.isPresent()) {
                throw new IllegalArgumentException(
                        "a deadline for " + rectification + " is either a date or days, not both or neither");
            }
        }
    }

    public DeadlineRules {
        requireNonNull(id, "id");
        requireNonNull(source, "source");
        rules = List.copyOf(rules);
    }

    /** Shanxi's 2023 campaign deadlines (on the spot by end of August, staged by end of October, continuing by 2025). */
    public static DeadlineRules shanxi2023() {
        try (InputStream in =
                DeadlineRules.class.getResourceAsStream("/org/ruralwater/assurance/monitoring/shanxi-2023.json")) {
            return READER.readOne("shanxi-2023.json", requireNonNull(in, "shanxi-2023.json"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static DeadlineRules read(Path file) {
        return READER.readOne(file);
    }

    /** The deadline of a problem of this class opened on that day. */
    public LocalDate deadline(RectificationClass c, LocalDate opened) {
        Rule r = rules.stream()
                .filter(x -> x.rectification() == c)
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("deadline rules " + id + " have no rule for " + c));
        return r.date().orElseGet(() -> opened.plusDays(r.days().orElseThrow()));
    }
}
