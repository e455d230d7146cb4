package org.ruralwater.maintenance.patrol;

import static java.util.Objects.requireNonNull;

/**
 * One thing to check at a stop, and how serious a failure is.
 *
 * @param severityOnFail the severity tier of the work order a failure opens, such as {@code minor}
 */
public record CheckItem(String code, String question, String severityOnFail) {

    public CheckItem {
        requireNonNull(code, "code");
        requireNonNull(question, "question");
        requireNonNull(severityOnFail, "severityOnFail");
    }
}
