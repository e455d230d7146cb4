package org.ruralwater.webapp.quality;

import static java.util.Objects.requireNonNull;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ruralwater.core.datafile.Coded;
import org.ruralwater.core.region.Region;
import org.ruralwater.core.region.RegionCode;
import org.ruralwater.core.region.RegionLevel;
import org.ruralwater.core.works.SupplyWorks;
import org.ruralwater.qualityrules.compliance.ComplianceReport;
import org.ruralwater.store.Store;
import org.ruralwater.store.people.User;
import org.ruralwater.store.quality.PassRate;
import org.ruralwater.store.quality.QualityRecords;
import org.ruralwater.store.quality.Span;
import org.ruralwater.webapp.page.Frame;
import org.ruralwater.webapp.page.Pages;
import org.ruralwater.webapp.register.CountySnapshots;
import org.ruralwater.webapp.register.Registers;
import org.ruralwater.webapp.signin.SignIn;

/**
 * {@code /quality/pass-rates?by=works|township&span=month|quarter|year&year=}: the sample pass rate (水质达标率)
 * of the outlet and tap samples by works or township and period against quality-rules' 95% target, each with
 * its numerator and denominator, and the user's whole region per period. Counts come from the store, added up
 * over a quarter or year, never averaged.
 */
final class PassRatesPage {

    /** What the rates are by. */
    enum By {
        WORKS,
        TOWNSHIP
    }

    private final Store store;
    private final CountySnapshots counties;
    private final Pages pages;
    private final SignIn signIn;
    private final Clock clock;

    PassRatesPage(Store store, CountySnapshots counties, Pages pages, SignIn signIn, Clock clock) {
        this.store = requireNonNull(store, "store");
        this.counties = requireNonNull(counties, "counties");
        this.pages = requireNonNull(pages, "pages");
        this.signIn = requireNonNull(signIn, "signIn");
        this.clock = requireNonNull(clock, "clock");
    }

    void addTo(RoutesConfig routes) {
        routes.get("/quality/pass-rates", this::show);
    }

    private static <E extends Enum<E>> E choice(Context ctx, String name, Class<E> type, E otherwise) {
        return Optional.ofNullable(ctx.queryParam(name))
                .flatMap(v -> Coded.parse(type, v))
                .orElse(otherwise);
    }

    private void show(Context ctx) {
        Frame frame = signIn.frame(ctx);
        User user = frame.signedIn().orElseThrow();
        By by = choice(ctx, "by", By.class, By.WORKS);
        Span span = choice(ctx, "span", Span.class, Span.MONTH);
        int year = Year.now(clock).getValue();
        String y = ctx.queryParam("year");
        if (y != null && y.strip().matches("\\d{4}")) {
            year = Integer.parseInt(y.strip());
        }
        YearMonth from = YearMonth.of(year, 1);
        YearMonth to = YearMonth.of(year, 12);
        List<PassRate> monthly = by == By.WORKS
                ? store.quality().passRatesByWorks(user.scope(), from, to, QualityRecords.FINISHED_WATER)
                : store.quality()
                        .passRates(user.scope(), RegionLevel.TOWNSHIP, from, to, QualityRecords.FINISHED_WATER);
        Map<String, String> names = names(by, user);
        List<RateRow> rows = new ArrayList<>();
        for (PassRate r : PassRate.rolledUp(monthly, span)) {
            rows.add(row(names.getOrDefault(r.of(), r.of()), r, span, frame));
        }
        // The whole region per period: the counts of every works (a works of several townships included).
        List<PassRate> all = by == By.WORKS
                ? monthly
                : store.quality().passRatesByWorks(user.scope(), from, to, QualityRecords.FINISHED_WATER);
        List<RateRow> totals = new ArrayList<>();
        List<PassRate> region = new ArrayList<>();
        all.forEach(r -> region.add(new PassRate("", r.month(), r.passed(), r.samples())));
        for (PassRate r : PassRate.rolledUp(region, span)) {
            totals.add(row(DeskWords.WHOLE_REGION.in(frame), r, span, frame));
        }
        Map<String, Object> model = new HashMap<>();
        model.put("by", by.name().toLowerCase(java.util.Locale.ROOT));
        model.put("span", span.code());
        model.put("spans", List.of(Span.values()));
        model.put("year", String.valueOf(year));
        model.put("rows", rows);
        model.put("totals", totals);
        model.put("target", frame.percent(ComplianceReport.TARGET_PERCENT));
        pages.render(ctx, "quality/pass-rates.jte", frame, model);
    }

    private static RateRow row(String of, PassRate r, Span span, Frame frame) {
        Optional<BigDecimal> percent = r.percent();
        return new RateRow(
                of,
                span.period(r.month()).toString(),
                r.passed(),
                r.samples(),
                percent.map(frame::percent).orElse("—"),
                percent.map(BigDecimal::toPlainString).orElse("0"),
                r.rate().meets(ComplianceReport.TARGET_PERCENT));
    }

    /** The names of the works or townships, by id or code. */
    private Map<String, String> names(By by, User user) {
        Map<String, String> out = new LinkedHashMap<>();
        if (by == By.WORKS) {
            for (SupplyWorks w : store.county().works(user.scope())) {
                out.put(w.id().value(), w.name() + " (" + w.id().value() + ")");
            }
            return out;
        }
        if (user.region().level() == RegionLevel.PROVINCE || user.region().level() == RegionLevel.PREFECTURE) {
            return out; // townships of several counties: shown by their codes
        }
        for (Region t : counties.county(Registers.countyOf(user)).regions().atLevel(RegionLevel.TOWNSHIP)) {
            RegionCode code = t.code();
            out.put(code.value(), t.name());
        }
        return out;
    }
}
