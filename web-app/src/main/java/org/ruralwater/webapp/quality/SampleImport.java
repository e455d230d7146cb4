package org.ruralwater.webapp.quality;

import static java.util.Objects.requireNonNull;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.ruralwater.core.datafile.InvalidInputException;
import org.ruralwater.core.datafile.Located;
import org.ruralwater.core.datafile.Problem;
import org.ruralwater.core.wording.Phrase;
import org.ruralwater.qualityrules.sample.Sample;
import org.ruralwater.qualityrules.sample.SampleFile;
import org.ruralwater.qualityrules.standard.Standard;
import org.ruralwater.store.Store;
import org.ruralwater.store.access.Actor;
import org.ruralwater.store.database.RecordRows;
import org.ruralwater.store.people.User;
import org.ruralwater.webapp.access.Action;
import org.ruralwater.webapp.imports.ProblemRow;
import org.ruralwater.webapp.imports.Scratch;
import org.ruralwater.webapp.page.Frame;
import org.ruralwater.webapp.page.Pages;
import org.ruralwater.webapp.signin.SignIn;

/**
 * {@code /quality/import}: a sample file (quality-rules' long format, as CSV or a workbook) uploaded and
 * stored within the user's scope, all or nothing: every problem of the file (read by quality-rules' strict
 * reader, at its line and column or sheet and cell) and of the store (a works outside the scope, a sample
 * differing from the stored one under its number, at the sample's first line) is shown, and then nothing is
 * written. The same file again changes nothing. The platform's upload limits apply, as on {@code /imports}.
 */
final class SampleImport {

    private final Store store;
    private final Pages pages;
    private final SignIn signIn;
    private final Judging judging;

    SampleImport(Store store, Pages pages, SignIn signIn, Judging judging) {
        this.store = requireNonNull(store, "store");
        this.pages = requireNonNull(pages, "pages");
        this.signIn = requireNonNull(signIn, "signIn");
        this.judging = requireNonNull(judging, "judging");
    }

    void addTo(RoutesConfig routes) {
        routes.get("/quality/import", ctx -> page(ctx, signIn.frame(ctx), "", List.of(), 0));
        routes.post("/quality/import", this::upload);
    }

    private void page(Context ctx, Frame frame, String result, List<ProblemRow> problems, int count) {
        if (!frame.may(Action.RECORD_SAMPLE)) {
            pages.notAllowed(ctx, frame);
            return;
        }
        Map<String, Object> model = new HashMap<>();
        model.put("result", result);
        model.put("problems", problems);
        model.put("problemCount", count);
        model.put("columns", String.join(",", SampleFile.columns()));
        model.put("standards", Judging.STANDARDS);
        pages.render(ctx, "quality/import.jte", frame, model);
    }

    private void upload(Context ctx) {
        Frame frame = signIn.frame(ctx);
        if (!frame.may(Action.RECORD_SAMPLE)) {
            pages.notAllowed(ctx, frame);
            return;
        }
        User user = frame.signedIn().orElseThrow();
        String standardId = ctx.formParam("standard");
        Standard standard = judging.standard(
                standardId != null && Judging.STANDARDS.contains(standardId) ? standardId : Judging.STANDARDS.get(0));
        UploadedFile file = ctx.uploadedFile("file");
        String name = file == null ? "" : fileName(file.filename());
        List<Problem> problems;
        RecordRows.Counts counts = null;
        if (file == null || name.isEmpty()) {
            problems = List.of(new Problem(
                    name.isEmpty() && file != null ? file.filename() : "",
                    0,
                    0,
                    "file",
                    Phrase.of(DeskWords.IMPORT_A_SAMPLE_FILE),
                    file == null ? Phrase.of(DeskWords.NOTHING_GIVEN) : Phrase.quoted(file.filename())));
        } else {
            try (Scratch scratch = Scratch.folder("ruralwater-samples-")) {
                Path saved = scratch.path().resolve(name);
                try (InputStream in = file.content()) {
                    Files.copy(in, saved);
                }
                List<Sample> samples = SampleFile.read(saved, standard);
                Map<String, Integer> lines = name.endsWith(".csv") ? firstLines(saved) : Map.of();
                List<Located<Sample>> located = new ArrayList<>();
                samples.forEach(s -> located.add(new Located<>(name, lines.getOrDefault(s.id(), 0), s)));
                counts = store.quality()
                        .importSamples(user.scope(), Actor.user(user.name()), located, judging.asTested(standard));
                problems = List.of();
            } catch (InvalidInputException e) {
                problems = e.problems();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        if (counts != null) {
            page(ctx, frame, DeskWords.IMPORTED.in(frame, name, counts.inserted(), counts.unchanged()), List.of(), 0);
            return;
        }
        ctx.status(HttpStatus.UNPROCESSABLE_CONTENT);
        page(ctx, frame, "", ProblemRow.shown(problems, frame.locale()), problems.size());
    }

    /**
     * The uploaded file's own name, without any folder a browser sent, when it is a CSV or workbook of letters,
     * digits, {@code -}, {@code _} and {@code .}; else empty (the name is shown in problems and used for the
     * scratch file, so nothing else is taken).
     */
    static String fileName(String sent) {
        String n = sent.replace('\\', '/');
        n = n.substring(n.lastIndexOf('/') + 1);
        String lower = n.toLowerCase(Locale.ROOT);
        boolean known = lower.endsWith(".csv") || lower.endsWith(".xlsx");
        if (!known || !n.matches("[A-Za-z0-9._-]{1,100}") || n.startsWith(".")) {
            return "";
        }
        return n.substring(0, n.lastIndexOf('.')) + lower.substring(lower.lastIndexOf('.'));
    }

    /** The line of each sample's first row (line 1 is the header): its first field, quoted or not. */
    private static Map<String, Integer> firstLines(Path csv) throws IOException {
        Map<String, Integer> out = new HashMap<>();
        // Sample numbers are ASCII: read byte by byte, whatever the file's encoding (UTF-8 or GBK).
        List<String> lines =
                Files.readString(csv, StandardCharsets.ISO_8859_1).lines().toList();
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i);
            int comma = line.indexOf(',');
            String first = (comma < 0 ? line : line.substring(0, comma)).strip();
            if (first.length() >= 2 && first.startsWith("\"") && first.endsWith("\"")) {
                first = first.substring(1, first.length() - 1);
            }
            out.putIfAbsent(first, i + 1);
        }
        return out;
    }
}
