package org.ruralwater.cliapp.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.ruralwater.assurance.assessment.AssessmentScheme;
import org.ruralwater.assurance.assessment.KpiFile;
import org.ruralwater.assurance.emergency.EmergencyNorms;
import org.ruralwater.assurance.monitoring.DeadlineRules;
import org.ruralwater.assurance.monitoring.RiskTriggers;
import org.ruralwater.assurance.monitoring.Ticket;
import org.ruralwater.assurance.responsibility.ManagerNorms;
import org.ruralwater.assurance.safewater.Observation;
import org.ruralwater.assurance.safewater.SafeWaterRules;
import org.ruralwater.billing.subsidy.Subsidies;
import org.ruralwater.billing.tariff.Tariffs;
import org.ruralwater.cliapp.Ruralwater;
import org.ruralwater.core.calendar.WorkCalendar;
import org.ruralwater.core.county.County;
import org.ruralwater.core.datafile.CsvReader;
import org.ruralwater.core.datafile.InvalidInputException;
import org.ruralwater.core.datafile.JsonReader;
import org.ruralwater.core.datafile.Problem;
import org.ruralwater.core.demo.DemoCounty;
import org.ruralwater.maintenance.plan.Catalogue;
import org.ruralwater.maintenance.workorder.ResponseCommitments;
import org.ruralwater.maintenance.workorder.WorkOrder;
import org.ruralwater.qualityrules.coverage.SamplingProgramme;
import org.ruralwater.qualityrules.sample.SampleFile;
import org.ruralwater.qualityrules.standard.Standards;
import picocli.CommandLine;

/**
 * The input contract, fuzzed (issue 14): every reader of the library, and the CLI commands over the files
 * only the CLI reads, are given seeded mutations of a valid file. An invalidating mutation must be refused
 * with every problem located (file, line ≥ 1, column ≥ 1) and in words; a neutral one must give the same
 * answer as the original; a robustness probe must do one of the two. Nothing may throw anything else, run
 * out of memory (this class runs with a 128 MB heap) or show Java text.
 */
class ReaderFuzzTest {

    /** The issue's number: the seed of every generator, so that a failure reproduces. */
    private static final long SEED = 14;

    /**
     * Java words, stack frames and library names that must never reach a user; a backtick only before a Java
     * name ({@code `JsonReadFeature.…`}), as a command in backticks is how messages quote a command.
     */
    static final Pattern JAVA_TEXT = Pattern.compile(
            "Exception|Error\\b|java\\.|javax\\.|\\bat org\\.|org\\.ruralwater|com\\.fasterxml|`[A-Z]\\w*\\.|\\[Source:|"
                    + "StreamReadConstraints|Feature\\b|\\w++\\[\\w++=|@[0-9a-f]{6,}");

    private static final Pattern LOCATED = Pattern.compile("^([^:\\s]+):(\\d+):(\\d+): .*");

    /** A problem with a whole file, which has no line: {@code file: field: …}. */
    private static final Pattern WHOLE_FILE = Pattern.compile("^([^:\\s]+\\.(csv|json)): .*");

    /** A mutation changes one place, or one column of every row: more problems than this are repeats. */
    private static final int MOST_PROBLEMS = 200;

    /** A problem is read by a person: a value of a million characters is not quoted back in full. */
    private static final int MOST_CHARACTERS = 2_000;

    private static final Map<Mutation.Kind, int[]> COUNTS = new EnumMap<>(Mutation.Kind.class);
    private static int traces;

    @TestFactory
    Stream<DynamicTest> everyReaderRefusesInvalidatingMutationsAtTheirPlaceAndIgnoresNeutralOnes() throws Exception {
        return targets().stream().map(t -> DynamicTest.dynamicTest(t.name(), () -> fuzz(t)));
    }

    @AfterAll
    static void writeCounts() throws IOException {
        int[] inv = COUNTS.getOrDefault(Mutation.Kind.INVALIDATING, new int[2]);
        int[] neu = COUNTS.getOrDefault(Mutation.Kind.NEUTRAL, new int[2]);
        int[] eit = COUNTS.getOrDefault(Mutation.Kind.EITHER, new int[2]);
        String counts = String.format(
                Locale.ROOT,
                "mutations tried: %d%ninvalidating: %d, located: %d%nneutral: %d, unchanged: %d%n"
                        + "robustness probes: %d, answered or located: %d%ntraces: %d%n"
                        + "CPU time of the test thread: %.1f s%n",
                inv[0] + neu[0] + eit[0],
                inv[0],
                inv[1],
                neu[0],
                neu[1],
                eit[0],
                eit[1],
                traces,
                // CPU, not wall time: the build machine is shared, and wall time says more about the others.
                ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() / 1e9);
        System.out.print(counts);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "fuzz-counts.txt"), counts);
    }

    private static void fuzz(Target t) throws IOException {
        Path folder = Files.createTempDirectory(Path.of("target"), "fuzz-");
        try {
            for (Map.Entry<String, byte[]> f : t.files().entrySet()) {
                Files.write(folder.resolve(f.getKey()), f.getValue());
            }
            Outcome original = t.read().apply(folder);
            assertThat(original).as("%s: the seed itself is read", t.name()).isInstanceOf(Outcome.Answer.class);
            byte[] seed = t.files().get(t.mutated());
            String text = new String(seed, StandardCharsets.UTF_8);
            long seedOfTarget = SEED * 31 + t.name().hashCode();
            List<Mutation> mutations = t.isJson()
                    ? JsonMutations.of(text, seedOfTarget)
                    : CsvMutations.of(text, seedOfTarget, t.textColumns());
            List<String> failures = new ArrayList<>();
            for (Mutation m : mutations) {
                Files.write(folder.resolve(t.mutated()), m.bytes());
                Outcome o = t.read().apply(folder);
                String failure = judge(t, m, o, original);
                int[] c = COUNTS.computeIfAbsent(m.kind(), k -> new int[2]);
                c[0]++;
                if (failure == null) {
                    c[1]++;
                } else {
                    failures.add(m.kind() + " " + m.name() + ": " + failure);
                }
            }
            assertThat(failures)
                    .as("%s: %d mutations", t.name(), mutations.size())
                    .isEmpty();
        } finally {
            try (Stream<Path> files = Files.walk(folder)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    /** What is wrong with the outcome of the mutation, or null. */
    private static String judge(Target t, Mutation m, Outcome o, Outcome original) {
        if (o instanceof Outcome.Broken b) {
            if (JAVA_TEXT.matcher(b.what()).find()) {
                traces++;
            }
            return "broke: " + shortened(b.what());
        }
        if (o instanceof Outcome.Refused r) {
            if (m.kind() == Mutation.Kind.NEUTRAL) {
                return "refused: " + shortened(String.join(" | ", r.texts()));
            }
            if (r.places().isEmpty()) {
                return "refused without a problem";
            }
            if (r.places().size() > MOST_PROBLEMS) {
                return r.places().size() + " problems: " + shortened(r.texts().get(0));
            }
            for (int i = 0; i < r.places().size(); i++) {
                Outcome.Place p = r.places().get(i);
                boolean wholeFile = p.line() == 0 && m.kind() == Mutation.Kind.EITHER; // e.g. a header only
                if (!t.files().containsKey(p.source()) || !wholeFile && (p.line() < 1 || p.column() < 1)) {
                    return "unlocated: " + shortened(r.texts().get(i));
                }
            }
            for (String text : r.texts()) {
                if (text.length() > MOST_CHARACTERS) {
                    return "a problem of " + text.length() + " characters: " + shortened(text);
                }
                if (JAVA_TEXT.matcher(text).find()) {
                    return "Java text: " + shortened(text);
                }
            }
            return null;
        }
        Outcome.Answer a = (Outcome.Answer) o;
        if (m.kind() == Mutation.Kind.INVALIDATING) {
            return "answered";
        }
        if (m.kind() == Mutation.Kind.NEUTRAL && !same(a.value(), ((Outcome.Answer) original).value())) {
            return "a different answer";
        }
        return null;
    }

    private static boolean same(Object a, Object b) {
        try {
            assertThat(a)
                    .usingRecursiveComparison()
                    .ignoringFieldsMatchingRegexes("(.*\\.)?(line|column)")
                    .isEqualTo(b);
            return true;
        } catch (AssertionError e) {
            return false;
        }
    }

    private static String shortened(String s) {
        String one = s.replace('\n', ' ');
        return one.length() > 300 ? one.substring(0, 300) + "…" : one;
    }

    // ---- how a reader is run

    /** Runs a library reader: its answer, its problems, or what else it threw. */
    static Outcome library(Callable<?> read, Function<Object, Object> canonical) {
        try {
            return new Outcome.Answer(canonical.apply(read.call()));
        } catch (InvalidInputException e) {
            List<Outcome.Place> places = new ArrayList<>();
            List<String> texts = new ArrayList<>();
            for (Problem p : e.problems()) {
                places.add(new Outcome.Place(p.source(), p.line(), p.column()));
                texts.add(p.text(Locale.ROOT) + " / " + p.text(Locale.SIMPLIFIED_CHINESE));
            }
            return new Outcome.Refused(places, texts);
        } catch (Throwable e) { // an OutOfMemoryError too: that is what the small heap is for
            StringWriter trace = new StringWriter();
            e.printStackTrace(new PrintWriter(trace));
            String s = trace.toString();
            return new Outcome.Broken(s.substring(0, Math.min(600, s.length())));
        }
    }

    /** Runs a command in-process: exit 0 or 1 with its output, exit 3 with its problems, or broken. */
    static Outcome cli(Path folder, String... args) {
        String[] all =
                Stream.concat(Stream.of(args), Stream.of(folder.toString())).toArray(String[]::new);
        CommandLine cl = Ruralwater.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code;
        try {
            code = cl.execute(all);
        } catch (Throwable e) {
            return new Outcome.Broken("threw " + e);
        }
        String both = out + "\n" + err;
        if (both.length() > 200_000) {
            return new Outcome.Broken("exit " + code + ": " + both.length() + " characters of output");
        }
        if (JAVA_TEXT.matcher(both).find()) {
            return new Outcome.Broken("exit " + code + ": " + both);
        }
        if (code == 0 || code == 1) {
            return new Outcome.Answer(code + "\n" + out);
        }
        if (code != 3) {
            return new Outcome.Broken("exit " + code + ": " + err);
        }
        List<Outcome.Place> places = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        for (String line : err.toString().lines().toList()) {
            if (line.startsWith("… and ")) {
                continue;
            }
            Matcher l = LOCATED.matcher(line);
            Matcher whole = WHOLE_FILE.matcher(line);
            places.add(
                    l.matches()
                            ? new Outcome.Place(l.group(1), Integer.parseInt(l.group(2)), Integer.parseInt(l.group(3)))
                            : whole.matches() ? new Outcome.Place(whole.group(1), 0, 0) : new Outcome.Place("", 0, 0));
            texts.add(line);
        }
        return new Outcome.Refused(places, texts);
    }

    // ---- the readers

    private static List<Target> targets() throws Exception {
        List<Target> t = new ArrayList<>();
        t.add(one(
                "quality samples",
                "samples.csv",
                resource("/samples.csv"),
                Set.of("sample_id", "works_id", "point"),
                f -> SampleFile.read(f, Standards.bundled().get("GB5749-2022"))));
        t.add(one(
                "assurance observations",
                "observations.csv",
                resource("/observations.csv"),
                Set.of("id", "village"),
                f -> CsvReader.forRecord(Observation.class).read(f)));
        t.add(one("assessment inputs", "kpis.csv", resource("/kpis.csv"), Set.of("assessee"), KpiFile::read));
        t.add(one(
                "work orders",
                "work-orders.csv",
                resource("/org/ruralwater/cliapp/schedule-county/work-orders.csv"),
                Set.of("id", "target", "village"),
                f -> CsvReader.forRecord(WorkOrder.class).read(f)));
        t.add(one(
                "problem tickets",
                "tickets.json",
                resource("/tickets.json"),
                Set.of(),
                f -> JsonReader.forRecord(Ticket.class).readList(f)));
        county(t);
        billing(t);
        rules(t);
        return t;
    }

    /** A reader of one file, the whole folder. */
    private static Target one(String name, String file, byte[] seed, Set<String> textColumns, ThrowingRead read) {
        return new Target(
                name,
                Map.of(file, seed),
                file,
                textColumns,
                folder -> library(() -> read.read(folder.resolve(file)), Function.identity()));
    }

    @FunctionalInterface
    interface ThrowingRead {
        Object read(Path file) throws Exception;
    }

    /** Each file of a small demo county, read with the whole folder; answers compared as written back. */
    private static void county(List<Target> t) throws IOException {
        Path dir = Files.createTempDirectory(Path.of(targetFolder()), "county-");
        DemoCounty.writeTo(dir, 12, 5);
        Map<String, byte[]> files = files(dir);
        for (County.DataFile f : County.DataFile.values()) {
            t.add(new Target(
                    "county " + f.fileName(),
                    files,
                    f.fileName(),
                    Set.of(
                            "id",
                            "code",
                            "parent",
                            "village",
                            "region",
                            "works",
                            "household",
                            "meter",
                            "phone",
                            "villages",
                            "members",
                            "crew",
                            "serves"),
                    folder -> library(() -> County.read(folder), c -> writtenBack((County) c))));
        }
        delete(dir);
    }

    /** The billing folder through the CLI, which reads it whole and checks across its files. */
    private static void billing(List<Target> t) throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("accounts.csv", resource("/billing/accounts.csv"));
        files.put("meters.csv", resource("/billing/meters.csv"));
        files.put("readings.csv", resource("/billing/readings.csv"));
        Set<String> ids = Set.of("household", "meters", "id", "meter");
        for (String f : List.of("accounts.csv", "meters.csv", "readings.csv")) {
            t.add(new Target(
                    "billing run " + f,
                    files,
                    f,
                    ids,
                    folder -> cli(
                            folder,
                            "billing",
                            "run",
                            "--period",
                            "2015-05",
                            "--subsidies",
                            "jiangdu-2015",
                            "--dry-run",
                            "--format",
                            "csv")));
        }
        // The ledger the seed's run issues, and a payment, for the commands that read them.
        Path dir = Files.createTempDirectory(Path.of(targetFolder()), "billing-");
        for (Map.Entry<String, byte[]> f : files.entrySet()) {
            Files.write(dir.resolve(f.getKey()), f.getValue());
        }
        Outcome run =
                cli(dir, "billing", "run", "--period", "2015-05", "--subsidies", "jiangdu-2015", "--format", "csv");
        assertThat(run).as("the seed's bill run").isInstanceOf(Outcome.Answer.class);
        Files.write(dir.resolve("payments.csv"), resource("/billing/payments.csv"));
        Map<String, byte[]> ledger = files(dir);
        delete(dir);
        for (String f : List.of("ledger.json", "payments.csv")) {
            t.add(new Target(
                    "billing arrears " + f,
                    ledger,
                    f,
                    Set.of("id", "household", "reverses"),
                    folder -> cli(
                            folder, "billing", "arrears", "--as-of", "2015-09-30", "--households", "--format", "csv")));
        }
    }

    /** Every bundled rule file, read as an agency's own file would be. */
    private static void rules(List<Target> t) throws IOException {
        for (String f : names("/org/ruralwater/billing/tariff/", "tariffs.index")) {
            t.add(one(
                    "tariff " + f,
                    f,
                    resource("/org/ruralwater/billing/tariff/" + f),
                    Set.of(),
                    p -> Tariffs.none().with(List.of(p))));
        }
        for (String f : names("/org/ruralwater/qualityrules/standard/", "standards.index")) {
            t.add(one(
                    "standard " + f,
                    f,
                    resource("/org/ruralwater/qualityrules/standard/" + f),
                    Set.of(),
                    p -> Standards.bundled().with(List.of(p))));
        }
        for (String f : names("/org/ruralwater/assurance/safewater/", "rule-sets.index")) {
            t.add(one(
                    "safe-water rules " + f,
                    f,
                    resource("/org/ruralwater/assurance/safewater/" + f),
                    Set.of(),
                    p -> SafeWaterRules.bundled().with(List.of(p))));
        }
        for (String f : names("/org/ruralwater/core/calendar/", "cn.index")) {
            t.add(one(
                    "work calendar " + f,
                    f,
                    resource("/org/ruralwater/core/calendar/" + f),
                    Set.of(),
                    p -> WorkCalendar.read(List.of(p))));
        }
        rule(t, "/org/ruralwater/assurance/monitoring/mwr-2023-triggers.json", RiskTriggers::read);
        rule(t, "/org/ruralwater/assurance/monitoring/shanxi-2023.json", DeadlineRules::read);
        rule(t, "/org/ruralwater/assurance/assessment/county-annual-example.json", AssessmentScheme::read);
        rule(t, "/org/ruralwater/assurance/assessment/beibei-works-2022.json", AssessmentScheme::read);
        rule(t, "/org/ruralwater/assurance/emergency/cn-emergency-norms.json", EmergencyNorms::read);
        rule(t, "/org/ruralwater/assurance/responsibility/cn-manager-norms-example.json", ManagerNorms::read);
        rule(t, "/org/ruralwater/billing/subsidy/jiangdu-2015.json", Subsidies::read);
        rule(t, "/org/ruralwater/maintenance/plan/cn-rural-maintenance.json", Catalogue::read);
        rule(t, "/org/ruralwater/maintenance/workorder/cn-county-commitments.json", ResponseCommitments::read);
        rule(t, "/org/ruralwater/qualityrules/coverage/cn-rural-sampling.json", SamplingProgramme::read);
    }

    private static void rule(List<Target> t, String resource, ThrowingRead read) {
        String file = resource.substring(resource.lastIndexOf('/') + 1);
        t.add(one("rule file " + file, file, resource(resource), Set.of(), read));
    }

    // ---- files

    private static String targetFolder() throws IOException {
        return Files.createDirectories(Path.of("target")).toString();
    }

    private static byte[] resource(String name) {
        try (InputStream in = ReaderFuzzTest.class.getResourceAsStream(
                name.startsWith("/org/") ? name : "/org/ruralwater/cliapp/fuzz" + name)) {
            assertThat(in).as("resource %s", name).isNotNull();
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> names(String folder, String index) {
        return new String(resource(folder + index), StandardCharsets.UTF_8)
                .lines()
                .map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                .toList();
    }

    private static Map<String, byte[]> files(Path dir) throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.sorted().toList()) {
                if (Files.isRegularFile(p) && !p.getFileName().toString().endsWith(".lock")) {
                    files.put(p.getFileName().toString(), Files.readAllBytes(p));
                }
            }
        }
        return files;
    }

    private static Map<String, String> writtenBack(County c) {
        try {
            Path dir = Files.createTempDirectory(Path.of(targetFolder()), "written-");
            c.write(dir);
            Map<String, String> texts = new LinkedHashMap<>();
            files(dir).forEach((k, v) -> texts.put(k, new String(v, StandardCharsets.UTF_8)));
            delete(dir);
            return texts;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
