package org.example.waterworks;

import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.ruralwater.core.money.Money;
import org.ruralwater.qualityrules.evaluation.Evaluator;
import org.ruralwater.qualityrules.evaluation.Verdict;
import org.ruralwater.qualityrules.sample.SampleFile;
import org.ruralwater.qualityrules.standard.Standard;
import org.ruralwater.qualityrules.standard.Standards;

/** An embedder's own code: a village desk that bills water and judges samples with ruralwater's rules. */
public final class VillageDesk {

    private final Money pricePerCubicMetre;
    private final Standard standard;

    /**
     * @param pricePerCubicMetre the village's flat water price
     * @param standardId a bundled drinking-water standard, such as {@code GB5749-2022}
     */
    public VillageDesk(Money pricePerCubicMetre, String standardId) {
        this.pricePerCubicMetre = pricePerCubicMetre;
        this.standard = Standards.bundled().get(standardId);
    }

    /** The bill for a month's use, rounded once, half-up, to the fen. */
    public Money bill(BigDecimal cubicMetres) {
        return pricePerCubicMetre.multipliedBy(cubicMetres, RoundingMode.HALF_UP);
    }

    /** The verdict on each sample of a long-format sample file, judging only what was tested. */
    public List<Verdict> judge(String fileName, InputStream samples) {
        Evaluator evaluator = Evaluator.of(standard).asTested();
        return SampleFile.read(fileName, samples, standard).stream()
                .map(s -> evaluator.evaluate(s).verdict())
                .toList();
    }
}
