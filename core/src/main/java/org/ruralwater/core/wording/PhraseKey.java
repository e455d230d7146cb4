package org.ruralwater.core.wording;

import java.util.Locale;

/**
 * The key of a phrase in a module's vocabulary: a stable code and the phrase's template in each locale.
 *
 * <p>Each module keeps its keys as one enum backed by a {@link Vocabulary}, so the code of a phrase never
 * changes with its wording and every template of a module sits in one file per language.
 */
public interface PhraseKey {

    /** The stable code, unique across ruralwater: the vocabulary's name and the key, e.g. {@code core.whole_number}. */
    String code();

    /**
     * The template in the locale (or its nearest language, else the vocabulary's root file), with {@code {0}},
     * {@code {1}}, … where the arguments go.
     */
    String template(Locale locale);
}
