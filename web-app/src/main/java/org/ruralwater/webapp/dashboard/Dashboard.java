package org.ruralwater.webapp.dashboard;

import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.time.Clock;
import java.time.Year;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ruralwater.assurance.coverage.CoverageReport;
import org.ruralwater.assurance.coverage.NationalTargets;
import org.ruralwater.core.county.County;
import org.ruralwater.core.region.Region;
import org.ruralwater.core.region.RegionCode;
import org.ruralwater.store.Store;
import org.ruralwater.store.access.Scope;
import org.ruralwater.store.people.User;
import org.ruralwater.webapp.page.Frame;
import org.ruralwater.webapp.page.Pages;
import org.ruralwater.webapp.signin.SignIn;

/**
 * The dashboard of a region: the national coverage indicators with their definitions and target lines,
 * and the same figures for each region below it, each a link one level down. The figures are the assurance
 * module's; this page only reads the store within the user's scope and lays them out.
 */
public final class Dashboard {

    private final Store store;
    private final Pages pages;
    private final SignIn signIn;
    private final Clock clock;
    private final NationalTargets targets = NationalTargets.bundled();

    public Dashboard(Store store, Pages pages, SignIn signIn, Clock clock) {
        this.store = store;
        this.pages = pages;
        this.signIn = signIn;
        this.clock = clock;
    }

    public void show(Context ctx) {
        Frame frame = signIn.frame(ctx);
        User user = frame.signedIn().orElseThrow();
        RegionCode region = asked(ctx).orElse(user.region());
        // Outside the user's region is as if it did not exist: the same answer as an unknown code.
        if (!user.scope().includes(region)) {
            throw new NotFoundResponse();
        }
        Optional<RegionCode> countyCode = region.county().or(() -> Optional.of(region));
        // The regions and works of the county give names and supply kinds; only the households inside the
        // user's scope (and the region asked for) are counted and shown.
        County county = store.county().read(Scope.of(countyCode.get()));
        Optional<Region> shown = county.regions().find(region);
        if (shown.isEmpty() && !region.equals(user.region())) {
            throw new NotFoundResponse();
        }
        if (shown.isEmpty()) {
            // The user's own region before any import: an empty dashboard that says what to do.
            pages.render(ctx, "empty.jte", frame, Map.of("code", region.value()));
            return;
        }
        CoverageReport report = CoverageReport.of(
                county.regions(), county.works(), store.county().households(user.scope()), region);
        List<Region> path = county.regions().pathTo(region).stream()
                .filter(r -> user.scope().includes(r.code()))
                .toList();
        pages.render(
                ctx,
                "dashboard.jte",
                frame,
                Map.of(
                        "region",
                        shown.get(),
                        "path",
                        path,
                        "report",
                        report,
                        "targets",
                        targets,
                        "year",
                        Year.now(clock).getValue()));
    }

    private static Optional<RegionCode> asked(Context ctx) {
        String code = ctx.queryParam("region");
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        if (!RegionCode.isValid(code)) {
            throw new NotFoundResponse();
        }
        return Optional.of(RegionCode.parse(code));
    }
}
