package org.ruralwater.cliapp.output;

import static java.util.Objects.requireNonNull;

import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.ruralwater.cliapp.option.CliWords;
import org.ruralwater.core.county.County;
import org.ruralwater.core.wording.Labels;
import org.ruralwater.core.wording.Phrase;

/**
 * How a command's results are put into words for the person reading them: the language, the headings of its
 * columns and, when the county folder is known, the name beside each code. A table for people is written
 * through it; CSV and JSON keep the codes, so that what a program reads back does not depend on the locale.
 */
public final class Wording implements Table.Labels {

    private final Locale locale;
    private final Names names;
    private final Map<String, Phrase> headings;

    private Wording(Locale locale, Names names, Map<String, Phrase> headings) {
        this.locale = requireNonNull(locale, "locale");
        this.names = names;
        this.headings = Map.copyOf(headings);
    }

    /** Results in the locale, codes without names. */
    public static Wording in(Locale locale) {
        return new Wording(locale, Names.NONE, Map.of());
    }

    /** The same, with the county's names beside its codes. */
    public Wording withNames(County county) {
        return new Wording(locale, Names.of(county), headings);
    }

    /** The same, with this heading for the column (where the column's code says too little, or is made). */
    public Wording heading(String column, Phrase heading) {
        Map<String, Phrase> h = new HashMap<>(headings);
        h.put(column, heading);
        return new Wording(locale, names, h);
    }

    public Locale locale() {
        return locale;
    }

    /** The phrase in the reader's language. */
    public String say(Phrase phrase) {
        return phrase.in(locale);
    }

    @Override
    public String heading(String column) {
        Phrase chosen = headings.get(column);
        if (chosen != null) {
            return chosen.in(locale);
        }
        return Heading.of(column).map(h -> Phrase.of(h).in(locale)).orElse(column);
    }

    @Override
    public String cell(Object value, String text) {
        if (value instanceof Phrase p) {
            return say(p);
        }
        if (value instanceof Named n) {
            return say(Phrase.of(CliWords.NAME_AND_CODE, n.code(), n.name()));
        }
        if (value instanceof Worded w) {
            return w.words();
        }
        if (value instanceof Boolean b) {
            return say(Phrase.of(b ? CliWords.YES : CliWords.NO));
        }
        if (value instanceof Enum<?> e) {
            return label(e);
        }
        if (value instanceof Optional<?> o) {
            return o.map(v -> cell(v, Table.cell(v))).orElse(text);
        }
        if (value instanceof Collection<?> items) {
            return String.join(
                    ";", items.stream().map(v -> cell(v, Table.cell(v))).toList());
        }
        return names.of(value)
                .map(name -> say(Phrase.of(CliWords.NAME_AND_CODE, text, name)))
                .orElse(text);
    }

    /** An enum value's label in the reader's language, as the module that owns the enum words it. */
    public String label(Enum<?> value) {
        return Labels.of(value, locale);
    }
}
