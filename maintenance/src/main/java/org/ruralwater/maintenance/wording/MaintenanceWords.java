package org.ruralwater.maintenance.wording;

import org.ruralwater.core.wording.Vocabulary;
import org.ruralwater.core.wording.VocabularyKey;

/**
 * maintenance's phrases: what its plans and schedules say to people, such as why a job was left unassigned.
 * Their texts are in {@code META-INF/ruralwater/words/maintenance*.properties}.
 */
public enum MaintenanceWords implements VocabularyKey {
    BEFORE_HORIZON,
    ONLY_REST_DAYS_ONE,
    ONLY_REST_DAYS_MANY,
    WORKERS_WHO_CAN,
    FITS_NO_SHIFT,
    FITS_NO_SHIFT_FROM,
    ROOM_LEFT_ON,
    FULL_ONE_DAY,
    FULL_DAYS,
    NO_WORKER_AT_ALL,
    NEEDS_SKILLS_ELSEWHERE,
    NEEDS_SKILLS_NOWHERE,
    AND,
    MINUTES_OF_PATROL;

    private static final Vocabulary WORDS = Vocabulary.of(MaintenanceWords.class, "maintenance");

    @Override
    public Vocabulary vocabulary() {
        return WORDS;
    }
}
