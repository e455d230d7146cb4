package org.ruralwater.webapp.map;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ruralwater.assurance.coverage.Coverage;
import org.ruralwater.assurance.coverage.CoverageIndicator;
import org.ruralwater.assurance.coverage.CoverageReport;
import org.ruralwater.core.county.County;
import org.ruralwater.core.household.Household;
import org.ruralwater.core.household.Village;
import org.ruralwater.core.region.Region;
import org.ruralwater.core.region.RegionCode;
import org.ruralwater.core.works.SupplyWorks;
import org.ruralwater.store.people.User;
import org.ruralwater.webapp.page.Frame;
import org.ruralwater.webapp.page.Pages;
import org.ruralwater.webapp.register.CountySnapshots;
import org.ruralwater.webapp.register.Registers;
import org.ruralwater.webapp.signin.SignIn;

/**
 * One map (一张图) of the user's region, drawn on the server as SVG without a tile server: each village at
 * its point in villages.csv, coloured by its tap-water coverage (the assurance module's figure), and each
 * works, whose file holds no coordinates, just above its first village (beside the others there), joined to the villages it reaches. Every mark
 * links to its register page.
 */
public final class CountyMap {

    static final int WIDTH = 960;

    private final Pages pages;
    private final SignIn signIn;

    private final CountySnapshots snapshots;

    public CountyMap(CountySnapshots snapshots, Pages pages, SignIn signIn) {
        this.snapshots = snapshots;
        this.pages = pages;
        this.signIn = signIn;
    }

    public void addTo(RoutesConfig routes) {
        routes.get("/map", this::show);
    }

    private void show(Context ctx) {
        Frame frame = signIn.frame(ctx);
        User user = frame.signedIn().orElseThrow();
        RegionCode region = asked(ctx.queryParam("region")).orElse(user.region());
        if (!user.scope().includes(region)) {
            throw new NotFoundResponse();
        }
        County county = snapshots.county(Registers.countyOf(user));
        List<Village> villages = county.villages().stream()
                .filter(v -> v.code().equals(region) || v.code().isWithin(region))
                .toList();
        Optional<Region> shown = county.regions().find(region);
        if (shown.isEmpty() && !region.equals(user.region())) {
            throw new NotFoundResponse();
        }
        // The households within the user's scope, placed by their village as the store places them.
        List<Household> households = county.households().stream()
                .filter(h -> user.scope().includes(h.village()))
                .toList();
        Map<RegionCode, String> bands = bands(county, households, villages);
        MapView view = draw(villages, county.works(), bands);
        List<Region> path = county.regions().pathTo(region).stream()
                .filter(r -> user.scope().includes(r.code()))
                .toList();
        List<Region> below = county.regions().childrenOf(region).stream()
                .filter(r -> !r.code().level().equals(org.ruralwater.core.region.RegionLevel.VILLAGE))
                .toList();
        pages.render(
                ctx,
                "map.jte",
                frame,
                Map.of(
                        "title",
                        shown.map(Region::name).orElse(region.value()),
                        "path",
                        path,
                        "below",
                        below,
                        "view",
                        view,
                        "villageCount",
                        villages.size(),
                        "worksCount",
                        view.works().size()));
    }

    private static Optional<RegionCode> asked(String code) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        if (!RegionCode.isValid(code)) {
            throw new NotFoundResponse();
        }
        return Optional.of(RegionCode.parse(code));
    }

    /** Each village's tap-water band, from the coverage of its township's villages. */
    private static Map<RegionCode, String> bands(County county, List<Household> households, List<Village> villages) {
        Map<RegionCode, String> bands = new HashMap<>();
        Map<RegionCode, Boolean> townships = new HashMap<>();
        villages.forEach(v -> townships.put(v.township(), true));
        for (RegionCode township : townships.keySet()) {
            CoverageReport report = CoverageReport.of(county.regions(), county.works(), households, township);
            report.below()
                    .forEach((village, figures) ->
                            bands.put(village.code(), band(figures.get(CoverageIndicator.TAP_WATER))));
        }
        return bands;
    }

    private static String band(Coverage tap) {
        Optional<BigDecimal> percent = tap.percent();
        if (percent.isEmpty()) {
            return "none";
        }
        if (percent.get().compareTo(BigDecimal.valueOf(95)) >= 0) {
            return "high";
        }
        return percent.get().compareTo(BigDecimal.valueOf(80)) >= 0 ? "middle" : "low";
    }

    /**
     * The villages and works placed in a box {@value #WIDTH} wide: longitude and latitude as x and y, the
     * longitude shrunk by the cosine of the middle latitude so that the county keeps its shape (an
     * equirectangular projection, which at a county's size is as good as any).
     */
    static MapView draw(List<Village> villages, List<SupplyWorks> allWorks, Map<RegionCode, String> bands) {
        if (villages.isEmpty()) {
            return new MapView(WIDTH, WIDTH / 2, List.of(), List.of(), List.of());
        }
        double minLat = Double.MAX_VALUE;
        double maxLat = -Double.MAX_VALUE;
        double minLon = Double.MAX_VALUE;
        double maxLon = -Double.MAX_VALUE;
        for (Village v : villages) {
            minLat = Math.min(minLat, v.latitude().doubleValue());
            maxLat = Math.max(maxLat, v.latitude().doubleValue());
            minLon = Math.min(minLon, v.longitude().doubleValue());
            maxLon = Math.max(maxLon, v.longitude().doubleValue());
        }
        double shrink = Math.cos(Math.toRadians((minLat + maxLat) / 2));
        double spanX = Math.max((maxLon - minLon) * shrink, 1e-3);
        double spanY = Math.max(maxLat - minLat, 1e-3);
        double margin = 30;
        double scale = (WIDTH - 2 * margin) / Math.max(spanX, spanY * 4 / 3);
        int height = (int) Math.ceil(spanY * scale + 2 * margin);
        Map<RegionCode, double[]> at = new HashMap<>();
        List<MapView.Dot> dots = new ArrayList<>();
        for (Village v : villages) {
            double x = margin + (v.longitude().doubleValue() - minLon) * shrink * scale;
            double y = margin + (maxLat - v.latitude().doubleValue()) * scale;
            at.put(v.code(), new double[] {round(x), round(y)});
            dots.add(new MapView.Dot(
                    round(x),
                    round(y),
                    v.name(),
                    "/registers/villages/" + v.code().value(),
                    bands.getOrDefault(v.code(), "none")));
        }
        List<MapView.Square> squares = new ArrayList<>();
        List<MapView.Line> lines = new ArrayList<>();
        // Several works at one village stand in a row above it, so that each can be seen and followed.
        Map<double[], Integer> standing = new HashMap<>();
        for (SupplyWorks w : allWorks) {
            // Drawn at its first village the map shows; a works reaching none of them is not on this map.
            double[] first = w.villages().stream()
                    .map(at::get)
                    .filter(p -> p != null)
                    .findFirst()
                    .orElse(null);
            if (first == null) {
                continue;
            }
            int k = standing.merge(first, 1, Integer::sum) - 1;
            double x = round(first[0] + 16 * k);
            double y = round(first[1] - 16);
            squares.add(new MapView.Square(
                    x,
                    y,
                    w.name(),
                    "/registers/works/" + URLEncoder.encode(w.id().value(), StandardCharsets.UTF_8),
                    w.isLargeScale()));
            for (RegionCode v : w.villages()) {
                double[] p = at.get(v);
                if (p != null) {
                    lines.add(new MapView.Line(x, y, p[0], p[1]));
                }
            }
        }
        return new MapView(WIDTH, height, dots, squares, lines);
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }
}
