package org.ruralwater.webapp.quality;

import static java.util.Objects.requireNonNull;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.NotFoundResponse;
import java.io.ByteArrayInputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ruralwater.core.datafile.InvalidInputException;
import org.ruralwater.core.datafile.Located;
import org.ruralwater.core.datafile.Problem;
import org.ruralwater.core.works.SupplyWorks;
import org.ruralwater.escalation.watch.WatchedAlert;
import org.ruralwater.qualityrules.alert.Alert;
import org.ruralwater.qualityrules.evaluation.SampleVerdict;
import org.ruralwater.qualityrules.sample.Sample;
import org.ruralwater.qualityrules.sample.SampleFile;
import org.ruralwater.qualityrules.standard.Standard;
import org.ruralwater.store.Store;
import org.ruralwater.store.access.Actor;
import org.ruralwater.store.people.User;
import org.ruralwater.webapp.access.Action;
import org.ruralwater.webapp.page.Frame;
import org.ruralwater.webapp.page.Pages;
import org.ruralwater.webapp.signin.SignIn;

/**
 * The sample page of the water-quality desk: {@code GET /quality/sample} shows a blank form, {@code POST
 * /quality/sample} judges what it holds, {@code POST /quality/samples} saves it. htmx posts the form as each
 * value changes and swaps in only the verdict; without JavaScript the button posts it and the whole page comes
 * back with the verdict. A saved sample is shown on its own page (post, redirect, get).
 */
public final class SampleDesk {

    /** Where the store places a problem of a saved sample: the form, as one sample at its first line. */
    static final String SOURCE = "form";

    private final Store store;
    private final Pages pages;
    private final SignIn signIn;
    private final Judging judging;

    public SampleDesk(Store store, Pages pages, SignIn signIn) {
        this(store, pages, signIn, new Judging());
    }

    SampleDesk(Store store, Pages pages, SignIn signIn, Judging judging) {
        this.store = requireNonNull(store, "store");
        this.pages = requireNonNull(pages, "pages");
        this.signIn = requireNonNull(signIn, "signIn");
        this.judging = requireNonNull(judging, "judging");
    }

    public void addTo(RoutesConfig routes) {
        routes.get("/quality/sample", this::form);
        routes.post("/quality/sample", this::judge);
        routes.post("/quality/samples", this::save);
    }

    private void form(Context ctx) {
        Frame frame = signIn.frame(ctx);
        User user = frame.signedIn().orElseThrow();
        render(
                ctx,
                frame,
                SampleForm.blank(Judging.STANDARDS.get(0)),
                store.county().works(user.scope()),
                null);
    }

    /** The form as posted, its works and standard checked: another region's works is as if it did not exist. */
    private List<SupplyWorks> worksFor(SampleForm form, User user) {
        List<SupplyWorks> works = store.county().works(user.scope());
        if (!form.works().isEmpty()
                && works.stream().noneMatch(w -> w.id().value().equals(form.works()))) {
            throw new NotFoundResponse();
        }
        if (!Judging.STANDARDS.contains(form.standard())) {
            throw new NotFoundResponse();
        }
        return works;
    }

    private void judge(Context ctx) {
        Frame frame = signIn.frame(ctx);
        User user = frame.signedIn().orElseThrow();
        SampleForm form = SampleForm.of(ctx, Judging.STANDARDS.get(0));
        List<SupplyWorks> works = worksFor(form, user);
        Judged judged = judged(form, frame, works);
        if (ctx.header("HX-Request") != null) {
            pages.render(ctx, "quality/verdict.jte", frame, Map.of("judged", judged));
        } else {
            render(ctx, frame, form, works, judged);
        }
    }

    /**
     * Saves the sample the form holds, within the user's scope, when it reads and has its number; the same
     * sample again changes nothing, and another under a stored number is refused on the form.
     */
    private void save(Context ctx) {
        Frame frame = signIn.frame(ctx);
        if (!frame.may(Action.RECORD_SAMPLE)) {
            pages.notAllowed(ctx, frame);
            return;
        }
        User user = frame.signedIn().orElseThrow();
        SampleForm form = SampleForm.of(ctx, Judging.STANDARDS.get(0));
        List<SupplyWorks> works = worksFor(form, user);
        Standard standard = judging.standard(form.standard());
        Judged judged = form.sampleId().isEmpty()
                ? Judged.corrections(
                        standard,
                        List.of(new Judged.Correction(
                                Optional.empty(),
                                DeskWords.SAMPLE_ID.in(frame),
                                DeskWords.SAMPLE_ID_NEEDED.in(frame),
                                DeskWords.NOTHING_GIVEN.in(frame))))
                : judged(form, frame, works);
        if (judged.sample().isEmpty()) {
            ctx.status(HttpStatus.UNPROCESSABLE_CONTENT);
            render(ctx, frame, form, works, judged);
            return;
        }
        Sample sample = judged.sample().get();
        boolean written;
        try {
            written = store.quality()
                    .record(
                            user.scope(),
                            Actor.user(user.name()),
                            new Located<>(SOURCE, 1, sample),
                            judging.asTested(standard));
        } catch (InvalidInputException e) {
            ctx.status(HttpStatus.CONFLICT);
            render(ctx, frame, form, works, Judged.corrections(standard, corrections(e.problems(), List.of(), frame)));
            return;
        }
        ctx.redirect(
                "/quality/samples/" + URLEncoder.encode(sample.id(), StandardCharsets.UTF_8) + "?saved="
                        + (written ? "new" : "same"),
                HttpStatus.SEE_OTHER);
    }

    private void render(Context ctx, Frame frame, SampleForm form, List<SupplyWorks> works, Judged judged) {
        List<Standard> offered =
                Judging.STANDARDS.stream().map(judging::standard).toList();
        Map<String, Object> model = new HashMap<>();
        model.put("form", form);
        model.put("works", works);
        model.put("standards", offered);
        model.put("indicators", List.copyOf(judging.standard(form.standard()).indicators()));
        model.put("judged", Optional.ofNullable(judged));
        pages.render(ctx, "quality/sample.jte", frame, model);
    }

    /** The form read as strictly as a sample file, then judged; or what to correct, at its rows. */
    Judged judged(SampleForm form, Frame frame, List<SupplyWorks> works) {
        Standard standard = judging.standard(form.standard());
        List<Integer> filled = form.filledRows();
        if (filled.isEmpty()) {
            return Judged.nothing(standard);
        }
        List<Sample> samples;
        try {
            samples = SampleFile.read(
                    SOURCE, new ByteArrayInputStream(form.asSampleFile().getBytes(StandardCharsets.UTF_8)), standard);
        } catch (InvalidInputException e) {
            return Judged.corrections(standard, corrections(e.problems(), filled, frame));
        }
        Sample sample = samples.get(0);
        SampleVerdict verdict = judging.complete(standard).evaluate(sample);
        // What the links raise for this sample at the moment it was taken: the alerts and their deadlines (a
        // sample without a time has alerts without deadlines).
        List<Alert> alerts =
                judging
                        .watch(standard)
                        .over(samples, works, sample.sampledAt().orElse(LocalDateTime.MAX))
                        .alerts()
                        .stream()
                        .map(WatchedAlert::alert)
                        .toList();
        return Judged.of(standard, sample, verdict, alerts, judging.links().alertToTicket());
    }

    /** The problems in the page's language, each at its row of the form when it has one. */
    private static List<Judged.Correction> corrections(List<Problem> problems, List<Integer> filled, Frame frame) {
        List<Judged.Correction> corrections = new ArrayList<>();
        for (Problem p : problems) {
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
        return corrections;
    }
}
