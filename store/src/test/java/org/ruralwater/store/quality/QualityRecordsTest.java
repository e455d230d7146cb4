package org.ruralwater.store.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.ruralwater.core.county.County;
import org.ruralwater.core.datafile.InvalidInputException;
import org.ruralwater.core.datafile.Located;
import org.ruralwater.core.datafile.Problem;
import org.ruralwater.core.demo.DemoCounty;
import org.ruralwater.core.region.Region;
import org.ruralwater.core.region.RegionLevel;
import org.ruralwater.core.works.SupplyWorks;
import org.ruralwater.qualityrules.demo.DemoSamples;
import org.ruralwater.qualityrules.evaluation.Evaluator;
import org.ruralwater.qualityrules.evaluation.Verdict;
import org.ruralwater.qualityrules.sample.Sample;
import org.ruralwater.qualityrules.sample.SampleFile;
import org.ruralwater.qualityrules.sample.SamplingPoint;
import org.ruralwater.qualityrules.standard.Standard;
import org.ruralwater.qualityrules.standard.Standards;
import org.ruralwater.store.Store;
import org.ruralwater.store.TestDatabase;
import org.ruralwater.store.access.Actor;
import org.ruralwater.store.access.Scope;

/** One sample at a time into the store, as the desk saves it: once, in its scope, never overwritten. */
class QualityRecordsTest {

    private static final County COUNTY = DemoCounty.generate(10_000, DemoCounty.DEFAULT_SEED);
    private static final Standard GB = Standards.bundled().get("GB5749-2022");
    private static final Evaluator EVALUATOR = Evaluator.of(GB).asTested();
    private static final Actor DESK = Actor.user("desk");

    private static Sample sample(String id, String works, String at, String arsenic) {
        String csv = "sample_id,works_id,point,sampled_at,supply,disinfection,indicator,value,unit,limited\n"
                + id + "," + works + ",tap," + at + ",small_centralized,none,砷," + arsenic + ",mg/L,true\n"
                + id + "," + works + ",tap," + at + ",small_centralized,none,浑浊度,0.5,NTU,true\n";
        return SampleFile.read("desk", new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), GB)
                .get(0);
    }

    private static Located<Sample> at(Sample s) {
        return new Located<>("desk", 1, s);
    }

    /** A township with a works of its own, and a works of another township. */
    private record Places(Region township, SupplyWorks own, SupplyWorks other) {}

    private static Places places(Store store) {
        Region county = COUNTY.regions().atLevel(RegionLevel.COUNTY).get(0);
        List<SupplyWorks> all = store.county().works(Scope.of(county.code()));
        for (Region t : COUNTY.regions().childrenOf(county.code())) {
            List<SupplyWorks> own = store.county().works(Scope.of(t.code()));
            java.util.Optional<SupplyWorks> other =
                    all.stream().filter(w -> !own.contains(w)).findFirst();
            if (!own.isEmpty() && other.isPresent()) {
                return new Places(t, own.get(0), other.get());
            }
        }
        throw new AssertionError("no township with a works of its own among " + all.size() + " works");
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aSampleIsStoredOnceWithItsVerdictsAndTheSameAgainChangesNothing(TestDatabase db, @TempDir Path dir) {
        try (Store store = Store.open(db.location(dir))) {
            store.county().importCounty(Scope.everything(), Actor.cli(), COUNTY);
            Places p = places(store);
            Scope township = Scope.of(p.township().code());
            Sample s = sample("Q-1", p.own().id().value(), "2026-03-02 09:10", "0.02");

            assertThat(store.quality().record(township, DESK, at(s), EVALUATOR)).isTrue();
            long audited = store.status(Scope.everything()).counts().get("audit_entries");
            assertThat(store.quality().record(township, DESK, at(s), EVALUATOR)).isFalse();
            assertThat(store.status(Scope.everything()).counts())
                    .containsEntry("audit_entries", audited)
                    .containsEntry("samples", 1L);

            StoredSample stored = store.quality().sample(township, "Q-1").orElseThrow();
            assertThat(stored.verdict()).isEqualTo(Verdict.FAIL);
            assertThat(stored.works()).contains(p.own().id().value());
            assertThat(stored.determinations())
                    .extracting(StoredSample.Determination::indicator)
                    .containsExactly("arsenic", "turbidity");
            assertThat(stored.determinations().get(0).clause()).isNotBlank();
            assertThat(store.quality().taken(township, "Q-1")).contains(s);
            assertThat(store.quality().taken(township, YearMonth.of(2026, 3), YearMonth.of(2026, 3)))
                    .containsExactly(s);
            assertThat(store.audit().batches(Scope.everything(), 5).get(0).actor())
                    .isEqualTo("desk");
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void anotherSampleUnderAStoredIdIsRefusedAtItsPlaceAndNothingChanges(TestDatabase db, @TempDir Path dir) {
        try (Store store = Store.open(db.location(dir))) {
            store.county().importCounty(Scope.everything(), Actor.cli(), COUNTY);
            Places p = places(store);
            Scope township = Scope.of(p.township().code());
            store.quality()
                    .record(
                            township,
                            DESK,
                            at(sample("Q-1", p.own().id().value(), "2026-03-02 09:10", "0.02")),
                            EVALUATOR);
            Map<String, Long> before = store.status(Scope.everything()).counts();

            Sample changed = sample("Q-1", p.own().id().value(), "2026-03-02 09:10", "0.004");
            InvalidInputException e = catchThrowableOfType(
                    InvalidInputException.class, () -> store.quality().record(township, DESK, at(changed), EVALUATOR));
            assertThat(e.problems()).hasSize(1);
            Problem problem = e.problems().get(0);
            assertThat(problem.source()).isEqualTo("desk");
            assertThat(problem.line()).isEqualTo(1);
            assertThat(problem.field()).isEqualTo("sample_id");
            assertThat(problem.found().in(Locale.ENGLISH)).contains("Q-1");
            assertThat(store.status(Scope.everything()).counts()).isEqualTo(before);
            assertThat(store.quality().sample(township, "Q-1").orElseThrow().verdict())
                    .isEqualTo(Verdict.FAIL);
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aSampleOfAnotherRegionsWorksIsRefusedAndAnotherRegionCannotReadOne(TestDatabase db, @TempDir Path dir) {
        try (Store store = Store.open(db.location(dir))) {
            store.county().importCounty(Scope.everything(), Actor.cli(), COUNTY);
            Places p = places(store);
            Scope township = Scope.of(p.township().code());
            Sample elsewhere = sample("Q-2", p.other().id().value(), "2026-03-02 09:10", "0.02");
            InvalidInputException e = catchThrowableOfType(
                    InvalidInputException.class,
                    () -> store.quality().record(township, DESK, at(elsewhere), EVALUATOR));
            assertThat(e.problems()).extracting(Problem::field).containsExactly("works_id");
            assertThat(store.status(Scope.everything()).counts()).containsEntry("samples", 0L);

            store.quality().record(Scope.everything(), DESK, at(elsewhere), EVALUATOR);
            assertThat(store.quality().sample(township, "Q-2")).isEmpty();
            assertThat(store.quality().taken(township, "Q-2")).isEmpty();
            assertThat(store.quality().sample(Scope.everything(), "Q-2")).isPresent();
            assertThat(store.quality().sample(Scope.everything(), "' OR 1=1 --"))
                    .isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void passRatesAddUpByTownshipQuarterAndYear(TestDatabase db, @TempDir Path dir) {
        try (Store store = Store.open(db.location(dir))) {
            store.county().importCounty(Scope.everything(), Actor.cli(), COUNTY);
            Places p = places(store);
            String w = p.own().id().value();
            List<Located<Sample>> samples = List.of(
                    at(sample("R-1", w, "2026-01-05 09:00", "0.004")),
                    at(sample("R-2", w, "2026-02-05 09:00", "0.02")),
                    at(sample("R-3", w, "2026-03-05 09:00", "0.004")),
                    at(sample("R-4", w, "2026-04-05 09:00", "0.004")));
            assertThat(store.quality()
                            .importSamples(Scope.everything(), DESK, samples, EVALUATOR)
                            .inserted())
                    .isEqualTo(4);
            YearMonth jan = YearMonth.of(2026, 1);
            YearMonth dec = YearMonth.of(2026, 12);
            List<PassRate> monthly = store.quality()
                    .passRates(Scope.everything(), RegionLevel.TOWNSHIP, jan, dec, QualityRecords.FINISHED_WATER);
            assertThat(monthly)
                    .hasSize(4)
                    .allMatch(r -> r.of().equals(p.township().code().value()));
            assertThat(PassRate.rolledUp(monthly, Span.QUARTER))
                    .containsExactly(
                            new PassRate(p.township().code().value(), jan, 2, 3),
                            new PassRate(p.township().code().value(), YearMonth.of(2026, 4), 1, 1));
            assertThat(PassRate.rolledUp(
                            store.quality()
                                    .passRatesByWorks(
                                            Scope.everything(), jan, dec, java.util.Set.of(SamplingPoint.TAP)),
                            Span.YEAR))
                    .containsExactly(new PassRate(w, jan, 3, 4));
            assertThat(PassRate.rolledUp(monthly, Span.MONTH)).isEqualTo(monthly);
        }
    }

    @Test
    void aSpanStartsAtItsFirstMonthAndIsCoresPeriod() {
        assertThat(Span.QUARTER.start(YearMonth.of(2026, 8))).isEqualTo(YearMonth.of(2026, 7));
        assertThat(Span.YEAR.start(YearMonth.of(2026, 8))).isEqualTo(YearMonth.of(2026, 1));
        assertThat(Span.QUARTER.period(YearMonth.of(2026, 7))).hasToString("2026-Q3");
        assertThat(Span.YEAR.period(YearMonth.of(2026, 1))).hasToString("2026");
        assertThat(Span.MONTH.period(YearMonth.of(2026, 7))).hasToString("2026-07");
    }

    @Test
    void everyDemoSampleReadsBackFromItsStoredText(@TempDir Path dir) {
        DemoSamples.write(COUNTY, 9, 2026, dir);
        List<Sample> samples = SampleFile.read(dir.resolve(DemoSamples.FILE), GB);
        assertThat(samples).isNotEmpty();
        for (Sample s : samples) {
            assertThat(SampleBody.read(s.id(), SampleBody.write(s))).isEqualTo(s);
        }
    }

    @Test
    void censoredDescriptiveAndRebasedResultsReadBackFromTheStoredText() {
        String csv = "sample_id,works_id,point,sampled_at,supply,disinfection,indicator,value,unit,detection_limit\n"
                + "C-1,,outlet,2026-05-02 08:30,centralized,chlorine,砷,<0.001,mg/L,\n"
                + "C-1,,outlet,2026-05-02 08:30,centralized,chlorine,镉,ND,mg/L,0.0005\n"
                + "C-1,,outlet,2026-05-02 08:30,centralized,chlorine,铅,ND,mg/L,\n"
                + "C-1,,outlet,2026-05-02 08:30,centralized,chlorine,总大肠菌群,>2400,MPN/100mL,\n"
                + "C-1,,outlet,2026-05-02 08:30,centralized,chlorine,臭和味,无异臭、异味,,\n"
                + "C-1,,outlet,2026-05-02 08:30,centralized,chlorine,pH,7.2,,\n"
                + "C-1,,outlet,2026-05-02 08:30,centralized,chlorine,硝酸盐,44.3,mg/L(以NO3计),\n";
        Sample s = SampleFile.read("c", new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), GB)
                .get(0);
        String body = SampleBody.write(s);
        assertThat(body).contains("<0.001 mg/L", "ND;", ">2400", " as ");
        assertThat(SampleBody.read("C-1", body)).isEqualTo(s);
    }

    @Test
    void aTextTheStoreDidNotWriteIsNoSample() {
        assertThat(catchThrowableOfType(IllegalArgumentException.class, () -> SampleBody.read("X", "no colon here")))
                .isNotNull();
        assertThat(catchThrowableOfType(
                        IllegalArgumentException.class, () -> SampleBody.read("X", "W1 tap 2026-01-01T00:00:")))
                .isNotNull();
    }
}
