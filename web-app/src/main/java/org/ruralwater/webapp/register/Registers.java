package org.ruralwater.webapp.register;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ruralwater.core.datafile.Problem;
import org.ruralwater.core.region.RegionCode;
import org.ruralwater.core.wording.Phrase;
import org.ruralwater.store.Store;
import org.ruralwater.store.audit.Change;
import org.ruralwater.store.people.User;
import org.ruralwater.webapp.access.Action;
import org.ruralwater.webapp.page.Frame;
import org.ruralwater.webapp.page.Pages;
import org.ruralwater.webapp.signin.SignIn;
import org.ruralwater.webapp.wording.WebWords;

/**
 * The registers of villages, supply works and households within the user's region: a searchable list a
 * page at a time, a record's page with its history, and, for those who may edit a register, an edit form
 * read as the county file's row is and saved through the store. A record outside the user's scope, or a key
 * that names none, is the same 404.
 */
public final class Registers {

    /** Rows a page of a register shows. */
    static final int PAGE_SIZE = 50;

    /** The longest search kept: a search is a few characters of a name or a code. */
    private static final int MAX_QUERY = 100;

    private final RegisterRecords records;
    private final Store store;
    private final Pages pages;
    private final SignIn signIn;

    public Registers(Store store, CountySnapshots snapshots, Pages pages, SignIn signIn) {
        this.store = store;
        this.records = new RegisterRecords(store, snapshots);
        this.pages = pages;
        this.signIn = signIn;
    }

    /**
     * The scope of the county the user's region lies in (the user's own region above a county): where the
     * regions, villages and works the user's records refer to are read from.
     */
    public static org.ruralwater.store.access.Scope countyOf(User user) {
        return RegisterRecords.countyOf(user);
    }

    public void addTo(RoutesConfig routes) {
        routes.get("/registers", ctx -> ctx.redirect("/registers/villages", HttpStatus.SEE_OTHER));
        routes.get("/registers/{kind}", this::list);
        routes.get("/registers/{kind}/{key}", this::show);
        routes.get("/registers/{kind}/{key}/edit", this::editForm);
        routes.post("/registers/{kind}/{key}", this::save);
    }

    private static RegisterKind kind(Context ctx) {
        return RegisterKind.of(ctx.pathParam("kind")).orElseThrow(NotFoundResponse::new);
    }

    private void list(Context ctx) {
        Frame frame = signIn.frame(ctx);
        User user = frame.signedIn().orElseThrow();
        RegisterKind kind = kind(ctx);
        String query = Optional.ofNullable(ctx.queryParam("q")).orElse("").strip();
        if (query.length() > MAX_QUERY) {
            query = query.substring(0, MAX_QUERY);
        }
        Map<RegionCode, String> names = records.names(user);
        RegisterRecords.Page found = records.page(kind, user, query, pageNumber(ctx.queryParam("page")), PAGE_SIZE);
        List<Listing.Row> rows = new ArrayList<>();
        for (Record r : found.records()) {
            String key = kind.key(r);
            rows.add(
                    new Listing.Row(key, RecordView.href(kind, key), RecordView.cells(kind, r, frame.locale(), names)));
        }
        int page = found.page();
        int pageCount = found.pageCount();
        List<String> headers = new ArrayList<>();
        kind.columns().forEach(c -> headers.add(RecordView.label(c, frame.locale())));
        pages.render(
                ctx,
                "register-list.jte",
                frame,
                Map.of(
                        "listing",
                        new Listing(kind, headers, rows, query, page, pageCount, found.total()),
                        "kinds",
                        List.of(RegisterKind.values())));
    }

    /** The page asked for, from 1; anything else (absent, not a number, below 1) is the first. */
    static int pageNumber(String asked) {
        if (asked == null
                || asked.isEmpty()
                || asked.length() > 9
                || !asked.chars().allMatch(Character::isDigit)) {
            return 1;
        }
        return Math.max(1, Integer.parseInt(asked));
    }

    private void show(Context ctx) {
        Frame frame = signIn.frame(ctx);
        User user = frame.signedIn().orElseThrow();
        RegisterKind kind = kind(ctx);
        String key = ctx.pathParam("key");
        Record record = records.find(kind, user, key).orElseThrow(NotFoundResponse::new);
        Map<RegionCode, String> names = records.names(user);
        List<String> values = RecordView.fileValues(kind, List.of(record)).get(0);
        List<Change> history = store.audit().changesOf(user.scope(), kind.storeKind(), key);
        pages.render(
                ctx,
                "register-record.jte",
                frame,
                Map.of(
                        "kind",
                        kind,
                        "key",
                        key,
                        "href",
                        RecordView.href(kind, key),
                        "fields",
                        RecordView.fields(kind, record, values, Map.of(), frame.locale(), names),
                        "history",
                        org.ruralwater.webapp.audit.AuditPage.rows(history, frame),
                        "heading",
                        kind == RegisterKind.HOUSEHOLDS
                                ? frame.label(kind)
                                : RecordView.cells(kind, record, frame.locale(), names)
                                        .get(1),
                        "saved",
                        ctx.queryParam("saved") != null));
    }

    private void editForm(Context ctx) {
        Frame frame = signIn.frame(ctx);
        User user = frame.signedIn().orElseThrow();
        RegisterKind kind = kind(ctx);
        String key = ctx.pathParam("key");
        Record record = records.find(kind, user, key).orElseThrow(NotFoundResponse::new);
        if (!frame.may(Action.EDIT_REGISTER)) {
            pages.notAllowed(ctx, frame);
            return;
        }
        List<String> values = RecordView.fileValues(kind, List.of(record)).get(0);
        renderForm(ctx, frame, kind, key, record, values, List.of(), HttpStatus.OK);
    }

    private void save(Context ctx) {
        Frame frame = signIn.frame(ctx);
        User user = frame.signedIn().orElseThrow();
        RegisterKind kind = kind(ctx);
        String key = ctx.pathParam("key");
        // Another region's record is not found, whoever asks; only then does the role matter.
        Record current = records.find(kind, user, key).orElseThrow(NotFoundResponse::new);
        if (!frame.may(Action.EDIT_REGISTER)) {
            pages.notAllowed(ctx, frame);
            return;
        }
        List<String> values = new ArrayList<>();
        for (int i = 0; i < kind.columns().size(); i++) {
            // The key is the record's: a form cannot move an edit onto another record.
            String sent = i == 0 ? key : ctx.formParam(kind.columns().get(i));
            values.add(sent == null ? "" : sent.strip());
        }
        RecordForm.Outcome read = RecordForm.read(kind, values);
        List<Problem> problems = read.problems();
        if (problems.isEmpty()) {
            problems = records.save(kind, user, read.record().orElseThrow());
        }
        if (problems.isEmpty()) {
            ctx.redirect(RecordView.href(kind, key) + "?saved", HttpStatus.SEE_OTHER);
            return;
        }
        renderForm(ctx, frame, kind, key, current, values, problems, HttpStatus.UNPROCESSABLE_CONTENT);
    }

    private void renderForm(
            Context ctx,
            Frame frame,
            RegisterKind kind,
            String key,
            Record record,
            List<String> values,
            List<Problem> problems,
            HttpStatus status) {
        Map<String, List<String>> byField = new HashMap<>();
        List<String> general = new ArrayList<>();
        for (Problem p : problems) {
            String text =
                    Phrase.of(WebWords.FIELD_PROBLEM, p.expected(), p.found()).in(frame.locale());
            if (kind.columns().contains(p.field())) {
                byField.computeIfAbsent(p.field(), f -> new ArrayList<>()).add(text);
            } else {
                general.add(p.text(frame.locale()));
            }
        }
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("kind", kind);
        model.put("key", key);
        model.put("href", RecordView.href(kind, key));
        model.put(
                "fields",
                RecordView.fields(
                        kind,
                        record,
                        values,
                        byField,
                        frame.locale(),
                        records.names(frame.signedIn().orElseThrow())));
        model.put("general", general);
        model.put("failed", !problems.isEmpty());
        ctx.status(status);
        pages.render(ctx, "register-edit.jte", frame, model);
    }
}
