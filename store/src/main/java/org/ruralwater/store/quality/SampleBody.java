package org.ruralwater.store.quality;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ruralwater.core.datafile.Coded;
import org.ruralwater.core.quantity.Quantity;
import org.ruralwater.core.works.DisinfectionMethod;
import org.ruralwater.core.works.SupplyKind;
import org.ruralwater.core.works.WorksId;
import org.ruralwater.qualityrules.sample.Determination;
import org.ruralwater.qualityrules.sample.Result;
import org.ruralwater.qualityrules.sample.Sample;
import org.ruralwater.qualityrules.sample.SamplingPoint;

/**
 * A sample as one line of text, as the store keeps it beside the sample's row: its facts, then each
 * determination as quality-rules writes its result back ({@code W1 tap 2026-03-02T09:10 small_centralized
 * limited none: arsenic=0.02 mg/L; nitrate_n=12 mg/L as NO3;}). The audit log shows it, a second import
 * compares it, and the desk reads it back into quality-rules' sample to follow its alerts and coverage.
 */
final class SampleBody {

    private SampleBody() {}

    static String write(Sample s) {
        StringBuilder b = new StringBuilder(256);
        b.append(s.works().map(WorksId::value).orElse(""))
                .append(' ')
                .append(s.point().code())
                .append(' ')
                .append(s.sampledAt().map(LocalDateTime::toString).orElse(""))
                .append(' ')
                .append(s.supply().code())
                .append(s.limited() ? " limited " : " ")
                .append(s.disinfection().code())
                .append(':');
        for (Determination d : s.determinations()) {
            b.append(' ').append(d.indicator()).append('=').append(d.result());
            d.basis().ifPresent(x -> b.append(" as ").append(x));
            b.append(';');
        }
        return b.toString();
    }

    /**
     * The sample a body was written from (every body the store wrote reads back).
     *
     * @throws IllegalArgumentException when the text is not a body the store wrote
     */
    static Sample read(String id, String body) {
        // The facts end at the first colon followed by a space or the end: a time's colons are followed by digits.
        int colon = -1;
        for (int i = body.indexOf(':'); i >= 0; i = body.indexOf(':', i + 1)) {
            if (i == body.length() - 1 || body.charAt(i + 1) == ' ') {
                colon = i;
                break;
            }
        }
        if (colon < 0) {
            throw new IllegalArgumentException("not a stored sample's text: " + body);
        }
        String[] facts = body.substring(0, colon).split(" ", -1);
        if (facts.length != 5 && !(facts.length == 6 && facts[4].equals("limited"))) {
            throw new IllegalArgumentException("not a stored sample's facts: " + body);
        }
        boolean limited = facts.length == 6;
        List<Determination> determinations = new ArrayList<>();
        for (String part : body.substring(colon + 1).split(";", -1)) {
            String d = part.strip();
            if (d.isEmpty()) {
                continue;
            }
            int eq = d.indexOf('=');
            String indicator = d.substring(0, eq);
            String result = d.substring(eq + 1);
            int as = result.lastIndexOf(" as ");
            Optional<String> basis = Optional.empty();
            if (as >= 0) {
                basis = Optional.of(result.substring(as + 4));
                result = result.substring(0, as);
            }
            determinations.add(new Determination(indicator, result(result), basis));
        }
        return new Sample(
                id,
                facts[0].isEmpty() ? Optional.empty() : Optional.of(WorksId.of(facts[0])),
                Coded.parse(SamplingPoint.class, facts[1]).orElseThrow(),
                facts[2].isEmpty() ? Optional.empty() : Optional.of(LocalDateTime.parse(facts[2])),
                Coded.parse(SupplyKind.class, facts[3]).orElseThrow(),
                limited,
                Coded.parse(DisinfectionMethod.class, facts[limited ? 5 : 4]).orElseThrow(),
                determinations);
    }

    /** A result as quality-rules' {@code toString} writes it. */
    private static Result result(String text) {
        if (text.equals("ND")) {
            return new Result.BelowLimit(Optional.empty());
        }
        char c = text.charAt(0);
        if (c == '<') {
            return new Result.BelowLimit(Optional.of(Quantity.parse(text.substring(1))));
        }
        if (c == '>') {
            return new Result.AboveRange(Quantity.parse(text.substring(1)));
        }
        if ((c >= '0' && c <= '9') || c == '-' || c == '+' || c == '.') {
            return new Result.Measured(Quantity.parse(text));
        }
        return new Result.Descriptive(text);
    }
}
