package org.ruralwater.webapp.signin;

import static java.util.Objects.requireNonNull;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import jakarta.servlet.http.HttpSession;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.ruralwater.store.access.Actor;
import org.ruralwater.store.people.Passwords;
import org.ruralwater.store.people.People;
import org.ruralwater.store.people.User;
import org.ruralwater.webapp.page.Frame;
import org.ruralwater.webapp.page.Pages;
import org.ruralwater.webapp.wording.WebWords;

/**
 * Signing in and out, the CSRF check on every request that changes anything, and the rule that every
 * page but the sign-in page needs a signed-in user.
 *
 * <p>Sessions are the servlet container's, kept on the server; the cookie holds only their id (HttpOnly,
 * SameSite=Lax, Secure when the platform is served over HTTPS). Signing in changes the session id, so a
 * session id planted before sign-in is worth nothing after it (session fixation), and draws a new CSRF
 * token. An unknown name and a wrong password get the same answer in the same time: the unknown name is
 * checked against a dummy hash.
 */
public final class SignIn {

    /** The session attribute that holds the signed-in user's name. */
    static final String USER = "user";
    /** The session attribute of the page language chosen with ?lang=. */
    public static final String LANGUAGE = "lang";

    private static final Set<String> OPEN = Set.of("/signin", "/assets/", "/webjars/", "/favicon.ico");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final People people;
    private final Passwords passwords;
    private final Throttle throttle;
    private final Pages pages;
    private final Clock clock;
    private final String dummyHash;

    private SignIn(People people, Passwords passwords, Pages pages, Clock clock) {
        this.people = people;
        this.passwords = passwords;
        this.pages = pages;
        this.clock = clock;
        this.throttle = new Throttle(clock);
        this.dummyHash = passwords.hash("not a password of anyone");
    }

    public static SignIn of(People people, Passwords passwords, Pages pages, Clock clock) {
        return new SignIn(requireNonNull(people, "people"), requireNonNull(passwords, "passwords"), pages, clock);
    }

    /** Adds the checks that run before every handler and the sign-in and sign-out routes. */
    public void addTo(RoutesConfig routes) {
        routes.before(this::checkRequest);
        routes.get("/signin", ctx -> showForm(ctx, null, HttpStatus.OK));
        routes.post("/signin", this::signIn);
        routes.post("/signout", this::signOut);
    }

    /** The signed-in user of a request, if any. */
    public Optional<User> user(Context ctx) {
        HttpSession session = ctx.req().getSession(false);
        if (session == null || !(session.getAttribute(USER) instanceof String name)) {
            return Optional.empty();
        }
        return people.signingIn(name);
    }

    /** The frame of a page for this request: language, user and the session's CSRF token. */
    public Frame frame(Context ctx) {
        return new Frame(Languages.of(ctx), user(ctx).orElse(null), token(ctx), ctx.queryString());
    }

    private void checkRequest(Context ctx) {
        String method = ctx.method().name();
        boolean changes = !method.equals("GET") && !method.equals("HEAD") && !method.equals("OPTIONS");
        if (changes) {
            HttpSession session = ctx.req().getSession(false);
            String expected = session == null ? null : (String) session.getAttribute(CsrfToken.FIELD);
            String sent = Optional.ofNullable(ctx.header(CsrfToken.HEADER)).orElseGet(() -> formField(ctx));
            if (!CsrfToken.matches(expected, sent)) {
                refuse(ctx, HttpStatus.FORBIDDEN, WebWords.FORBIDDEN);
                return;
            }
        }
        String path = ctx.path();
        boolean open = OPEN.stream().anyMatch(p -> p.endsWith("/") ? path.startsWith(p) : path.equals(p));
        if (!open && user(ctx).isEmpty()) {
            if (ctx.header("HX-Request") != null) {
                ctx.header("HX-Redirect", "/signin");
                ctx.status(HttpStatus.UNAUTHORIZED);
                ctx.skipRemainingHandlers();
            } else {
                ctx.redirect("/signin", HttpStatus.SEE_OTHER);
                ctx.skipRemainingHandlers();
            }
        }
    }

    private void refuse(Context ctx, HttpStatus status, WebWords why) {
        ctx.status(status);
        Frame frame = frame(ctx);
        pages.render(ctx, "message.jte", frame, Map.of("message", frame.word(why)));
        ctx.skipRemainingHandlers();
    }

    private static @Nullable String formField(Context ctx) {
        String type = ctx.contentType();
        if (type == null
                || !(type.startsWith("application/x-www-form-urlencoded") || type.startsWith("multipart/form-data"))) {
            return null;
        }
        return ctx.formParam(CsrfToken.FIELD);
    }

    private void showForm(Context ctx, @Nullable String message, HttpStatus status) {
        if (user(ctx).isPresent() && message == null) {
            ctx.redirect("/", HttpStatus.SEE_OTHER);
            return;
        }
        ctx.status(status);
        pages.render(
                ctx,
                "signin.jte",
                frame(ctx),
                message == null ? Map.of("name", "") : Map.of("message", message, "name", nameOf(ctx)));
    }

    private static String nameOf(Context ctx) {
        String name = ctx.formParam("name");
        return name == null ? "" : name.strip();
    }

    private void signIn(Context ctx) {
        String name = nameOf(ctx);
        String password = Optional.ofNullable(ctx.formParam("password")).orElse("");
        Optional<Instant> closed = throttle.closedUntil(name, ctx.ip());
        Frame frame = frame(ctx);
        if (closed.isPresent()) {
            String at = TIME.format(closed.get().atZone(ZoneId.systemDefault()));
            ctx.header(
                    "Retry-After",
                    String.valueOf(Math.max(
                            1, closed.get().getEpochSecond() - clock.instant().getEpochSecond())));
            showForm(ctx, frame.word(WebWords.SIGN_IN_THROTTLED, at), HttpStatus.TOO_MANY_REQUESTS);
            return;
        }
        Optional<User> user = people.signingIn(name);
        boolean right = passwords.matches(password, user.map(User::passwordHash).orElse(dummyHash));
        if (user.isEmpty() || !right) {
            throttle.failed(name, ctx.ip());
            showForm(ctx, frame.word(WebWords.SIGN_IN_FAILED), HttpStatus.UNAUTHORIZED);
            return;
        }
        throttle.succeeded(name);
        if (passwords.needsRehash(user.get().passwordHash())) {
            people.setPasswordHash(
                    user.get().scope(),
                    Actor.user(user.get().name()),
                    user.get().name(),
                    passwords.hash(password));
        }
        ctx.req().changeSessionId();
        HttpSession session = ctx.req().getSession();
        session.setAttribute(USER, user.get().name());
        session.setAttribute(CsrfToken.FIELD, CsrfToken.fresh());
        ctx.redirect("/", HttpStatus.SEE_OTHER);
    }

    private void signOut(Context ctx) {
        HttpSession session = ctx.req().getSession(false);
        if (session != null) {
            Object lang = session.getAttribute(LANGUAGE);
            session.invalidate();
            if (lang != null) {
                ctx.req().getSession().setAttribute(LANGUAGE, lang);
            }
        }
        ctx.redirect("/signin", HttpStatus.SEE_OTHER);
    }

    /** The session's CSRF token, creating the session and its token when the request has none. */
    static String token(Context ctx) {
        HttpSession session = ctx.req().getSession();
        Object t = session.getAttribute(CsrfToken.FIELD);
        if (t instanceof String s) {
            return s;
        }
        String fresh = CsrfToken.fresh();
        session.setAttribute(CsrfToken.FIELD, fresh);
        return fresh;
    }
}
