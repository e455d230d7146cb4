package org.ruralwater.webapp.audit;

import java.util.Locale;
import org.ruralwater.core.datafile.Coded;
import org.ruralwater.core.wording.Labels;

/**
 * The kinds of record the store's audit log names, labelled for people: the county files, billing's
 * records and runs, and the platform's users. A kind the store adds later is shown by its code until it
 * gets a label here.
 */
public enum RecordKind implements Coded {
    REGIONS,
    VILLAGES,
    WORKS,
    HOUSEHOLDS,
    METERS,
    ASSETS,
    WATER_MANAGERS,
    CREWS,
    ACCOUNTS,
    READINGS,
    PAYMENTS,
    PREPAID_EVENTS,
    TARIFF_FILES,
    BILL_RUNS,
    USER;

    /** The label of a kind the audit log names, or the kind's own code when it has none. */
    public static String label(String kind, Locale locale) {
        return Coded.parse(RecordKind.class, kind)
                .map(k -> Labels.of(k, locale))
                .orElse(kind);
    }
}
