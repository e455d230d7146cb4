package org.ruralwater.webapp.audit;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ruralwater.core.asset.Asset;
import org.ruralwater.core.county.County;
import org.ruralwater.core.datafile.CsvReader;
import org.ruralwater.core.household.Household;
import org.ruralwater.core.household.Meter;
import org.ruralwater.core.household.Village;
import org.ruralwater.core.region.Region;
import org.ruralwater.core.staff.Crew;
import org.ruralwater.core.staff.WaterManager;
import org.ruralwater.core.works.SupplyWorks;
import org.ruralwater.store.Store;
import org.ruralwater.store.audit.Change;
import org.ruralwater.store.people.User;
import org.ruralwater.webapp.access.Action;
import org.ruralwater.webapp.page.Frame;
import org.ruralwater.webapp.page.Pages;
import org.ruralwater.webapp.record.Column;
import org.ruralwater.webapp.record.RecordText;
import org.ruralwater.webapp.signin.SignIn;
import org.ruralwater.webapp.wording.WebWords;

/**
 * The audit log as a page, newest first, a page at a time, within the user's scope, for the roles that
 * may read it: who changed what and when, and for an update of a county record the columns it changed,
 * before and after. {@code ?at=…&actor=…} shows one batch (one import or edit) alone.
 */
public final class AuditPage {

    static final int PAGE_SIZE = 50;

    /** The columns of each county file, to set an update's lines side by side. */
    private static final Map<String, List<String>> COLUMNS = columns();

    private final Store store;
    private final Pages pages;
    private final SignIn signIn;

    public AuditPage(Store store, Pages pages, SignIn signIn) {
        this.store = store;
        this.pages = pages;
        this.signIn = signIn;
    }

    private static Map<String, List<String>> columns() {
        Map<County.DataFile, Class<? extends Record>> types = Map.of(
                County.DataFile.REGIONS, Region.class,
                County.DataFile.VILLAGES, Village.class,
                County.DataFile.WORKS, SupplyWorks.class,
                County.DataFile.HOUSEHOLDS, Household.class,
                County.DataFile.METERS, Meter.class,
                County.DataFile.ASSETS, Asset.class,
                County.DataFile.WATER_MANAGERS, WaterManager.class,
                County.DataFile.CREWS, Crew.class);
        Map<String, List<String>> out = new HashMap<>();
        types.forEach((file, type) -> out.put(
                file.fileName().replace(".csv", ""), CsvReader.forRecord(type).columns()));
        return Map.copyOf(out);
    }

    public void addTo(RoutesConfig routes) {
        routes.get("/audit", this::show);
    }

    private void show(Context ctx) {
        Frame frame = signIn.frame(ctx);
        if (!frame.may(Action.VIEW_AUDIT_LOG)) {
            pages.notAllowed(ctx, frame);
            return;
        }
        User user = frame.signedIn().orElseThrow();
        Optional<Instant> at = batchTime(ctx.queryParam("at"));
        String actor = Optional.ofNullable(ctx.queryParam("actor")).orElse("");
        if (at.isPresent() && actor.isEmpty()) {
            throw new NotFoundResponse();
        }
        long count = at.isPresent()
                ? store.audit().countOf(user.scope(), at.get(), actor)
                : store.audit().count(user.scope());
        int pageCount = (int) Math.max(1, (count + PAGE_SIZE - 1) / PAGE_SIZE);
        int page = Math.min(pageCount, pageNumber(ctx.queryParam("page")));
        int offset = (page - 1) * PAGE_SIZE;
        List<Change> changes = at.isPresent()
                ? store.audit().newestOf(user.scope(), at.get(), actor, offset, PAGE_SIZE)
                : store.audit().newest(user.scope(), offset, PAGE_SIZE);
        List<AuditRow> rows = rows(changes, frame);
        String filter = at.isEmpty()
                ? ""
                : "at=" + URLEncoder.encode(at.get().toString(), StandardCharsets.UTF_8) + "&actor="
                        + URLEncoder.encode(actor, StandardCharsets.UTF_8) + "&";
        pages.render(
                ctx,
                "audit.jte",
                frame,
                Map.of(
                        "rows", rows,
                        "count", count,
                        "page", page,
                        "pages", pageCount,
                        "filter", filter,
                        "batch", at.isPresent()));
    }

    /** The instant of a batch asked for, or empty for the whole log; a malformed one names no batch (404). */
    private static Optional<Instant> batchTime(String asked) {
        if (asked == null || asked.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Instant.parse(asked));
        } catch (DateTimeParseException e) {
            throw new NotFoundResponse();
        }
    }

    static int pageNumber(String asked) {
        if (asked == null
                || asked.isEmpty()
                || asked.length() > 9
                || !asked.chars().allMatch(Character::isDigit)) {
            return 1;
        }
        return Math.max(1, Integer.parseInt(asked));
    }

    /** The changes as rows of a page, an update of a county record as the columns it changed. */
    public static List<AuditRow> rows(List<Change> changes, Frame frame) {
        List<AuditRow> rows = new ArrayList<>(changes.size());
        for (Change c : changes) {
            rows.add(row(c, frame));
        }
        return rows;
    }

    private static AuditRow row(Change c, Frame frame) {
        String before = c.before().orElse("");
        String after = c.after().orElse("");
        List<AuditRow.Difference> differences = new ArrayList<>();
        List<String> columns = COLUMNS.get(c.kind());
        if (columns != null && c.before().isPresent() && c.after().isPresent()) {
            List<String> b = RecordText.split(before);
            List<String> a = RecordText.split(after);
            if (b.size() == columns.size() && a.size() == columns.size()) {
                for (int i = 0; i < columns.size(); i++) {
                    if (!b.get(i).equals(a.get(i))) {
                        String column = columns.get(i);
                        String label = Column.of(column).map(frame::label).orElse(column);
                        differences.add(new AuditRow.Difference(label, b.get(i), a.get(i)));
                    }
                }
            }
        }
        return new AuditRow(
                frame.time(c.at()),
                c.actor(),
                frame.word(c.action().equals("insert") ? WebWords.INSERTED : WebWords.UPDATED),
                RecordKind.label(c.kind(), frame.locale()),
                // A village's new records together have no one key: their lines say which.
                c.together() ? "" : c.key(),
                c.region().orElse(""),
                differences,
                before,
                firstLines(after, frame));
    }

    /** Lines shown of a change that holds many (an import's new readings of a village): the rest counted. */
    static final int LINES_SHOWN = 3;

    private static String firstLines(String text, Frame frame) {
        List<String> lines = text.lines().toList();
        if (lines.size() <= LINES_SHOWN) {
            return text;
        }
        return String.join("\n", lines.subList(0, LINES_SHOWN)) + "\n"
                + frame.word(WebWords.MORE_LINES, String.valueOf(lines.size() - LINES_SHOWN));
    }
}
