package org.ruralwater.core.identity;

import static java.util.Objects.requireNonNull;

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
     * Returns {@code value} when it is a valid identifier of the kind named.
     *
     * @throws IllegalArgumentException naming the kind, the value and the first bad character
     */
    public static String check(String kind, String value) {
        requireNonNull(value, kind);
        if (value.isEmpty() || value.length() > 64) {
            throw new IllegalArgumentException(
                    "a " + kind + " has 1 to 64 characters, but \"" + value + "\" has " + value.length());
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c >= ALLOWED.length || !ALLOWED[c]) {
                throw new IllegalArgumentException("a " + kind + " has only letters, digits, '-', '_' and '.', but \""
                        + value + "\" has '" + c + "' at position " + (i + 1));
            }
        }
        return value;
    }
}
