package org.ruralwater.webapp.page;

import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.ruralwater.core.wording.Phrase;
import org.ruralwater.webapp.WebWords;
import org.ruralwater.webapp.people.User;

/**
 * What every page needs besides its own content: the language, the signed-in user if any, and the
 * session's CSRF token for its forms.
 */
public record Frame(Locale locale, @Nullable User user, String csrf) {

    /** A word of the platform in the page's language. */
    public String word(WebWords key, Object... arguments) {
        return Phrase.of(key, arguments).in(locale);
    }

    public Optional<User> signedIn() {
        return Optional.ofNullable(user);
    }

    /** The page's language as an HTML {@code lang} value. */
    public String lang() {
        return locale.toLanguageTag();
    }
}
