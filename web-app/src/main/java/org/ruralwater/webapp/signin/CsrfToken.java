package org.ruralwater.webapp.signin;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import org.jspecify.annotations.Nullable;

/**
 * The synchronizer token of a session (OWASP CSRF cheat sheet): a random value kept in the server-side
 * session and written into every form, which a request that changes anything must send back, as a form
 * field or, for htmx requests, a header. A new token is drawn at sign-in together with the new session id.
 */
public final class CsrfToken {

    /** The form field and the session attribute. */
    public static final String FIELD = "csrf";
    /** The header htmx sends (set once on the page's body with hx-headers). */
    public static final String HEADER = "X-CSRF-Token";

    private static final SecureRandom RANDOM = new SecureRandom();

    private CsrfToken() {}

    static String fresh() {
        byte[] b = new byte[32];
        RANDOM.nextBytes(b);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    /** Whether the token a request sent is the session's, compared in constant time. */
    static boolean matches(@Nullable String expected, @Nullable String sent) {
        if (expected == null || sent == null) {
            return false;
        }
        return MessageDigest.isEqual(
                expected.getBytes(StandardCharsets.US_ASCII), sent.getBytes(StandardCharsets.US_ASCII));
    }
}
