package org.ruralwater.webapp.page;

import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.ruralwater.core.wording.Labels;
import org.ruralwater.core.wording.Phrase;
import org.ruralwater.store.people.User;
import org.ruralwater.webapp.access.Action;
import org.ruralwater.webapp.access.Permissions;
import org.ruralwater.webapp.wording.WebWords;

/**
 * What every page needs besides its own content: the language, the signed-in user if any, the session's
 * CSRF token for its forms, and the page's query (so that switching language keeps what the page shows).
 */
public record Frame(Locale locale, @Nullable User user, String csrf, String query) {

    public Frame {
        query = query == null ? "" : query;
    }

    public Frame(Locale locale, @Nullable User user, String csrf) {
        this(locale, user, csrf, "");
    }

    /**
     * The link to this page in another language: the page's own query (its filters, its period) with the
     * language set, so that a reader who switches keeps their place.
     */
    public String languageLink(String languageTag) {
        StringBuilder link = new StringBuilder("?");
        for (String pair : query.split("&")) {
            if (!pair.isEmpty() && !pair.startsWith("lang=") && !pair.equals("lang")) {
                link.append(pair).append('&');
            }
        }
        return link.append("lang=").append(languageTag).toString();
    }

    /** A word of the platform in the page's language. */
    public String word(WebWords key, Object... arguments) {
        return Phrase.of(key, arguments).in(locale);
    }

    /** The label of a constant (a role, an indicator) in the page's language. */
    public String label(Enum<?> value) {
        return Labels.of(value, locale);
    }

    /** A percentage as the page's language writes it. */
    public String percent(java.math.BigDecimal value) {
        return value.toPlainString() + "%";
    }

    /** Whether the signed-in user's role may take the action (inside their scope); no one signed in may not. */
    public boolean may(Action action) {
        return user != null && Permissions.allows(user, action);
    }

    /** A time as the page shows it: the platform's local date and time to the second. */
    public String time(java.time.Instant at) {
        return TIME.format(at.atZone(java.time.ZoneId.systemDefault()));
    }

    private static final java.time.format.DateTimeFormatter TIME =
            java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);

    public Optional<User> signedIn() {
        return Optional.ofNullable(user);
    }

    /** The page's language as an HTML {@code lang} value. */
    public String lang() {
        return locale.toLanguageTag();
    }
}
