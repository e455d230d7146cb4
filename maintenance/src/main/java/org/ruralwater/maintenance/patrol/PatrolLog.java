package org.ruralwater.maintenance.patrol;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.util.List;
import org.ruralwater.core.datafile.CsvReader;

/**
 * Reads {@code patrols.csv}, one {@link PatrolVisit} a row: {@code who, works, asset, at, minutes, outcome,
 * note}, the last two of which may be empty ({@code asset} too). Strict as every ruralwater reader: every
 * problem of the file (an unknown outcome, minutes outside 1–1440, a malformed id or time) is reported at its
 * line and column at once, and nothing is returned then.
 */
public final class PatrolLog {

    private static final CsvReader<PatrolVisit> READER = CsvReader.forRecord(PatrolVisit.class);

    private PatrolLog() {}

    public static List<PatrolVisit> read(Path file) {
        requireNonNull(file, "file");
        return READER.read(file);
    }

    /** The column names, in order. */
    public static List<String> columns() {
        return READER.columns();
    }
}
