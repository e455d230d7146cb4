package org.ruralwater.store.quality;

import static java.util.Objects.requireNonNull;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.jdbi.v3.core.statement.Query;
import org.ruralwater.core.datafile.Coded;
import org.ruralwater.core.datafile.InvalidInputException;
import org.ruralwater.core.datafile.Located;
import org.ruralwater.core.datafile.Problem;
import org.ruralwater.core.region.RegionCode;
import org.ruralwater.core.region.RegionLevel;
import org.ruralwater.core.wording.Phrase;
import org.ruralwater.core.works.SupplyWorks;
import org.ruralwater.qualityrules.evaluation.DeterminationVerdict;
import org.ruralwater.qualityrules.evaluation.Evaluator;
import org.ruralwater.qualityrules.evaluation.SampleVerdict;
import org.ruralwater.qualityrules.evaluation.Verdict;
import org.ruralwater.qualityrules.sample.Sample;
import org.ruralwater.qualityrules.sample.SamplingPoint;
import org.ruralwater.store.access.Actor;
import org.ruralwater.store.access.Scope;
import org.ruralwater.store.database.AuditWriter;
import org.ruralwater.store.database.Database;
import org.ruralwater.store.database.RecordRows;
import org.ruralwater.store.database.ScopeFilter;
import org.ruralwater.store.database.ScopeProblems;
import org.ruralwater.store.database.Staged;
import org.ruralwater.store.wording.StoreWords;

/**
 * Water-quality samples in the store, within the caller's scope; a sample lies in its works' region (the
 * smallest region holding the works' villages), and in none when the store holds no such works.
 *
 * <p>A sample is evaluated once, by the caller's {@link Evaluator}, when it is stored: its verdict, the
 * standard's id, and each determination's verdict, limit, relaxation and clause are kept beside it, so the
 * pass rates are counts over stored verdicts. A stored sample is not changed: the same sample again is
 * nothing, another with the same id is a problem.
 */
public final class QualityRecords {

    /** The file name of an import's problems, as the demo year's quality folder holds it. */
    public static final String SAMPLES_FILE = "samples.csv";

    /** The partitioned tables (by the sample's month) on PostgreSQL. */
    public static final String[] TABLES = {"quality_sample", "quality_determination"};

    /** The points of the pass rate as rural counties report it: the works' outlet (出厂水) and the tap (末梢水). */
    public static final Set<SamplingPoint> FINISHED_WATER = Set.of(SamplingPoint.OUTLET, SamplingPoint.TAP);

    private static final String KIND = "samples";

    /** At most this many samples look their ids up one by one rather than reading every stored id. */
    private static final int FEW = 500;

    private final Database database;

    private QualityRecords(Database database) {
        this.database = database;
    }

    /** For the store itself. */
    public static QualityRecords on(Database database) {
        return new QualityRecords(requireNonNull(database, "database"));
    }

    /** The months of the samples, for their partitions. */
    public static Set<LocalDate> months(List<Located<Sample>> samples) {
        Set<LocalDate> out = new TreeSet<>();
        for (Located<Sample> s : samples) {
            s.value().sampledAt().ifPresent(t -> out.add(t.toLocalDate().withDayOfMonth(1)));
        }
        return out;
    }

    /**
     * Stages a sample file's import, each sample at the line of its first row, its partitions made. Internal
     * to the store.
     *
     * @param worksRegion the region of each works the store holds, by id
     */
    public static Staged stage(
            Handle h,
            Scope scope,
            Actor actor,
            Instant at,
            List<Located<Sample>> samples,
            Evaluator evaluator,
            Map<String, String> worksRegion) {
        Map<String, String[]> stored = new HashMap<>();
        // A few samples (one from the desk) look up their own ids; a year's file reads the ids once.
        Query known = samples.size() <= FEW
                ? h.createQuery("SELECT id, region_code, body FROM quality_sample WHERE id IN (<ids>)")
                        .bindList(
                                "ids",
                                samples.isEmpty()
                                        ? List.of("")
                                        : samples.stream()
                                                .map(s -> s.value().id())
                                                .toList())
                : h.createQuery("SELECT id, region_code, body FROM quality_sample");
        known.map((rs, ctx) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)})
                .forEach(r -> stored.put(r[0], r));
        List<Problem> problems = new ArrayList<>();
        List<Located<Sample>> added = new ArrayList<>();
        int unchanged = 0;
        for (Located<Sample> row : samples) {
            Sample s = row.value();
            String body = body(s);
            String[] old = stored.get(s.id());
            if (old != null && old[2].equals(body)) {
                unchanged++;
                continue;
            }
            String region = s.works().map(w -> worksRegion.get(w.value())).orElse(null);
            ScopeProblems.outside(scope, row, 2, "works_id", region, old == null ? null : old[1], s.id())
                    .ifPresent(problems::add);
            if (old != null) {
                problems.add(new Problem(
                        row.source(),
                        row.line(),
                        1,
                        "sample_id",
                        Phrase.of(StoreWords.SAMPLE_AS_STORED, s.id()),
                        Phrase.of(StoreWords.SAMPLE_CHANGED, s.id())));
            } else {
                added.add(row);
            }
        }
        int kept = unchanged;
        return new Staged(SAMPLES_FILE, problems, () -> {
            insert(h, actor, at, added, evaluator, worksRegion);
            return new RecordRows.Counts(added.size(), 0, kept);
        });
    }

    private static void insert(
            Handle h,
            Actor actor,
            Instant at,
            List<Located<Sample>> samples,
            Evaluator evaluator,
            Map<String, String> worksRegion) {
        if (samples.isEmpty()) {
            return;
        }
        PreparedBatch sample = h.prepareBatch("INSERT INTO quality_sample (period_start, id, works_id, point,"
                + " sampled_at, region_code, verdict, standard, position, body) VALUES (:month, :id, :works, :point,"
                + " :at, :region, :verdict, :standard, :position, :body)");
        PreparedBatch determination = h.prepareBatch("INSERT INTO quality_determination (period_start, sample_id,"
                + " indicator, result, verdict, limit_text, relaxed, clause, region_code) VALUES (:month, :id,"
                + " :indicator, :result, :verdict, :limit, :relaxed, :clause, :region)");
        List<AuditWriter.Entry> audit = new ArrayList<>(samples.size());
        for (Located<Sample> row : samples) {
            Sample s = row.value();
            LocalDateTime sampledAt = s.sampledAt().orElseThrow();
            Date month = Date.valueOf(sampledAt.toLocalDate().withDayOfMonth(1));
            String region = s.works().map(w -> worksRegion.get(w.value())).orElse(null);
            SampleVerdict v = evaluator.evaluate(s);
            String body = body(s);
            sample.bind("month", month)
                    .bind("id", s.id())
                    .bindByType("works", s.works().map(w -> w.value()).orElse(null), String.class)
                    .bind("point", s.point().code())
                    .bind("at", Timestamp.valueOf(sampledAt))
                    .bindByType("region", region, String.class)
                    .bind("verdict", v.verdict().code())
                    .bind("standard", v.standard())
                    .bind("position", row.line())
                    .bind("body", body)
                    .add();
            for (DeterminationVerdict d : v.determinations()) {
                determination
                        .bind("month", month)
                        .bind("id", s.id())
                        .bind("indicator", d.indicator())
                        .bind("result", d.result().toString())
                        .bind("verdict", d.verdict().code())
                        .bind("limit", d.limit())
                        .bind("relaxed", d.relaxed())
                        .bind("clause", d.clause())
                        .bindByType("region", region, String.class)
                        .add();
            }
            audit.add(new AuditWriter.Entry(
                    "insert",
                    KIND,
                    s.id(),
                    region,
                    null,
                    body + " => " + v.verdict().code() + " " + v.standard()));
        }
        sample.execute();
        determination.execute();
        AuditWriter.write(h, actor, at, audit);
    }

    /** The sample as one line of text: its facts and each determination as written back by quality-rules. */
    static String body(Sample s) {
        return SampleBody.write(s);
    }

    /**
     * Stores one sample (as entered on the desk, at its place there) in one transaction with its audit entry,
     * evaluated by the evaluator; the same sample again changes nothing.
     *
     * @return whether it was written (false: the store held the same sample already)
     * @throws InvalidInputException when its works lies outside the scope, or the store holds another sample
     *     under its id; nothing is written then
     */
    public boolean record(Scope scope, Actor actor, Located<Sample> sample, Evaluator evaluator) {
        requireNonNull(sample, "sample");
        return importSamples(scope, actor, List.of(sample), evaluator).inserted() == 1;
    }

    /**
     * Stores the samples of a file in one transaction, all or nothing: every sample outside the scope or
     * differing from a stored one under its id is a problem at its line, and any problem writes nothing.
     * Samples the store holds as they are are counted unchanged.
     *
     * @throws InvalidInputException listing every problem
     */
    public RecordRows.Counts importSamples(
            Scope scope, Actor actor, List<Located<Sample>> samples, Evaluator evaluator) {
        requireNonNull(scope, "scope");
        requireNonNull(actor, "actor");
        requireNonNull(evaluator, "evaluator");
        List<Located<Sample>> all = List.copyOf(samples);
        for (Located<Sample> s : all) {
            if (s.value().sampledAt().isEmpty()) {
                throw new IllegalArgumentException("sample " + s.value().id() + " has no time to be stored under");
            }
        }
        database.ensureMonths(months(all), TABLES);
        return database.inTransaction(h -> {
            Map<String, String> worksRegion =
                    RecordRows.of("works", SupplyWorks.class).regions(h);
            Staged staged = stage(h, scope, actor, Instant.now(), all, evaluator, worksRegion);
            if (!staged.problems().isEmpty()) {
                throw new InvalidInputException(staged.problems());
            }
            return staged.write().get();
        });
    }

    /** The stored sample of this id within the scope, with its determinations; empty outside the scope. */
    public Optional<StoredSample> sample(Scope scope, String id) {
        requireNonNull(scope, "scope");
        requireNonNull(id, "id");
        return database.withHandle(h -> {
            Query sq = h.createQuery("SELECT id, works_id, point, sampled_at, verdict, standard, period_start"
                            + " FROM quality_sample WHERE id = :id" + ScopeFilter.and(scope, "region_code"))
                    .bind("id", id);
            Optional<Object[]> row = ScopeFilter.bind(sq, scope)
                    .map((rs, ctx) -> new Object[] {
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getTimestamp(4).toLocalDateTime(),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getDate(7)
                    })
                    .findFirst();
            if (row.isEmpty()) {
                return Optional.empty();
            }
            Object[] r = row.get();
            List<StoredSample.Determination> determinations = h.createQuery(
                            "SELECT indicator, result, verdict, limit_text, relaxed, clause FROM quality_determination"
                                    + " WHERE period_start = :month AND sample_id = :id ORDER BY indicator")
                    .bind("month", (Date) r[6])
                    .bind("id", id)
                    .map((rs, ctx) -> new StoredSample.Determination(
                            rs.getString(1),
                            rs.getString(2),
                            verdict(rs.getString(3)),
                            rs.getString(4),
                            rs.getBoolean(5),
                            rs.getString(6)))
                    .list();
            return Optional.of(new StoredSample(
                    (String) r[0],
                    Optional.ofNullable((String) r[1]),
                    Coded.parse(SamplingPoint.class, (String) r[2]).orElseThrow(),
                    (LocalDateTime) r[3],
                    verdict((String) r[4]),
                    (String) r[5],
                    determinations));
        });
    }

    /**
     * The samples within the scope taken in the months {@code [from, to]} as quality-rules' samples, as they
     * were entered or imported (for following their alerts and coverage with quality-rules and the links); by
     * time and id.
     */
    public List<Sample> taken(Scope scope, YearMonth from, YearMonth to) {
        requireNonNull(scope, "scope");
        requireNonNull(from, "from");
        requireNonNull(to, "to");
        return database.withHandle(h -> {
            Query q = h.createQuery("SELECT id, body FROM quality_sample WHERE period_start BETWEEN :from AND :to"
                            + ScopeFilter.and(scope, "region_code") + " ORDER BY sampled_at, id")
                    .bind("from", Date.valueOf(from.atDay(1)))
                    .bind("to", Date.valueOf(to.atDay(1)));
            return ScopeFilter.bind(q, scope)
                    .map((rs, ctx) -> SampleBody.read(rs.getString(1), rs.getString(2)))
                    .list();
        });
    }

    /** The stored sample of this id within the scope as quality-rules' sample; empty outside the scope. */
    public Optional<Sample> taken(Scope scope, String id) {
        requireNonNull(scope, "scope");
        requireNonNull(id, "id");
        return database.withHandle(h -> {
            Query q = h.createQuery("SELECT id, body FROM quality_sample WHERE id = :id"
                            + ScopeFilter.and(scope, "region_code"))
                    .bind("id", id);
            return ScopeFilter.bind(q, scope)
                    .map((rs, ctx) -> SampleBody.read(rs.getString(1), rs.getString(2)))
                    .findFirst();
        });
    }

    /** The samples within the scope taken in the month, by time and id, with their determinations. */
    public List<StoredSample> samples(Scope scope, YearMonth month) {
        requireNonNull(scope, "scope");
        requireNonNull(month, "month");
        Date start = Date.valueOf(month.atDay(1));
        return database.withHandle(h -> {
            Query dq = h.createQuery("SELECT sample_id, indicator, result, verdict, limit_text, relaxed, clause"
                            + " FROM quality_determination WHERE period_start = :month"
                            + ScopeFilter.and(scope, "region_code") + " ORDER BY sample_id, indicator")
                    .bind("month", start);
            Map<String, List<StoredSample.Determination>> determinations = new HashMap<>();
            ScopeFilter.bind(dq, scope)
                    .map((rs, ctx) -> Map.entry(
                            rs.getString(1),
                            new StoredSample.Determination(
                                    rs.getString(2),
                                    rs.getString(3),
                                    verdict(rs.getString(4)),
                                    rs.getString(5),
                                    rs.getBoolean(6),
                                    rs.getString(7))))
                    .forEach(e -> determinations
                            .computeIfAbsent(e.getKey(), k -> new ArrayList<>())
                            .add(e.getValue()));
            Query sq = h.createQuery("SELECT id, works_id, point, sampled_at, verdict, standard FROM quality_sample"
                            + " WHERE period_start = :month" + ScopeFilter.and(scope, "region_code")
                            + " ORDER BY sampled_at, id")
                    .bind("month", start);
            return ScopeFilter.bind(sq, scope)
                    .map((rs, ctx) -> new StoredSample(
                            rs.getString(1),
                            Optional.ofNullable(rs.getString(2)),
                            Coded.parse(SamplingPoint.class, rs.getString(3)).orElseThrow(),
                            rs.getTimestamp(4).toLocalDateTime(),
                            verdict(rs.getString(5)),
                            rs.getString(6),
                            determinations.getOrDefault(rs.getString(1), List.of())))
                    .list();
        });
    }

    /**
     * The pass rate per works within the scope and per month of {@code [from, to]}, over the samples taken at
     * the points; by works, then month. A works with no sample in a month has no row for it.
     */
    public List<PassRate> passRatesByWorks(Scope scope, YearMonth from, YearMonth to, Set<SamplingPoint> points) {
        List<PassRate> out = new ArrayList<>();
        counts(scope, from, to, points, "works_id").forEach((k, c) -> out.add(new PassRate(k.of, k.month, c[0], c[1])));
        return out;
    }

    /**
     * The pass rate per region of the level within the scope and per month of {@code [from, to]}: the counts
     * of the works lying in the region added up. A works serving villages of several regions of the level lies
     * in the region above them, and counts there only. By region, then month.
     */
    public List<PassRate> passRates(
            Scope scope, RegionLevel level, YearMonth from, YearMonth to, Set<SamplingPoint> points) {
        requireNonNull(level, "level");
        Map<Key, long[]> rolled = new TreeMap<>();
        counts(scope, from, to, points, "region_code").forEach((k, c) -> {
            if (k.of.isEmpty() || !RegionCode.isValid(k.of)) {
                return;
            }
            RegionCode.parse(k.of).at(level).ifPresent(r -> {
                long[] n = rolled.computeIfAbsent(new Key(r.value(), k.month), x -> new long[2]);
                n[0] += c[0];
                n[1] += c[1];
            });
        });
        List<PassRate> out = new ArrayList<>();
        rolled.forEach((k, c) -> out.add(new PassRate(k.of, k.month, c[0], c[1])));
        return out;
    }

    private record Key(String of, YearMonth month) implements Comparable<Key> {
        @Override
        public int compareTo(Key o) {
            int c = of.compareTo(o.of);
            return c != 0 ? c : month.compareTo(o.month);
        }
    }

    private Map<Key, long[]> counts(
            Scope scope, YearMonth from, YearMonth to, Set<SamplingPoint> points, String column) {
        requireNonNull(scope, "scope");
        requireNonNull(from, "from");
        requireNonNull(to, "to");
        requireNonNull(points, "points");
        List<String> codes = points.stream().map(SamplingPoint::code).sorted().toList();
        return database.withHandle(h -> {
            Query q = h.createQuery("SELECT period_start, " + column + ", COUNT(*),"
                            + " SUM(CASE WHEN verdict = :pass THEN 1 ELSE 0 END) FROM quality_sample"
                            + " WHERE period_start BETWEEN :from AND :to AND point IN (<points>)"
                            + ScopeFilter.and(scope, "region_code") + " GROUP BY period_start, " + column)
                    .bind("pass", Verdict.PASS.code())
                    .bind("from", Date.valueOf(from.atDay(1)))
                    .bind("to", Date.valueOf(to.atDay(1)))
                    .bindList("points", codes);
            Map<Key, long[]> out = new TreeMap<>();
            ScopeFilter.bind(q, scope)
                    .map((rs, ctx) -> Map.entry(
                            new Key(
                                    rs.getString(2) == null ? "" : rs.getString(2),
                                    YearMonth.from(rs.getDate(1).toLocalDate())),
                            new long[] {rs.getLong(4), rs.getLong(3)}))
                    .forEach(e -> out.put(e.getKey(), e.getValue()));
            return out;
        });
    }

    private static Verdict verdict(String code) {
        return Coded.parse(Verdict.class, code).orElseThrow();
    }
}
