package org.ruralwater.webapp.safewater;

import static java.util.Objects.requireNonNull;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.ruralwater.assurance.monitoring.ProblemType;
import org.ruralwater.assurance.monitoring.RectificationClass;
import org.ruralwater.assurance.monitoring.Ticket;
import org.ruralwater.core.county.County;
import org.ruralwater.core.datafile.Coded;
import org.ruralwater.core.household.Village;
import org.ruralwater.core.identity.Identifiers;
import org.ruralwater.core.region.RegionCode;
import org.ruralwater.core.region.RegionLevel;
import org.ruralwater.core.wording.Phrase;
import org.ruralwater.core.wording.RefusalException;
import org.ruralwater.escalation.links.Links;
import org.ruralwater.escalation.watch.EscalatedTicket;
import org.ruralwater.escalation.wording.EscalationWords;
import org.ruralwater.store.Store;
import org.ruralwater.store.access.Actor;
import org.ruralwater.store.audit.Change;
import org.ruralwater.store.people.User;
import org.ruralwater.webapp.access.Action;
import org.ruralwater.webapp.page.Frame;
import org.ruralwater.webapp.page.Pages;
import org.ruralwater.webapp.register.CountySnapshots;
import org.ruralwater.webapp.register.Registers;
import org.ruralwater.webapp.signin.SignIn;

/**
 * The problem tickets of the user's region: the list (by state, township, overdue), a ticket's page with every
 * step (who, when, what, and who recorded it when, from the audit log), and the forms of the steps the user's
 * role may take from the ticket's state. Every step is checked twice on the server: the role × action table
 * (403 otherwise) and assurance's lifecycle, through the store (409 when the ticket has moved on). A ticket
 * outside the user's scope, like an id that names none, is 404, whoever asks.
 */
public final class TicketDesk {

    /** The longest text of a step or a description: a paragraph, not a report (those are attached elsewhere). */
    static final int MAX_TEXT = 2000;

    private static final DateTimeFormatter ID_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss", Locale.ROOT);

    private final Store store;
    private final CountySnapshots snapshots;
    private final Pages pages;
    private final SignIn signIn;
    private final Clock clock;
    private final LedgerSettings settings;
    private final Retests retests;
    private final SecureRandom random = new SecureRandom();

    public TicketDesk(Store store, CountySnapshots snapshots, Pages pages, SignIn signIn, Clock clock) {
        this.store = requireNonNull(store, "store");
        this.snapshots = requireNonNull(snapshots, "snapshots");
        this.pages = requireNonNull(pages, "pages");
        this.signIn = requireNonNull(signIn, "signIn");
        this.clock = requireNonNull(clock, "clock");
        this.settings = LedgerSettings.bundled();
        this.retests = new Retests(store.quality(), Links.bundled());
    }

    public void addTo(RoutesConfig routes) {
        routes.get("/tickets", this::list);
        routes.get("/tickets/new", this::newForm);
        routes.post("/tickets", this::open);
        routes.get("/tickets/{id}", this::show);
        routes.post("/tickets/{id}/{step}", this::step);
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
    }

    private County county(User user) {
        return snapshots.county(Registers.countyOf(user));
    }

    /** The names of the county's regions and villages, by code. */
    static Map<RegionCode, String> names(County county) {
        Map<RegionCode, String> names = new HashMap<>();
        for (RegionLevel level : RegionLevel.values()) {
            county.regions().atLevel(level).forEach(r -> names.put(r.code(), r.name()));
        }
        county.villages().forEach(v -> names.put(v.code(), v.name()));
        return names;
    }

    /** The townships a user may filter by: those within the user's region, or the one the user's region lies in. */
    static List<org.ruralwater.core.region.Region> townships(County county, User user) {
        return county.regions().atLevel(RegionLevel.TOWNSHIP).stream()
                .filter(t -> Asked.within(t.code(), user.region()) || Asked.within(user.region(), t.code()))
                .toList();
    }

    private void list(Context ctx) {
        Frame frame = signIn.frame(ctx);
        User user = frame.signedIn().orElseThrow();
        County county = county(user);
        List<org.ruralwater.core.region.Region> townships = townships(county, user);
        String townshipAsked = param(ctx, "township");
        Optional<RegionCode> township = Optional.empty();
        if (!townshipAsked.isEmpty()) {
            // Another region's township is not found, as on the dashboard: its code is not even confirmed.
            township = Optional.of(townships.stream()
                    .map(org.ruralwater.core.region.Region::code)
                    .filter(c -> c.value().equals(townshipAsked))
                    .findFirst()
                    .orElseThrow(NotFoundResponse::new));
        }
        Optional<Ticket.State> state = Coded.parse(Ticket.State.class, param(ctx, "state"));
        boolean overdue = !param(ctx, "overdue").isEmpty();
        LocalDate today = LocalDate.now(clock);
        List<Ticket> shown = new ArrayList<>();
        for (Ticket t : store.tickets().tickets(user.scope())) {
            if (township.isPresent() && !t.village().isWithin(township.get())) {
                continue;
            }
            if (state.isPresent() && t.state() != state.get()) {
                continue;
            }
            if (overdue && !t.isOverdue(today)) {
                continue;
            }
            shown.add(t);
        }
        shown.sort(Comparator.comparing(Ticket::openedAt).reversed().thenComparing(Ticket::id));
        Map<String, Object> model = new HashMap<>();
        model.put("tickets", TicketView.of(shown, today, names(county), frame));
        model.put("townships", townships);
        model.put("township", township.map(RegionCode::value).orElse(""));
        model.put("states", List.of(Ticket.State.values()));
        model.put("state", state.map(Ticket.State::code).orElse(""));
        model.put("overdue", overdue);
        model.put("today", today.toString());
        pages.render(ctx, "safewater/tickets.jte", frame, model);
    }

    private void show(Context ctx) {
        Frame frame = signIn.frame(ctx);
        User user = frame.signedIn().orElseThrow();
        Ticket t = store.tickets().ticket(user.scope(), ctx.pathParam("id")).orElseThrow(NotFoundResponse::new);
        String done = param(ctx, "done");
        Optional<String> message = TicketStep.of(done)
                .map(s -> LedgerWords.STEP_DONE.in(frame, s.verb().in(frame)));
        render(ctx, frame, user, t, message, null, HttpStatus.OK);
    }

    private void render(
            Context ctx,
            Frame frame,
            User user,
            Ticket t,
            Optional<String> done,
            @Nullable String problem,
            HttpStatus status) {
        County county = county(user);
        LocalDate today = LocalDate.now(clock);
        List<HistoryRow> history = new ArrayList<>();
        for (int i = 0; i < t.history().size(); i++) {
            Ticket.Step s = t.history().get(i);
            List<Change> recorded = store.audit().changesOf(user.scope(), "ticket_events", t.id() + "#" + (i + 1));
            history.add(new HistoryRow(
                    frame.label(s.state()),
                    s.state().code(),
                    TicketView.time(s.at()),
                    s.by(),
                    note(s, frame),
                    recorded.isEmpty() ? "" : recorded.get(0).actor(),
                    recorded.isEmpty() ? "" : frame.time(recorded.get(0).at())));
        }
        List<TicketStep> offered = new ArrayList<>();
        for (TicketStep step : TicketStep.values()) {
            if (frame.may(step.action()) && step.takes(t)) {
                offered.add(step);
            }
        }
        boolean retestNeeded = retests.needed(t, county);
        List<String> candidates = retestNeeded && offered.contains(TicketStep.CLOSE)
                ? retests.candidates(user.scope(), t, county, now())
                : List.of();
        Map<String, Object> model = new HashMap<>();
        model.put("ticket", TicketView.of(t, today, names(county), frame));
        model.put("history", history);
        model.put("steps", offered);
        model.put("done", done);
        model.put("problem", Optional.ofNullable(problem));
        model.put("retestNeeded", retestNeeded);
        model.put("retests", candidates);
        model.put("closingRule", retests.links().ticketClosing().code());
        ctx.status(status);
        pages.render(ctx, "safewater/ticket.jte", frame, model);
    }

    private void step(Context ctx) {
        Frame frame = signIn.frame(ctx);
        User user = frame.signedIn().orElseThrow();
        String id = ctx.pathParam("id");
        // Another region's ticket is not found, whoever asks and whatever step; only then does the role matter.
        Ticket t = store.tickets().ticket(user.scope(), id).orElseThrow(NotFoundResponse::new);
        TicketStep step = TicketStep.of(ctx.pathParam("step")).orElseThrow(NotFoundResponse::new);
        if (!frame.may(step.action())) {
            pages.notAllowed(ctx, frame);
            return;
        }
        String text = param(ctx, "text");
        if (text.isEmpty() || text.length() > MAX_TEXT) {
            render(
                    ctx,
                    frame,
                    user,
                    t,
                    Optional.empty(),
                    LedgerWords.TEXT_NEEDED.in(frame, step.field().in(frame), MAX_TEXT),
                    HttpStatus.UNPROCESSABLE_CONTENT);
            return;
        }
        if (step == TicketStep.CLOSE && retests.needed(t, county(user))) {
            String sample = param(ctx, "retest");
            County county = county(user);
            boolean passing = retests.candidates(user.scope(), t, county, now()).contains(sample);
            if (!passing) {
                render(
                        ctx,
                        frame,
                        user,
                        t,
                        Optional.empty(),
                        LedgerWords.RETEST_NEEDED.in(
                                frame, t.id(), t.subject(), TicketView.time(t.openedAt()), retestRule()),
                        HttpStatus.UNPROCESSABLE_CONTENT);
                return;
            }
            // The evidence names its re-test as escalation writes it, in the root language as stored texts are: a
            // ticket the links opened is closed through their own rule, which checks the re-test again.
            Optional<EscalatedTicket> raised = retests.raised(user.scope(), t, county, now());
            if (raised.isPresent() && t.state() == Ticket.State.VERIFIED) {
                Ticket closed = retests.watch().close(t, raised.get(), now(), user.name(), text);
                text = closed.history().get(closed.history().size() - 1).note();
            } else {
                text = Phrase.of(EscalationWords.RETEST_EVIDENCE, text, sample).toString();
            }
        }
        try {
            step.take(store.tickets(), user.scope(), Actor.user(user.name()), id, now(), text)
                    .orElseThrow(NotFoundResponse::new);
        } catch (IllegalStateException e) {
            // Someone took a step first: the lifecycle no longer allows this one from the ticket's state now.
            Ticket now = store.tickets().ticket(user.scope(), id).orElseThrow(NotFoundResponse::new);
            render(
                    ctx,
                    frame,
                    user,
                    now,
                    Optional.empty(),
                    LedgerWords.STEP_NOT_NOW.in(frame, step.verb().in(frame), frame.label(now.state())),
                    HttpStatus.CONFLICT);
            return;
        } catch (IllegalArgumentException e) {
            render(
                    ctx,
                    frame,
                    user,
                    t,
                    Optional.empty(),
                    LedgerWords.STEP_BEFORE_LAST.in(frame, step.verb().in(frame)),
                    HttpStatus.UNPROCESSABLE_CONTENT);
            return;
        }
        ctx.redirect(TicketView.href(id) + "?done=" + step.code(), HttpStatus.SEE_OTHER);
    }

    private String retestRule() {
        return retests.links().ticketClosing().code();
    }

    private void newForm(Context ctx) {
        Frame frame = signIn.frame(ctx);
        User user = frame.signedIn().orElseThrow();
        if (!frame.may(Action.OPEN_TICKET)) {
            pages.notAllowed(ctx, frame);
            return;
        }
        renderForm(ctx, frame, user, Map.of(), null, HttpStatus.OK);
    }

    private void renderForm(
            Context ctx,
            Frame frame,
            User user,
            Map<String, String> values,
            @Nullable String problem,
            HttpStatus status) {
        Map<String, Object> model = new HashMap<>();
        model.put("villages", villages(county(user), user));
        model.put("types", List.of(ProblemType.values()));
        model.put("classes", List.of(RectificationClass.values()));
        Map<String, String> v = new LinkedHashMap<>();
        for (String f : List.of("type", "village", "subject", "rectification", "description")) {
            v.put(f, values.getOrDefault(f, ""));
        }
        model.put("values", v);
        model.put("problem", Optional.ofNullable(problem));
        model.put("deadlines", deadlines(frame));
        ctx.status(status);
        pages.render(ctx, "safewater/ticket-new.jte", frame, model);
    }

    /** Each class's deadline rule, as the form explains it. */
    private List<String> deadlines(Frame frame) {
        LocalDate today = LocalDate.now(clock);
        List<String> out = new ArrayList<>();
        for (RectificationClass c : RectificationClass.values()) {
            out.add(frame.label(c) + " → " + settings.deadlines().deadline(c, today));
        }
        return out;
    }

    private static List<Village> villages(County county, User user) {
        return county.villages().stream()
                .filter(v -> user.scope().includes(v.code()))
                .toList();
    }

    private void open(Context ctx) {
        Frame frame = signIn.frame(ctx);
        User user = frame.signedIn().orElseThrow();
        Map<String, String> values = new HashMap<>();
        for (String f : List.of("type", "village", "subject", "rectification", "description")) {
            values.put(f, param(ctx, f));
        }
        // A village outside the user's region is as if it did not exist, whoever asks.
        Village village = villages(county(user), user).stream()
                .filter(v -> v.code().value().equals(values.get("village")))
                .findFirst()
                .orElseThrow(NotFoundResponse::new);
        if (!frame.may(Action.OPEN_TICKET)) {
            pages.notAllowed(ctx, frame);
            return;
        }
        Optional<ProblemType> type = Coded.parse(ProblemType.class, values.get("type"));
        Optional<RectificationClass> c = Coded.parse(RectificationClass.class, values.get("rectification"));
        String subject = values.get("subject").isEmpty() ? village.code().value() : values.get("subject");
        String description = values.get("description");
        String problem = null;
        if (type.isEmpty()) {
            problem = LedgerWords.CHOOSE.in(frame, LedgerWords.TYPE.in(frame));
        } else if (c.isEmpty()) {
            problem = LedgerWords.CHOOSE.in(frame, LedgerWords.RECTIFICATION.in(frame));
        } else if (description.isEmpty() || description.length() > MAX_TEXT) {
            problem = LedgerWords.TEXT_NEEDED.in(frame, LedgerWords.DESCRIPTION.in(frame), MAX_TEXT);
        } else {
            try {
                Identifiers.check(LedgerWords.SUBJECT.in(frame), subject);
            } catch (RefusalException e) {
                problem = e.reason().in(frame.locale());
            }
        }
        if (problem != null) {
            renderForm(ctx, frame, user, values, problem, HttpStatus.UNPROCESSABLE_CONTENT);
            return;
        }
        LocalDateTime now = now();
        String id = "T" + ID_TIME.format(now) + "-" + HexFormat.of().toHexDigits((short) random.nextInt());
        Ticket ticket = Ticket.open(
                id,
                type.orElseThrow(),
                subject,
                village.code(),
                c.orElseThrow(),
                settings.deadlines(),
                now,
                user.name(),
                description);
        store.tickets().open(user.scope(), Actor.user(user.name()), ticket);
        ctx.redirect(TicketView.href(id), HttpStatus.SEE_OTHER);
    }

    /** A query or form parameter, stripped; empty when absent. */
    static String param(Context ctx, String name) {
        String v = ctx.formParam(name);
        if (v == null) {
            v = ctx.queryParam(name);
        }
        return v == null ? "" : v.strip();
    }

    /**
     * A step's note in the page's language where assurance's lifecycle wrote it (the assignment and the
     * reopening are noted in English, the root language, with the person or reason the user gave).
     */
    static String note(Ticket.Step s, Frame frame) {
        String assigned = "assigned to " + s.by();
        if (s.state() == Ticket.State.ASSIGNED && s.note().equals(assigned)) {
            return LedgerWords.ASSIGNED_TO.in(frame, s.by());
        }
        if (s.state() == Ticket.State.ASSIGNED && s.note().startsWith(REOPENED)) {
            return LedgerWords.REOPENED.in(frame, s.note().substring(REOPENED.length()));
        }
        return s.note();
    }

    private static final String REOPENED = "reopened: ";

    /** One step of a ticket's history on its page. */
    public record HistoryRow(
            String state, String stateCode, String at, String by, String note, String recordedBy, String recordedAt) {}
}
