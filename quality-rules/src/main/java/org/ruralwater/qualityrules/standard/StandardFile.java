package org.ruralwater.qualityrules.standard;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A standard's data file as read. {@code citation} is how clauses name the standard (GB 5749-2022), when it
 * differs from the id. A file with {@code based_on} changes another standard: its indicators
 * replace or add rows by code, and each rule list it gives replaces the base's.
 */
record StandardFile(
        String id,
        String title,
        Optional<String> citation,
        String jurisdiction,
        LocalDate effectiveFrom,
        Optional<LocalDate> effectiveTo,
        Optional<String> basedOn,
        String source,
        List<Indicator> indicators,
        Optional<List<Rules.FollowUp>> followUps,
        Optional<Rules.Relaxation> relaxation,
        Optional<List<Rules.ByProducts>> byProducts,
        Optional<List<Rules.RatioSum>> ratioSums,
        Optional<List<Rules.Disinfectant>> disinfectants,
        Optional<List<Rules.Residual>> residuals) {}
