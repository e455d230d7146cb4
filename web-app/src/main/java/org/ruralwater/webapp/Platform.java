package org.ruralwater.webapp;

import static java.util.Objects.requireNonNull;

import io.javalin.Javalin;
import io.javalin.config.SizeUnit;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.staticfiles.Location;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.eclipse.jetty.ee10.servlet.SessionHandler;
import org.eclipse.jetty.http.HttpCookie;
import org.ruralwater.store.Store;
import org.ruralwater.store.people.Passwords;
import org.ruralwater.webapp.audit.AuditPage;
import org.ruralwater.webapp.dashboard.Dashboard;
import org.ruralwater.webapp.demo.Loading;
import org.ruralwater.webapp.imports.Imports;
import org.ruralwater.webapp.map.CountyMap;
import org.ruralwater.webapp.page.Frame;
import org.ruralwater.webapp.page.Pages;
import org.ruralwater.webapp.quality.QualityDesk;
import org.ruralwater.webapp.register.CountySnapshots;
import org.ruralwater.webapp.register.Registers;
import org.ruralwater.webapp.safewater.SafeWaterLedger;
import org.ruralwater.webapp.signin.SignIn;
import org.ruralwater.webapp.wording.WebWords;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The county platform's web server: Javalin on Jetty, pages from precompiled jte templates, htmx from its
 * webjar. This class only wires; what a page shows comes from the store and the domain modules.
 */
public final class Platform implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Platform.class);

    /** Signed-in sessions end after this long without a request (OWASP: 15–30 minutes for most applications). */
    static final Duration IDLE_TIMEOUT = Duration.ofMinutes(30);

    /**
     * Only this origin's scripts, styles and images, no inline script, no framing: a text that got past the
     * escaping still could not run (defence in depth for script in village names and remarks).
     */
    private static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'self'";

    private final Javalin app;

    private Platform(Javalin app) {
        this.app = app;
    }

    /**
     * Settings of a platform: where it listens and whom it knows; {@code demoYear} says how far the demo year's
     * loading has come while it loads (empty otherwise), for the dashboard to say.
     */
    public record Settings(
            String host,
            int port,
            Store store,
            Clock clock,
            boolean secureCookies,
            Supplier<Optional<Loading>> demoYear) {
        public Settings {
            requireNonNull(host, "host");
            requireNonNull(store, "store");
            requireNonNull(clock, "clock");
            requireNonNull(demoYear, "demoYear");
        }

        /** Settings with no demo year loading. */
        public Settings(String host, int port, Store store, Clock clock, boolean secureCookies) {
            this(host, port, store, clock, secureCookies, Optional::empty);
        }

        /** On the loopback interface, a port of 0 taking any free one (tests). */
        public static Settings local(int port, Store store) {
            return new Settings("127.0.0.1", port, store, Clock.systemDefaultZone(), false);
        }

        /** The same settings, with the demo year's loading to show. */
        public Settings withDemoYear(Supplier<Optional<Loading>> loading) {
            return new Settings(host, port, store, clock, secureCookies, loading);
        }
    }

    public static Platform start(Settings settings) {
        Pages pages = Pages.precompiled();
        SignIn signIn = SignIn.of(settings.store().people(), Passwords.argon2id(), pages, settings.clock());
        Dashboard dashboard = new Dashboard(settings.store(), pages, signIn, settings.clock(), settings.demoYear());
        CountySnapshots snapshots = new CountySnapshots(settings.store(), settings.clock());
        Registers registers = new Registers(settings.store(), snapshots, pages, signIn);
        Imports imports = new Imports(settings.store(), pages, signIn);
        AuditPage audit = new AuditPage(settings.store(), pages, signIn);
        CountyMap map = new CountyMap(snapshots, pages, signIn);
        Javalin app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.staticFiles.enableWebjars();
            config.staticFiles.add(files -> {
                files.hostedPath = "/assets";
                files.directory = "/assets";
                files.location = Location.CLASSPATH;
            });
            config.jetty.modifyServletContextHandler(handler -> handler.setSessionHandler(sessions(settings)));
            // Uploads: larger than an upload may be is refused before any of it is read (and before the CSRF
            // check reads the form); without a declared length, Jetty's multipart limits cut it off.
            long max = Imports.maxUploadBytes();
            config.jetty.multipartConfig.maxFileSize(max, SizeUnit.BYTES);
            config.jetty.multipartConfig.maxTotalRequestSize(max + 64 * 1024, SizeUnit.BYTES);
            config.jetty.multipartConfig.maxInMemoryFileSize(1, SizeUnit.MB);
            config.routes.before(Platform::headers);
            config.routes.before("/imports", imports::refuseOversized);
            signIn.addTo(config.routes);
            config.routes.get("/", dashboard::show);
            registers.addTo(config.routes);
            imports.addTo(config.routes);
            audit.addTo(config.routes);
            map.addTo(config.routes);
            new QualityDesk(settings.store(), snapshots, pages, signIn, settings.clock()).addTo(config.routes);
            new SafeWaterLedger(settings.store(), snapshots, pages, signIn, settings.clock()).addTo(config.routes);
            config.routes.error(404, ctx -> message(ctx, pages, signIn, WebWords.NOT_FOUND));
            config.routes.exception(Exception.class, (e, ctx) -> {
                LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
                ctx.status(HttpStatus.INTERNAL_SERVER_ERROR);
                message(ctx, pages, signIn, WebWords.INTERNAL_ERROR);
            });
        });
        app.start(settings.host(), settings.port());
        return new Platform(app);
    }

    private static SessionHandler sessions(Settings settings) {
        SessionHandler sessions = new SessionHandler();
        sessions.setHttpOnly(true);
        sessions.setSameSite(HttpCookie.SameSite.LAX);
        sessions.setSecureCookies(settings.secureCookies());
        sessions.setMaxInactiveInterval((int) IDLE_TIMEOUT.toSeconds());
        sessions.setSessionCookie("RURALWATER_SESSION");
        return sessions;
    }

    private static void headers(Context ctx) {
        ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Referrer-Policy", "same-origin");
        ctx.header("Cache-Control", "no-store");
    }

    private static void message(Context ctx, Pages pages, SignIn signIn, WebWords what) {
        Frame frame = signIn.frame(ctx);
        pages.render(ctx, "message.jte", frame, Map.of("message", frame.word(what)));
    }

    public int port() {
        return app.port();
    }

    @Override
    public void close() {
        app.stop();
    }
}
