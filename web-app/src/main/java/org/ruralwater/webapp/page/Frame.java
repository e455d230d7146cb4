package org.ruralwater.webapp.page;

import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.ruralwater.core.wording.Labels;
import org.ruralwater.core.wording.Phrase;
import org.ruralwater.store.people.User;
import org.ruralwater.webapp.wording.WebWords;

/**
 * What every page needs besides its own content: the language, the signed-in user if any, and the
 * session's CSRF token for its forms.
 */
public record Frame(Locale locale, @Nullable User user, String csrf) {

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

    public Optional<User> signedIn() {
        return Optional.ofNullable(user);
    }

    /** The page's language as an HTML {@code lang} value. */
    public String lang() {
        return locale.toLanguageTag();
    }
}
