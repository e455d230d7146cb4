package org.ruralwater.webapp.quality;

import static java.util.Objects.requireNonNull;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.ruralwater.core.datafile.InvalidInputException;
import org.ruralwater.core.datafile.Problem;
import org.ruralwater.core.works.SupplyWorks;
import org.ruralwater.escalation.links.Links;
import org.ruralwater.escalation.watch.Watch;
import org.ruralwater.escalation.watch.WatchedAlert;
import org.ruralwater.qualityrules.alert.Alert;
import org.ruralwater.qualityrules.alert.AlertPolicy;
import org.ruralwater.qualityrules.evaluation.Evaluator;
import org.ruralwater.qualityrules.evaluation.SampleVerdict;
import org.ruralwater.qualityrules.sample.Sample;
import org.ruralwater.qualityrules.sample.SampleFile;
import org.ruralwater.qualityrules.standard.Standard;
import org.ruralwater.qualityrules.standard.Standards;
import org.ruralwater.store.Store;
import org.ruralwater.store.people.User;
import org.ruralwater.webapp.page.Frame;
import org.ruralwater.webapp.page.Pages;
import org.ruralwater.webapp.signin.SignIn;

/**
 * The sample page of the water-quality desk: {@code GET /quality/sample} shows a blank form, {@code POST
 * /quality/sample} judges what it holds. htmx posts the form as each value changes and swaps in only the
 * verdict; without JavaScript the button posts it and the whole page comes back with the verdict.
 */
public final class SampleDesk {

    /** The standards a sample may be held to here: China's, newest first. */
    private static final List<String> STANDARDS = List.of("GB5749-2022", "GB5749-2006");

    private final Store store;
    private final Pages pages;
    private final SignIn signIn;
    private final Standards standards = Standards.bundled();
    private final Map<String, Evaluator> evaluators = new ConcurrentHashMap<>();
    private final Links links = Links.bundled();
    private final Map<String, Watch> watches = new ConcurrentHashMap<>();

    public SampleDesk(Store store, Pages pages, SignIn signIn) {
        this.store = requireNonNull(store, "store");
        this.pages = requireNonNull(pages, "pages");
        this.signIn = requireNonNull(signIn, "signIn");
    }

    public void addTo(RoutesConfig routes) {
        routes.get("/quality/sample", this::form);
        routes.post("/quality/sample", this::judge);
    }

    private void form(Context ctx) {
        Frame frame = signIn.frame(ctx);
        User user = frame.signedIn().orElseThrow();
        render(ctx, frame, SampleForm.blank(STANDARDS.get(0)), store.county().works(user.scope()), null);
    }

    private void judge(Context ctx) {
        Frame frame = signIn.frame(ctx);
        User user = frame.signedIn().orElseThrow();
        SampleForm form = SampleForm.of(ctx, STANDARDS.get(0));
        List<SupplyWorks> works = store.county().works(user.scope());
        // A works outside the user's region is as if it did not exist: the same answer as an unknown page.
        if (!form.works().isEmpty()
                && works.stream().noneMatch(w -> w.id().value().equals(form.works()))) {
            throw new NotFoundResponse();
        }
        if (!STANDARDS.contains(form.standard())) {
            throw new NotFoundResponse();
        }
        Judged judged = judged(form, frame, works);
        if (ctx.header("HX-Request") != null) {
            pages.render(ctx, "quality/verdict.jte", frame, Map.of("judged", judged));
        } else {
            render(ctx, frame, form, works, judged);
        }
    }

    private void render(Context ctx, Frame frame, SampleForm form, List<SupplyWorks> works, Judged judged) {
        List<Standard> offered = STANDARDS.stream().map(standards::get).toList();
        Map<String, Object> model = new HashMap<>();
        model.put("form", form);
        model.put("works", works);
        model.put("standards", offered);
        model.put("indicators", List.copyOf(standards.get(form.standard()).indicators()));
        model.put("judged", Optional.ofNullable(judged));
        pages.render(ctx, "quality/sample.jte", frame, model);
    }

    /** The form read as strictly as a sample file, then judged; or what to correct, at its rows. */
    Judged judged(SampleForm form, Frame frame, List<SupplyWorks> works) {
        Standard standard = standards.get(form.standard());
        List<Integer> filled = form.filledRows();
        if (filled.isEmpty()) {
            return Judged.nothing(standard);
        }
        List<Sample> samples;
        try {
            samples = SampleFile.read(
                    "form", new ByteArrayInputStream(form.asSampleFile().getBytes(StandardCharsets.UTF_8)), standard);
        } catch (InvalidInputException e) {
            List<Judged.Correction> corrections = new ArrayList<>();
            for (Problem p : e.problems()) {
                // Line 1 is the header; line k + 1 is the k-th filled row.
                Optional<Integer> row = p.line() >= 2 && p.line() - 2 < filled.size()
                        ? Optional.of(filled.get(p.line() - 2))
                        : Optional.empty();
                corrections.add(new Judged.Correction(
                        row,
                        Judged.fieldLabel(p.field(), frame),
                        p.expected().in(frame.locale()),
                        p.found().in(frame.locale())));
            }
            return Judged.corrections(standard, corrections);
        }
        Evaluator evaluator = evaluators.computeIfAbsent(standard.id(), id -> Evaluator.of(standard));
        Sample sample = samples.get(0);
        SampleVerdict verdict = evaluator.evaluate(sample);
        // What the links raise for this sample at the moment it was taken: the alerts and their deadlines (a
        // sample without a time has alerts without deadlines).
        Watch watch = watches.computeIfAbsent(standard.id(), id -> Watch.of(links, evaluator, AlertPolicy.DEFAULT));
        List<Alert> alerts = watch.over(samples, works, sample.sampledAt().orElse(LocalDateTime.MAX)).alerts().stream()
                .map(WatchedAlert::alert)
                .toList();
        return Judged.of(standard, verdict, alerts, links.alertToTicket());
    }
}
