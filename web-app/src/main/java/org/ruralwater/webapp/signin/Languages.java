package org.ruralwater.webapp.signin;

import io.javalin.http.Context;
import jakarta.servlet.http.HttpSession;
import java.util.List;
import java.util.Locale;

/**
 * The language of a page: the one chosen with {@code ?lang=} (kept in the session), else the browser's
 * first of Chinese or English, else Chinese, the platform's users' language.
 */
public final class Languages {

    static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    static final Locale ENGLISH = Locale.ENGLISH;

    private Languages() {}

    public static Locale of(Context ctx) {
        String asked = ctx.queryParam("lang");
        HttpSession session = ctx.req().getSession(false);
        if (asked != null && (asked.equals("zh-CN") || asked.equals("en"))) {
            ctx.req().getSession().setAttribute(SignIn.LANGUAGE, asked);
            return asked.equals("en") ? ENGLISH : CHINESE;
        }
        if (session != null && session.getAttribute(SignIn.LANGUAGE) instanceof String chosen) {
            return chosen.equals("en") ? ENGLISH : CHINESE;
        }
        String header = ctx.header("Accept-Language");
        if (header != null) {
            try {
                for (Locale.LanguageRange r : Locale.LanguageRange.parse(header)) {
                    String tag = r.getRange().toLowerCase(Locale.ROOT);
                    if (tag.startsWith("zh")) {
                        return CHINESE;
                    }
                    if (tag.startsWith("en")) {
                        return ENGLISH;
                    }
                }
            } catch (IllegalArgumentException malformed) {
                // A malformed header is the browser's problem, not the user's: the default language.
            }
        }
        return CHINESE;
    }

    static List<Locale> supported() {
        return List.of(CHINESE, ENGLISH);
    }
}
