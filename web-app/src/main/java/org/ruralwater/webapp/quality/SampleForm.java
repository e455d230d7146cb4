package org.ruralwater.webapp.quality;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ruralwater.core.quantity.Unit;
import org.ruralwater.qualityrules.standard.Indicator;

/**
 * What the sample form holds, as typed: the sample's fields and its determination rows. It becomes the text of
 * quality-rules' sample file, so that the form is read exactly as strictly as a file, every problem at its row.
 *
 * @param sampleId the laboratory's sample number, or empty while the sample is only judged
 * @param works the works' id, or empty for a sample without one
 * @param sampledAt as the browser sends it ({@code 2026-03-02T09:10}), or empty
 */
public record SampleForm(
        String standard,
        String sampleId,
        String works,
        String point,
        String sampledAt,
        String supply,
        String disinfection,
        boolean limited,
        List<SampleForm.Row> rows) {

    /** How many determination rows a blank form offers. */
    static final int ROWS = 20;

    /** The id the form's sample is read under while it has none (the form holds one sample). */
    static final String SAMPLE_ID = "S";

    /** One determination as typed. */
    public record Row(String indicator, String value, String unit, String detectionLimit) {
        boolean isBlank() {
            return indicator.isBlank() && value.isBlank() && unit.isBlank() && detectionLimit.isBlank();
        }
    }

    public SampleForm {
        rows = List.copyOf(rows);
    }

    static SampleForm blank(String standard) {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < ROWS; i++) {
            rows.add(new Row("", "", "", ""));
        }
        return new SampleForm(standard, "", "", "tap", "", "centralized", "chlorine", false, rows);
    }

    static SampleForm of(Context ctx, String defaultStandard) {
        List<String> indicators = ctx.formParams("indicator");
        List<String> values = ctx.formParams("value");
        List<String> units = ctx.formParams("unit");
        List<String> limits = ctx.formParams("detection_limit");
        List<Row> rows = new ArrayList<>();
        // At most the rows a form offers: a longer post is cut, not an unbounded amount of work.
        int n = Math.min(Math.max(Math.max(indicators.size(), values.size()), units.size()), ROWS * 5);
        for (int i = 0; i < n; i++) {
            rows.add(new Row(at(indicators, i), at(values, i), at(units, i), at(limits, i)));
        }
        while (rows.size() < ROWS) {
            rows.add(new Row("", "", "", ""));
        }
        return new SampleForm(
                field(ctx, "standard").orElse(defaultStandard),
                field(ctx, "sample_id").orElse(""),
                field(ctx, "works").orElse(""),
                field(ctx, "point").orElse(""),
                field(ctx, "sampled_at").orElse(""),
                field(ctx, "supply").orElse(""),
                field(ctx, "disinfection").orElse(""),
                ctx.formParam("limited") != null,
                rows);
    }

    /** The rows that hold anything, with their numbers on the form (from 1). */
    List<Integer> filledRows() {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            if (!rows.get(i).isBlank()) {
                out.add(i + 1);
            }
        }
        return out;
    }

    /**
     * The filled rows as quality-rules' sample file: a header, then one line per filled row, every field
     * quoted, so that line {@code k + 1} is the {@code k}-th filled row.
     */
    String asSampleFile() {
        StringBuilder b = new StringBuilder(
                "sample_id,works_id,point,sampled_at,supply,disinfection,indicator,value,unit,detection_limit,limited\n");
        for (int number : filledRows()) {
            Row r = rows.get(number - 1);
            b.append(String.join(
                            ",",
                            quoted(sampleId.isEmpty() ? SAMPLE_ID : sampleId),
                            quoted(works),
                            quoted(point),
                            quoted(sampledAt.replace('T', ' ')),
                            quoted(supply),
                            quoted(disinfection),
                            quoted(r.indicator()),
                            quoted(r.value()),
                            quoted(r.unit()),
                            quoted(r.detectionLimit()),
                            quoted(limited ? "true" : "false")))
                    .append('\n');
        }
        return b.toString();
    }

    /** The units the indicators' limits are in, each once, for the unit field's suggestions. */
    public List<String> unitsOf(List<Indicator> indicators) {
        return indicators.stream()
                .flatMap(i -> i.limitUnit().stream())
                .map(Unit::symbol)
                .distinct()
                .sorted()
                .toList();
    }

    private static String quoted(String text) {
        return '"' + text.replace("\"", "\"\"") + '"';
    }

    private static String at(List<String> values, int i) {
        return i < values.size() ? values.get(i).strip() : "";
    }

    private static Optional<String> field(Context ctx, String name) {
        return Optional.ofNullable(ctx.formParam(name)).map(String::strip);
    }
}
