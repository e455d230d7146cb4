package org.ruralwater.webapp.imports;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ruralwater.core.datafile.InvalidInputException;
import org.ruralwater.core.datafile.Problem;
import org.ruralwater.core.wording.Phrase;
import org.ruralwater.store.Store;
import org.ruralwater.store.access.Actor;
import org.ruralwater.store.audit.Batch;
import org.ruralwater.store.county.CountyRecords;
import org.ruralwater.store.people.User;
import org.ruralwater.webapp.access.Action;
import org.ruralwater.webapp.audit.RecordKind;
import org.ruralwater.webapp.page.Frame;
import org.ruralwater.webapp.page.Pages;
import org.ruralwater.webapp.register.Registers;
import org.ruralwater.webapp.signin.SignIn;
import org.ruralwater.webapp.wording.WebWords;

/**
 * The import page: a county folder as a .zip, or one of its files (CSV or workbook), uploaded with the
 * session's CSRF token and imported through the store within the user's scope, all or nothing; every
 * problem shown with its file, line or cell, field, what was expected and what was found; and the history
 * of imports and edits, from the audit log.
 *
 * <p>One file is imported as the county folder it belongs to: the store's county is exported into a
 * scratch folder, the file put in place of its namesake, and the folder imported, so that its references to
 * the other files are checked as a whole folder's are.
 */
public final class Imports {

    private static final int HISTORY = 20;

    private final Store store;
    private final Pages pages;
    private final SignIn signIn;

    public Imports(Store store, Pages pages, SignIn signIn) {
        this.store = store;
        this.pages = pages;
        this.signIn = signIn;
    }

    public void addTo(RoutesConfig routes) {
        routes.get("/imports", ctx -> page(ctx, signIn.frame(ctx), Map.of(), HttpStatus.OK));
        routes.post("/imports", this::upload);
    }

    /**
     * Refuses, before its body is read, an upload that says it is larger than an upload may be (a 413 page);
     * one that does not say is cut off by the servlet container's multipart limit.
     */
    public void refuseOversized(Context ctx) {
        if (ctx.method().name().equals("POST") && ctx.req().getContentLengthLong() > Upload.MAX_BYTES + 64 * 1024) {
            ctx.status(HttpStatus.CONTENT_TOO_LARGE);
            Frame frame = signIn.frame(ctx);
            pages.render(
                    ctx,
                    "message.jte",
                    frame,
                    Map.of("message", frame.word(WebWords.UPLOAD_TOO_LARGE, Upload.mb(Upload.MAX_BYTES))));
            ctx.skipRemainingHandlers();
        }
    }

    /** The most an upload may be, for the servlet container's multipart limits. */
    public static long maxUploadBytes() {
        return Upload.MAX_BYTES;
    }

    private void page(Context ctx, Frame frame, Map<String, Object> outcome, HttpStatus status) {
        if (!frame.may(Action.IMPORT) && !frame.may(Action.VIEW_AUDIT_LOG)) {
            pages.notAllowed(ctx, frame);
            return;
        }
        User user = frame.signedIn().orElseThrow();
        List<HistoryRow> history = new ArrayList<>();
        for (Batch b : store.audit().batches(user.scope(), HISTORY)) {
            List<String> changed = new ArrayList<>();
            for (Batch.Tally t : b.tallies()) {
                changed.add(RecordKind.label(t.kind(), frame.locale()) + " "
                        + frame.word(t.action().equals("insert") ? WebWords.INSERTED : WebWords.UPDATED) + " "
                        + t.count());
            }
            String href = "/audit?at=" + URLEncoder.encode(b.at().toString(), StandardCharsets.UTF_8) + "&actor="
                    + URLEncoder.encode(b.actor(), StandardCharsets.UTF_8);
            history.add(new HistoryRow(frame.time(b.at()), b.actor(), changed, href));
        }
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("history", history);
        model.put("maxMb", Upload.mb(Upload.MAX_BYTES));
        model.put("result", "");
        model.put("problems", List.of());
        model.put("problemCount", 0);
        model.putAll(outcome);
        ctx.status(status);
        pages.render(ctx, "imports.jte", frame, model);
    }

    private void upload(Context ctx) {
        Frame frame = signIn.frame(ctx);
        if (!frame.may(Action.IMPORT)) {
            pages.notAllowed(ctx, frame);
            return;
        }
        User user = frame.signedIn().orElseThrow();
        UploadedFile file = ctx.uploadedFile("file");
        String name = file == null ? "" : Upload.baseName(file.filename());
        List<Problem> problems;
        CountyRecords.Imported imported = null;
        try (Scratch scratch = Scratch.folder("ruralwater-import-")) {
            Path folder = scratch.path();
            if (file == null || name.isBlank()) {
                problems = List.of(
                        Upload.problem("", Phrase.of(WebWords.UPLOAD_A_FILE), Phrase.of(WebWords.UPLOAD_NOTHING)));
            } else if (file.size() > Upload.MAX_BYTES) {
                problems = List.of(Upload.problem(
                        name,
                        Phrase.of(WebWords.UPLOAD_AT_MOST, Upload.mb(Upload.MAX_BYTES)),
                        Phrase.of(WebWords.UPLOAD_LARGER)));
            } else if (Upload.isArchive(name)) {
                try (InputStream in = file.content()) {
                    problems = Upload.unpack(name, in, folder);
                }
            } else if (Upload.countyFile(name).isPresent()) {
                store.county().export(Registers.countyOf(user), folder);
                Files.deleteIfExists(folder.resolve(name.replaceFirst("\\.xlsx$", ".csv")));
                try (InputStream in = file.content()) {
                    Files.copy(in, folder.resolve(name));
                }
                problems = List.of();
            } else {
                problems = List.of(Upload.problem(
                        name, Phrase.of(WebWords.UPLOAD_COUNTY_FILE, Upload.allowedNames()), Phrase.quoted(name)));
            }
            if (problems.isEmpty()) {
                try {
                    imported = store.county().importFolder(user.scope(), Actor.user(user.name()), folder);
                } catch (InvalidInputException e) {
                    problems = e.problems();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (imported != null) {
            page(
                    ctx,
                    frame,
                    Map.of(
                            "result",
                            frame.word(
                                    WebWords.IMPORTED, imported.inserted(), imported.updated(), imported.unchanged())),
                    HttpStatus.OK);
            return;
        }
        page(
                ctx,
                frame,
                Map.of("problems", ProblemRow.shown(problems, frame.locale()), "problemCount", problems.size()),
                HttpStatus.UNPROCESSABLE_CONTENT);
    }
}
