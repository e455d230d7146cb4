package org.ruralwater.core.identity;

import static java.util.Objects.requireNonNull;

import org.ruralwater.core.wording.CoreWords;
import org.ruralwater.core.wording.Phrase;
import org.ruralwater.core.wording.RefusalException;

/**
 * The one rule every identifier in ruralwater follows, so that IDs survive CSV files, URLs and file names:
 * 1 to 64 characters from letters, digits, {@code -}, {@code _} and {@code .}.
 */
public final class Identifiers {

    /**
     * The allowed ASCII characters, looked up rather than compared: every id of every row of a county's
     * files passes here (a household row has two), and one load beats six range tests per character.
     */
    private static final boolean[] ALLOWED = new boolean[128];

    static {
        for (char c = 0; c < ALLOWED.length; c++) {
            ALLOWED[c] = (c >= 'a' && c <= 'z')
                    || (c >= 'A' && c <= 'Z')
                    || (c >= '0' && c <= '9')
                    || c == '-'
                    || c == '_'
                    || c == '.';
        }
    }

    private Identifiers() {}

    /**
     * Returns {@code value} when it is a valid identifier of the kind named in English.
     *
     * @throws RefusalException naming the kind, the value and the first bad character
     */
    public static String check(String kind, String value) {
        requireNonNull(value, kind);
        return check(Phrase.verbatim(kind), value);
    }

    /**
     * Returns {@code value} when it is a valid identifier of the kind named by a phrase (household id,
     * 用水户编号), which the caller keeps as a constant: every id of every row passes here.
     *
     * @throws RefusalException naming the kind, the value and the first bad character, in the reader's language
     */
    public static String check(Phrase kind, String value) {
        requireNonNull(value, "value");
        if (value.isEmpty() || value.length() > 64) {
            throw new RefusalException(Phrase.of(CoreWords.ID_LENGTH, kind, quoted(value), value.length()));
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c >= ALLOWED.length || !ALLOWED[c]) {
                throw new RefusalException(
                        Phrase.of(CoreWords.ID_CHARACTERS, kind, quoted(value), String.valueOf(c), i + 1));
            }
        }
        return value;
    }

    /** The value in quotes, whole: the refusal has always shown it so. */
    private static Phrase quoted(String value) {
        return Phrase.verbatim("\"" + value + "\"");
    }
}
