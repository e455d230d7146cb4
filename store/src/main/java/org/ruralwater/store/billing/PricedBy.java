package org.ruralwater.store.billing;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;

/**
 * A tariff version a bill run priced with, as the store keeps it: the tariff's id, the first day of the version,
 * the SHA-256 of its content (hexadecimal), and the content, the version as a listing shows it (id, title,
 * category, currency, dates, source, confidence, rounding, and each charge with its terms).
 *
 * @param run the id of the bill run that priced with it
 */
public record PricedBy(long run, String tariff, LocalDate effectiveFrom, String contentHash, String content) {

    public PricedBy {
        requireNonNull(tariff, "tariff");
        requireNonNull(effectiveFrom, "effectiveFrom");
        requireNonNull(contentHash, "contentHash");
        requireNonNull(content, "content");
    }
}
