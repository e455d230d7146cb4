package org.ruralwater.core.suggestion;

import static java.util.Objects.requireNonNull;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.ruralwater.core.wording.CoreWords;
import org.ruralwater.core.wording.Phrase;

/**
 * An id that names nothing known: a tariff, a rule set, a standard or a plan that is not loaded. It carries
 * the known ids and the closest of them, so a command can answer with the ones the user probably meant.
 */
public final class UnknownIdException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** At most this many closest ids are suggested. */
    static final int SUGGESTED = 3;

    private final transient Phrase noun;
    private final String id;
    private final List<String> known;
    private final List<String> closest;

    private UnknownIdException(Phrase noun, String id, List<String> known) {
        super(text(noun, id, known, Locale.ROOT));
        this.noun = noun;
        this.id = id;
        this.known = known;
        this.closest = Suggestions.closest(id, known, SUGGESTED);
    }

    /** {@code id} is no {@code noun} among the {@code known} ones. */
    public static UnknownIdException of(Phrase noun, String id, Collection<String> known) {
        return new UnknownIdException(
                requireNonNull(noun, "noun"), requireNonNull(id, "id"), List.copyOf(requireNonNull(known, "known")));
    }

    private static String text(Phrase noun, String id, List<String> known, Locale locale) {
        // The id stands as typed: it is an argument the user gave, not a value read from a file.
        Phrase unknown = Phrase.of(CoreWords.UNKNOWN_ID, noun, Phrase.verbatim(id), String.join(", ", known));
        List<String> closest = Suggestions.closest(id, known, SUGGESTED);
        if (closest.isEmpty()) {
            return unknown.in(locale);
        }
        Phrase list = Phrase.quoted(closest.get(0));
        for (int i = 1; i < closest.size(); i++) {
            list = Phrase.of(
                    i == closest.size() - 1 ? CoreWords.ALTERNATIVE_LAST : CoreWords.ALTERNATIVE,
                    list,
                    Phrase.quoted(closest.get(i)));
        }
        // The advice goes on its own line, as every "Maybe" of ruralwater does.
        return unknown.in(locale) + "\n" + Phrase.of(CoreWords.MAYBE, list).in(locale);
    }

    /** The message in a language. */
    public String in(Locale locale) {
        return text(noun, id, known, locale);
    }

    /** The id asked for. */
    public String id() {
        return id;
    }

    /** Every known id, in the order they were loaded. */
    public List<String> known() {
        return known;
    }

    /** The known ids nearest to the one asked for, nearest first; empty when none is near. */
    public List<String> closest() {
        return closest;
    }
}
