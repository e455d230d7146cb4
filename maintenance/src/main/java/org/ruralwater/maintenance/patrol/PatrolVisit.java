package org.ruralwater.maintenance.patrol;

import static java.util.Objects.requireNonNull;

import java.time.LocalDateTime;
import java.util.Optional;
import org.ruralwater.core.asset.AssetId;
import org.ruralwater.core.datafile.Coded;
import org.ruralwater.core.range.Range;
import org.ruralwater.core.range.Within;
import org.ruralwater.core.wording.Phrase;
import org.ruralwater.core.works.WorksId;
import org.ruralwater.maintenance.wording.MaintenanceWords;

/**
 * One patrol check-in as a water manager's or crew's phone records it, a row of {@code patrols.csv}: who, at
 * which works (and asset, when the check was of one), when, for how long and with what outcome. The flat
 * record the platform imports; {@link CheckIn} is the route-based form a patrol review checks.
 *
 * @param who the person's or crew's id, such as {@code P539821101201} or {@code C539821101000}
 * @param minutes time on site: 1 minute to a day
 */
public record PatrolVisit(
        String who,
        WorksId works,
        Optional<AssetId> asset,
        LocalDateTime at,
        @Within(min = "1", max = "1440") int minutes,
        Outcome outcome,
        Optional<String> note) {

    /** What the patrol found. File codes are the lower-case names. */
    public enum Outcome implements Coded {
        /** Everything checked was in order. */
        OK,
        /** A fault was found and a work order raised for it. */
        FAULT_REPORTED,
        /** A small fault put right on the spot (a valve packed, a float freed). */
        FIXED_ON_SITE,
        /** The site could not be reached or entered (road washed out, gate locked). */
        NO_ACCESS
    }

    private static final Range MINUTES = Range.of(PatrolVisit.class, "minutes");

    public PatrolVisit {
        requireNonNull(who, "who");
        requireNonNull(works, "works");
        requireNonNull(asset, "asset");
        requireNonNull(at, "at");
        requireNonNull(outcome, "outcome");
        requireNonNull(note, "note");
        // contains before check: the name is made only for a refusal, not for each visit of a county's year.
        if (!MINUTES.contains(minutes)) {
            MINUTES.check(Phrase.of(MaintenanceWords.MINUTES_OF_PATROL, who, at), minutes);
        }
    }
}
