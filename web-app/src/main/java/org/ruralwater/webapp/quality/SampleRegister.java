package org.ruralwater.webapp.quality;

import static java.util.Objects.requireNonNull;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.ruralwater.core.datafile.Coded;
import org.ruralwater.core.works.SupplyWorks;
import org.ruralwater.escalation.watch.WatchedAlert;
import org.ruralwater.qualityrules.evaluation.Comparison;
import org.ruralwater.qualityrules.evaluation.DeterminationVerdict;
import org.ruralwater.qualityrules.evaluation.SampleVerdict;
import org.ruralwater.qualityrules.evaluation.Verdict;
import org.ruralwater.qualityrules.sample.Sample;
import org.ruralwater.qualityrules.standard.Standard;
import org.ruralwater.store.Store;
import org.ruralwater.store.people.User;
import org.ruralwater.store.quality.StoredSample;
import org.ruralwater.webapp.page.Frame;
import org.ruralwater.webapp.page.Pages;
import org.ruralwater.webapp.signin.SignIn;

/**
 * The stored samples: {@code /quality/samples?works=&month=} lists a month's samples in the user's region with
 * their verdicts, {@code /quality/samples/{id}} shows one with every determination and the alerts it raised,
 * {@code /quality/samples/{id}/compare} sets it beside the WHO, US EPA and EU limits. A sample or works of
 * another region is not found, as an unknown one is.
 */
final class SampleRegister {

    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

    private final Store store;
    private final Pages pages;
    private final SignIn signIn;
    private final Judging judging;
    private final Clock clock;

    SampleRegister(Store store, Pages pages, SignIn signIn, Judging judging, Clock clock) {
        this.store = requireNonNull(store, "store");
        this.pages = requireNonNull(pages, "pages");
        this.signIn = requireNonNull(signIn, "signIn");
        this.judging = requireNonNull(judging, "judging");
        this.clock = requireNonNull(clock, "clock");
    }

    void addTo(RoutesConfig routes) {
        routes.get("/quality/samples", this::list);
        routes.get("/quality/samples/{id}", this::show);
        routes.get("/quality/samples/{id}/compare", this::compare);
    }

    /** The month asked for, or the current one when none or no month is asked for. */
    static YearMonth month(Context ctx, Clock clock) {
        String m = ctx.queryParam("month");
        if (m != null && !m.isBlank()) {
            try {
                return YearMonth.parse(m.strip());
            } catch (DateTimeParseException e) {
                // Not a month: the current one, as with none.
            }
        }
        return YearMonth.now(clock);
    }

    /** The works asked for, which must be the user's; empty for all of them. */
    static Optional<SupplyWorks> works(Context ctx, List<SupplyWorks> works) {
        String w = ctx.queryParam("works");
        if (w == null || w.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(works.stream()
                .filter(x -> x.id().value().equals(w.strip()))
                .findFirst()
                .orElseThrow(NotFoundResponse::new));
    }

    static String worksName(Optional<String> id, List<SupplyWorks> works) {
        return id.map(i -> works.stream()
                        .filter(w -> w.id().value().equals(i))
                        .map(w -> w.name() + " (" + i + ")")
                        .findFirst()
                        .orElse(i))
                .orElse("");
    }

    static String href(String id) {
        return "/quality/samples/" + URLEncoder.encode(id, StandardCharsets.UTF_8);
    }

    private void list(Context ctx) {
        Frame frame = signIn.frame(ctx);
        User user = frame.signedIn().orElseThrow();
        List<SupplyWorks> works = store.county().works(user.scope());
        Optional<SupplyWorks> only = works(ctx, works);
        YearMonth month = month(ctx, clock);
        Optional<Verdict> verdict =
                Optional.ofNullable(ctx.queryParam("verdict")).flatMap(v -> Coded.parse(Verdict.class, v));
        List<SampleRow> rows = new ArrayList<>();
        for (StoredSample s : store.quality().samples(user.scope(), month)) {
            if (only.isPresent()
                    && !s.works().equals(Optional.of(only.get().id().value()))) {
                continue;
            }
            if (verdict.isPresent() && s.verdict() != verdict.get()) {
                continue;
            }
            Standard standard = judging.standard(s.standard());
            List<String> failing = new ArrayList<>();
            for (StoredSample.Determination d : s.determinations()) {
                if (d.verdict() == Verdict.FAIL) {
                    failing.add(name(standard, d.indicator(), frame) + " " + d.result() + " · " + d.limit() + " · "
                            + d.clause());
                }
            }
            rows.add(new SampleRow(
                    s.id(),
                    href(s.id()),
                    worksName(s.works(), works),
                    frame.label(s.point()),
                    TIME.format(s.sampledAt()),
                    s.verdict().code(),
                    frame.label(s.verdict()),
                    failing));
        }
        Map<String, Object> model = new HashMap<>();
        model.put("works", works);
        model.put("selected", only.map(w -> w.id().value()).orElse(""));
        model.put("month", month.toString());
        model.put("verdict", verdict.map(Verdict::code).orElse(""));
        model.put("verdicts", List.of(Verdict.values()));
        model.put("previous", query(only, verdict, month.minusMonths(1)));
        model.put("next", query(only, verdict, month.plusMonths(1)));
        model.put("rows", rows);
        pages.render(ctx, "quality/samples.jte", frame, model);
    }

    private static String query(Optional<SupplyWorks> works, Optional<Verdict> verdict, YearMonth month) {
        return "/quality/samples?month=" + month
                + works.map(w -> "&works=" + URLEncoder.encode(w.id().value(), StandardCharsets.UTF_8))
                        .orElse("")
                + verdict.map(v -> "&verdict=" + v.code()).orElse("");
    }

    private void show(Context ctx) {
        Frame frame = signIn.frame(ctx);
        User user = frame.signedIn().orElseThrow();
        StoredSample s =
                store.quality().sample(user.scope(), ctx.pathParam("id")).orElseThrow(NotFoundResponse::new);
        Sample taken = store.quality().taken(user.scope(), s.id()).orElseThrow(NotFoundResponse::new);
        Standard standard = judging.standard(s.standard());
        // The limits in the page's language: the sample judged again as it was stored (the same evaluator).
        Map<String, DeterminationVerdict> worded = new HashMap<>();
        judging.asTested(standard).evaluate(taken).determinations().forEach(d -> worded.put(d.indicator(), d));
        List<DeterminationRow> rows = new ArrayList<>();
        for (StoredSample.Determination d : s.determinations()) {
            DeterminationVerdict again = worded.get(d.indicator());
            rows.add(new DeterminationRow(
                    name(standard, d.indicator(), frame),
                    d.result(),
                    d.verdict().code(),
                    frame.label(d.verdict()),
                    again == null ? d.limit() : again.heldTo().in(frame.locale()),
                    d.relaxed(),
                    d.clause()));
        }
        List<SupplyWorks> works = store.county().works(user.scope());
        List<AlertRow> alerts = new ArrayList<>();
        LocalDateTime now = LocalDateTime.now(clock);
        for (WatchedAlert a :
                judging.watched(store, user.scope(), works, now, s.works()).alerts()) {
            if (a.alert().sampleId().equals(Optional.of(s.id()))) {
                alerts.add(AlertRow.of(
                        a, standard, works, List.of(), judging.links().alertToTicket(), frame));
            }
        }
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("sample", s);
        model.put("taken", taken);
        model.put("works", worksName(s.works(), works));
        model.put("standard", standard);
        model.put("rows", rows);
        model.put("alerts", alerts);
        model.put("saved", Optional.ofNullable(ctx.queryParam("saved")).orElse(""));
        model.put("href", href(s.id()));
        model.put("takenAt", TIME.format(s.sampledAt()));
        model.put("month", YearMonth.from(s.sampledAt()).toString());
        pages.render(ctx, "quality/stored.jte", frame, model);
    }

    private void compare(Context ctx) {
        Frame frame = signIn.frame(ctx);
        User user = frame.signedIn().orElseThrow();
        StoredSample s =
                store.quality().sample(user.scope(), ctx.pathParam("id")).orElseThrow(NotFoundResponse::new);
        Sample taken = store.quality().taken(user.scope(), s.id()).orElseThrow(NotFoundResponse::new);
        List<Standard> standards = new ArrayList<>();
        standards.add(judging.standard(s.standard()));
        Judging.ABROAD.forEach(id -> standards.add(judging.standard(id)));
        Map<String, SampleVerdict> verdicts =
                Comparison.of(standards).asTested().evaluate(taken);
        List<ComparedRow> rows = new ArrayList<>();
        for (var d : taken.determinations()) {
            List<ComparedRow.Cell> cells = new ArrayList<>();
            for (Standard st : standards) {
                Optional<DeterminationVerdict> v = verdicts.get(st.id()).determinations().stream()
                        .filter(x -> x.indicator().equals(d.indicator()))
                        .findFirst();
                // An indicator the standard does not limit says so once: it has no limit to show and no
                // clause of its own (the evaluator names the standard's file there).
                cells.add(v.map(x -> x.verdict() == Verdict.NOT_REGULATED
                                ? new ComparedRow.Cell(x.verdict().code(), frame.label(x.verdict()), "", "")
                                : new ComparedRow.Cell(
                                        x.verdict().code(),
                                        frame.label(x.verdict()),
                                        x.heldTo().in(frame.locale()),
                                        x.clause()))
                        .orElse(new ComparedRow.Cell("none", "", DeskWords.NOT_IN_STANDARD.in(frame), "")));
            }
            rows.add(new ComparedRow(
                    name(standards.get(0), d.indicator(), frame), d.result().toString(), cells));
        }
        List<String> overall = new ArrayList<>();
        List<String> overallCodes = new ArrayList<>();
        for (Standard st : standards) {
            overall.add(frame.label(verdicts.get(st.id()).verdict()));
            overallCodes.add(verdicts.get(st.id()).verdict().code());
        }
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("sample", s);
        model.put("standards", standards);
        model.put("rows", rows);
        model.put("overall", overall);
        model.put("overallCodes", overallCodes);
        model.put("href", href(s.id()));
        pages.render(ctx, "quality/compare.jte", frame, model);
    }

    static String name(Standard standard, String code, Frame frame) {
        return standard.indicator(code).map(i -> i.name(frame.locale())).orElse(code);
    }
}
