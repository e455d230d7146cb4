package org.ruralwater.webapp.quality;

import static java.util.Objects.requireNonNull;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Clock;
import org.ruralwater.store.Store;
import org.ruralwater.webapp.page.Pages;
import org.ruralwater.webapp.register.CountySnapshots;
import org.ruralwater.webapp.signin.SignIn;

/**
 * The water-quality desk's pages, wired in one place: sample entry and saving, the stored samples and their
 * comparison abroad, pass rates, alerts, coverage and sample imports. Every page shows only the user's region.
 */
public final class QualityDesk {

    private final Judging judging = new Judging();
    private final SampleDesk entry;
    private final SampleRegister register;
    private final PassRatesPage rates;
    private final WatchPages watch;
    private final SampleImport imports;

    public QualityDesk(Store store, CountySnapshots counties, Pages pages, SignIn signIn, Clock clock) {
        requireNonNull(store, "store");
        entry = new SampleDesk(store, pages, signIn, judging);
        register = new SampleRegister(store, pages, signIn, judging, clock);
        rates = new PassRatesPage(store, counties, pages, signIn, clock);
        watch = new WatchPages(store, counties, pages, signIn, judging, clock);
        imports = new SampleImport(store, pages, signIn, judging);
    }

    public void addTo(RoutesConfig routes) {
        routes.get("/quality", QualityDesk::home);
        entry.addTo(routes);
        register.addTo(routes);
        rates.addTo(routes);
        watch.addTo(routes);
        imports.addTo(routes);
    }

    private static void home(Context ctx) {
        ctx.redirect("/quality/samples", HttpStatus.SEE_OTHER);
    }
}
