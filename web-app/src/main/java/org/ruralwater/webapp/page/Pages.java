package org.ruralwater.webapp.page;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.HashMap;
import java.util.Map;
import org.ruralwater.webapp.wording.WebWords;

/**
 * Renders the precompiled jte templates (jte-maven-plugin generates their classes at build time, so the
 * running platform compiles nothing and needs no JDK). Output is HTML-escaped by jte unless a template
 * says otherwise, which none does.
 */
public final class Pages {

    private final TemplateEngine jte = TemplateEngine.createPrecompiled(ContentType.Html);

    public static Pages precompiled() {
        return new Pages();
    }

    /** Answers 403 with a page saying the user's role may not do this. */
    public void notAllowed(Context ctx, Frame frame) {
        ctx.status(HttpStatus.FORBIDDEN);
        render(ctx, "message.jte", frame, Map.of("message", frame.word(WebWords.NOT_ALLOWED)));
    }

    /** Renders {@code template} with the frame's common values (the words, the user, the CSRF token). */
    public void render(Context ctx, String template, Frame frame, Map<String, Object> model) {
        Map<String, Object> all = new HashMap<>(model);
        all.put("frame", frame);
        StringOutput out = new StringOutput();
        jte.render(template, all, out);
        ctx.html(out.toString());
    }
}
