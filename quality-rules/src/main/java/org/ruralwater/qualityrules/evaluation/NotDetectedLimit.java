package org.ruralwater.qualityrules.evaluation;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.ruralwater.core.wording.Phrase;
import org.ruralwater.qualityrules.sample.Determination;
import org.ruralwater.qualityrules.sample.Result;
import org.ruralwater.qualityrules.standard.Indicator;
import org.ruralwater.qualityrules.standard.Standard;
import org.ruralwater.qualityrules.wording.QualityWords;

/**
 * The limit "must not be detected" (不应检出) of an indicator of kind ABSENT: counted organisms such as the
 * coliforms of GB 5749-2022 Table 1, and descriptive indicators judged by their text (臭和味: 无异臭、异味).
 */
final class NotDetectedLimit implements Limit {

    private static final Set<String> NEGATIVE_TEXTS =
            Set.of("无", "未检出", "阴性", "none", "not detected", "negative", "absent", "未见", "0");
    private static final Set<String> POSITIVE_TEXTS = Set.of("有", "检出", "阳性", "detected", "positive", "present");

    private static final Phrase NOT_DETECTED = Phrase.of(QualityWords.NOT_DETECTED);
    private static final Phrase DETECTED = Phrase.of(QualityWords.DETECTED);

    private final String code;
    private final String clause;
    private final Phrase text;
    /** The lower-case texts that mean "not detected": the common ones and the indicator's own. */
    private final Set<String> passTexts;

    NotDetectedLimit(Indicator ind, Standard standard) {
        this.code = ind.code();
        this.clause = standard.clause(ind);
        this.text = ind.passTexts()
                .filter(t -> !t.isEmpty())
                .map(t -> Phrase.verbatim(t.get(0)))
                .orElse(NOT_DETECTED);
        Set<String> texts = new HashSet<>(NEGATIVE_TEXTS);
        ind.passTexts().ifPresent(t -> t.forEach(x -> texts.add(x.toLowerCase(Locale.ROOT))));
        this.passTexts = Set.copyOf(texts);
    }

    @Override
    public DeterminationVerdict judge(Determination d) {
        Result r = d.result();
        if (r instanceof Result.BelowLimit) {
            return verdict(r, Verdict.PASS, NOT_DETECTED);
        }
        if (r instanceof Result.AboveRange) {
            return verdict(r, Verdict.FAIL, DETECTED);
        }
        if (r instanceof Result.Measured m) {
            boolean zero = m.value().value().signum() == 0;
            return zero ? verdict(r, Verdict.PASS, NOT_DETECTED) : verdict(r, Verdict.FAIL, DETECTED);
        }
        String written = ((Result.Descriptive) r).text().strip();
        String lower = written.toLowerCase(Locale.ROOT);
        if (passTexts.contains(lower)) {
            return verdict(r, Verdict.PASS, NOT_DETECTED);
        }
        if (POSITIVE_TEXTS.contains(lower) || written.startsWith("有") || written.startsWith("检出")) {
            return verdict(r, Verdict.FAIL, DETECTED);
        }
        return verdict(r, Verdict.INDETERMINATE, Phrase.of(QualityWords.TEXT_NEITHER, Phrase.quoted(written)));
    }

    private DeterminationVerdict verdict(Result r, Verdict v, Phrase reason) {
        return new DeterminationVerdict(code, r, v, text, false, clause, reason);
    }
}
