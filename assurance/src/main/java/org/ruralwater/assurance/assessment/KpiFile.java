package org.ruralwater.assurance.assessment;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ruralwater.assurance.wording.AssuranceWords;
import org.ruralwater.core.datafile.CsvReader;
import org.ruralwater.core.datafile.InvalidInputException;
import org.ruralwater.core.datafile.Located;
import org.ruralwater.core.datafile.Problem;
import org.ruralwater.core.range.Within;
import org.ruralwater.core.wording.Phrase;

/**
 * Reads assessees' KPI values from a long CSV file, {@code assessee,name,input,value}, one value per row, so a
 * spreadsheet export of any scheme's inputs fits. A value given twice for one assessee is a problem.
 */
public final class KpiFile {

    /**
     * One row of the file.
     *
     * @param value a rate, share, count or score: whichever the input is, within ±10^9 (a value past that is
     *     no indicator's, and once made a total of 1e400)
     */
    public record Row(
            String assessee,
            String name,
            String input,
            @Within(min = "-1e9", max = "1e9") BigDecimal value) {}

    private KpiFile() {}

    /** The assessees in order of first appearance. */
    public static List<Assessee> read(Path file) {
        String source = file.getFileName().toString();
        List<Located<Row>> rows = CsvReader.forRecord(Row.class).readLocated(file);
        Map<String, String> names = new LinkedHashMap<>();
        Map<String, Map<String, BigDecimal>> values = new HashMap<>();
        Map<String, Integer> firstLine = new HashMap<>();
        List<Problem> problems = new ArrayList<>();
        for (Located<Row> l : rows) {
            Row r = l.value();
            names.putIfAbsent(r.assessee(), r.name());
            String key = r.assessee() + "\u0000" + r.input();
            Integer before = firstLine.putIfAbsent(key, l.line());
            if (before != null) {
                problems.add(new Problem(
                        source,
                        l.line(),
                        1,
                        "input",
                        Phrase.of(AssuranceWords.INPUT_ONCE),
                        Phrase.of(AssuranceWords.INPUT_AGAIN, r.input(), r.assessee(), before)));
                continue;
            }
            values.computeIfAbsent(r.assessee(), k -> new HashMap<>()).put(r.input(), r.value());
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        List<Assessee> out = new ArrayList<>();
        names.forEach((id, name) -> out.add(new Assessee(id, name, values.get(id))));
        return out;
    }
}
