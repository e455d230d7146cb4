package org.ruralwater.webapp.quality;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ruralwater.escalation.links.AlertToTicket;
import org.ruralwater.qualityrules.alert.Alert;
import org.ruralwater.qualityrules.evaluation.SampleVerdict;
import org.ruralwater.qualityrules.sample.Sample;
import org.ruralwater.qualityrules.standard.Standard;
import org.ruralwater.webapp.page.Frame;

/**
 * What the desk shows for a form: the sample's verdict, or what to correct first, or that nothing was entered.
 *
 * @param standard the standard the sample was held to, for the indicators' names and its citation
 * @param sample the sample the form holds, when it reads
 */
public record Judged(
        Standard standard,
        Optional<Sample> sample,
        Optional<SampleVerdict> verdict,
        List<Judged.Correction> corrections,
        List<Alert> alerts,
        Optional<AlertToTicket> escalation) {

    /** A problem of the form, at its row when it has one. */
    public record Correction(Optional<Integer> row, String field, String expected, String found) {}

    private static final Map<String, DeskWords> FIELDS = Map.ofEntries(
            Map.entry("sample_id", DeskWords.SAMPLE_ID),
            Map.entry("works_id", DeskWords.WORKS),
            Map.entry("point", DeskWords.POINT),
            Map.entry("sampled_at", DeskWords.SAMPLED_AT),
            Map.entry("supply", DeskWords.SUPPLY),
            Map.entry("disinfection", DeskWords.DISINFECTION),
            Map.entry("indicator", DeskWords.INDICATOR),
            Map.entry("value", DeskWords.VALUE),
            Map.entry("unit", DeskWords.UNIT),
            Map.entry("detection_limit", DeskWords.DETECTION_LIMIT),
            Map.entry("limited", DeskWords.LIMITED));

    public Judged {
        requireNonNull(standard, "standard");
        requireNonNull(sample, "sample");
        requireNonNull(verdict, "verdict");
        corrections = List.copyOf(corrections);
        alerts = List.copyOf(alerts);
        requireNonNull(escalation, "escalation");
    }

    /** The verdict, and the alerts the links raise for it with the rule that makes an overdue one a ticket. */
    static Judged of(
            Standard standard, Sample sample, SampleVerdict verdict, List<Alert> alerts, AlertToTicket escalation) {
        return new Judged(
                standard, Optional.of(sample), Optional.of(verdict), List.of(), alerts, Optional.of(escalation));
    }

    static Judged corrections(Standard standard, List<Correction> corrections) {
        return new Judged(standard, Optional.empty(), Optional.empty(), corrections, List.of(), Optional.empty());
    }

    static Judged nothing(Standard standard) {
        return new Judged(standard, Optional.empty(), Optional.empty(), List.of(), List.of(), Optional.empty());
    }

    /** Whether the link turns this alert into a ticket when it is overdue: only at a works, under its village. */
    public boolean escalates(Alert alert) {
        return alert.works().isPresent()
                && escalation.map(e -> e.escalates(alert.kind())).orElse(false);
    }

    /** The form's name of a sample file's column, in the page's language. */
    static String fieldLabel(String column, Frame frame) {
        DeskWords word = FIELDS.get(column);
        return word == null ? column : word.in(frame);
    }

    /** The indicator's name in the page's language, or its code when the standard does not have it. */
    public String name(String code, Frame frame) {
        return standard.indicator(code).map(i -> i.name(frame.locale())).orElse(code);
    }
}
