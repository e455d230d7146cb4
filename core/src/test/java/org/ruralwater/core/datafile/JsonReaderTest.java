package org.ruralwater.core.datafile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.ruralwater.core.quantity.Quantity;
import org.ruralwater.core.region.RegionCode;

class JsonReaderTest {

    record Sample(
            String id,
            RegionCode village,
            LocalDate date,
            int bottles,
            Optional<Quantity> turbidity,
            List<Reading> readings) {}

    record Reading(String indicator, Quantity value) {}

    private static ByteArrayInputStream json(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void readsNestedRecordsListsAndOptionals() {
        String text = """
                [{"id": "S1", "village": "539821101201", "date": "2026-03-01", "bottles": 2,
                  "readings": [{"indicator": "arsenic", "value": "0.004 mg/L"}]},
                 {"id": "S2", "village": "539821101202", "date": "2026-03-02", "bottles": 1,
                  "turbidity": "0.6 NTU", "readings": []}]
                """;
        List<Sample> samples = JsonReader.forRecord(Sample.class).readList("samples.json", json(text));
        assertThat(samples).hasSize(2);
        assertThat(samples.get(0).turbidity()).isEmpty();
        assertThat(samples.get(0).readings())
                .singleElement()
                .extracting(Reading::value)
                .isEqualTo(Quantity.parse("0.004 mg/L"));
        assertThat(samples.get(1).turbidity()).contains(Quantity.parse("0.6 NTU"));
    }

    @Test
    void reportsEveryProblemWithItsLineAndColumn() {
        String text = """
                [
                  {"id": "S1", "village": "53982110120", "date": "2026-02-30", "bottles": "2",
                   "readings": [{"indicator": "arsenic", "value": "0.004 mg/m"}]},
                  {"id": "S2", "vilage": "539821101202", "id": "S3", "date": "2026-03-02", "bottles": 1, "readings": {}}
                ]
                """;
        assertThatThrownBy(() -> JsonReader.forRecord(Sample.class).readList("samples.json", json(text)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems())
                                .extracting(Problem::toString)
                                .containsExactly(
                                        "samples.json:2:27: [0].village: expected a region code (a region code has 6 digits (GB/T 2260) or 12 digits (statistical code), but \"53982110120\" has 11 characters), found \"53982110120\"",
                                        "samples.json:2:50: [0].date: expected a date as YYYY-MM-DD, found \"2026-02-30\"",
                                        "samples.json:2:75: [0].bottles: expected a JSON number: a whole number, found the string \"2\"",
                                        "samples.json:3:51: [0].readings[0].value: expected a quantity (unknown unit \"mg/m\" Maybe \"mg/L\"?), found \"0.004 mg/m\"",
                                        "samples.json:4:3: [1].village: expected a key \"village\", found an object without it",
                                        "samples.json:4:16: [1].vilage: expected one of the keys id, village, date, bottles, turbidity, readings, found an unknown key \"vilage\". Maybe \"village\"?",
                                        "samples.json:4:42: [1].id: expected each key once, found a second \"id\"",
                                        "samples.json:4:102: [1].readings: expected an array, found an object"));
    }

    @Test
    void aSyntaxErrorIsOneProblemAtItsPlace() {
        assertThatThrownBy(
                        () -> JsonReader.forRecord(Reading.class).readOne("r.json", json("{\"indicator\": \"x\",,}")))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.problems()).singleElement().satisfies(p -> {
                            assertThat(p.field()).isEqualTo("(syntax)");
                            assertThat(p.line()).isEqualTo(1);
                            assertThat(p.column()).isEqualTo(19);
                        }));
    }

    @Test
    void nullIsRefusedForARequiredKeyAndAcceptedForAnOptionalOne() {
        String text = "{\"id\": null, \"village\": \"539821101201\", \"date\": \"2026-03-01\", \"bottles\": 1,"
                + " \"turbidity\": null, \"readings\": []}";
        assertThatThrownBy(() -> JsonReader.forRecord(Sample.class).readOne("s.json", json(text)))
                .hasMessageContaining("s.json:1:8: id: expected a value (the key is required), found null");
    }

    record Level3(String name) {}

    record Level2(Level3 a, List<Level3> b) {}

    record Level1(Level2 a, Optional<Level2> b, List<Level3> c) {}

    /** Regression: nested shapes were built inside ConcurrentHashMap.computeIfAbsent ("Recursive update"). */
    @Test
    void readersForDeeplyNestedRecordsCanBeCreatedRepeatedly() {
        for (int i = 0; i < 100; i++) {
            JsonReader.forRecord(Level1.class);
        }
        Level1 one = JsonReader.forRecord(Level1.class)
                .readOne("n.json", json("{\"a\": {\"a\": {\"name\": \"x\"}, \"b\": []}, \"c\": [{\"name\": \"y\"}]}"));
        assertThat(one.a().a().name()).isEqualTo("x");
        assertThat(one.b()).isEmpty();
    }

    @Test
    void textAfterTheValueIsAProblem() {
        assertThatThrownBy(() -> JsonReader.forRecord(Reading.class)
                        .readOne("r.json", json("{\"indicator\": \"x\", \"value\": \"1 mg/L\"} {}")))
                .hasMessageContaining(
                        "r.json:1:39: (file): expected the end of the file, found more JSON after the value");
    }
}
