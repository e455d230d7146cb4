package org.ruralwater.core.wording;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A phrase to show a user: a key of a vocabulary and its arguments, put into words only when it is shown,
 * in the locale of whoever reads it. An argument is a text taken as it is (a value from an input file, a
 * name, a number) or a phrase of its own.
 *
 * <p>A value found in a file is a {@link #quoted(String)} phrase: it is shown as it was written, in quotes,
 * in every language.
 */
public record Phrase(PhraseKey key, List<Object> arguments) {

    /** Longer values are cut to this many characters in a quoted phrase. */
    private static final int QUOTED_LENGTH = 60;

    public Phrase {
        requireNonNull(key, "key");
        List<Object> args = new ArrayList<>(arguments.size());
        for (Object a : arguments) {
            args.add(argument(a));
        }
        arguments = List.copyOf(args);
    }

    /**
     * The phrase with these arguments; numbers and other values are taken by their text form, a list of
     * texts joined by ", " and a list holding phrases as the reader's language joins one ("甲、乙").
     */
    public static Phrase of(PhraseKey key, Object... arguments) {
        return new Phrase(key, List.of(arguments));
    }

    /** A value as it was found, in quotes, with line breaks shown as {@code \n} and long values cut. */
    public static Phrase quoted(String value) {
        String t = value.length() > QUOTED_LENGTH ? value.substring(0, QUOTED_LENGTH - 3) + "…" : value;
        return new Phrase(Verbatim.TEXT, List.of("\"" + t.replace("\r", "\\r").replace("\n", "\\n") + "\""));
    }

    /** A text shown as it is in every language: a code, a name, a number, a list of known values. */
    public static Phrase verbatim(String text) {
        return new Phrase(Verbatim.TEXT, List.of(text));
    }

    /**
     * A name the data gives in two languages (an indicator's 浑浊度 and turbidity): the Chinese one for a
     * Chinese reader, the other for every other reader.
     */
    public static Phrase named(String chinese, String english) {
        return new Phrase(new Named(requireNonNull(chinese, "chinese"), requireNonNull(english, "english")), List.of());
    }

    /** The phrase's stable code. */
    public String code() {
        return key.code();
    }

    /** The phrase in the locale. */
    public String in(Locale locale) {
        String template = key.template(locale);
        StringBuilder b = new StringBuilder(template.length() + 16);
        for (int i = 0; i < template.length(); i++) {
            char c = template.charAt(i);
            int close = c == '{' ? template.indexOf('}', i) : -1;
            if (close > i + 1 && close <= i + 3 && isIndex(template, i + 1, close)) {
                int n = Integer.parseInt(template, i + 1, close, 10);
                if (n >= arguments.size()) {
                    throw new IllegalStateException(
                            key.code() + " needs argument " + n + " but has " + arguments.size());
                }
                Object a = arguments.get(n);
                b.append(a instanceof Phrase p ? p.in(locale) : (String) a);
                i = close;
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** The phrase in the root language (English), the form of logs and of {@code toString()}. */
    @Override
    public String toString() {
        return in(Locale.ROOT);
    }

    private static boolean isIndex(String t, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Character.isDigit(t.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static Object argument(Object a) {
        requireNonNull(a, "argument");
        if (a instanceof Phrase || a instanceof String) {
            return a;
        }
        if (a instanceof BigDecimal d) {
            return d.toPlainString();
        }
        // A path is iterable (its names), but a path is shown whole.
        if (a instanceof Iterable<?> items && !(a instanceof Path)) {
            List<Object> all = new ArrayList<>();
            items.forEach(all::add);
            // A template holds at most {99}; a longer list is joined in English, as lists of texts are.
            if (all.size() < 100 && all.stream().anyMatch(Phrase.class::isInstance)) {
                return new Phrase(new Joined(all.size()), all);
            }
            List<String> texts = new ArrayList<>();
            all.forEach(x -> texts.add(String.valueOf(x)));
            return String.join(", ", texts);
        }
        return String.valueOf(a);
    }

    /** The key of a text shown as it is. */
    private enum Verbatim implements PhraseKey {
        TEXT;

        @Override
        public String code() {
            return "verbatim";
        }

        @Override
        public String template(Locale locale) {
            return "{0}";
        }
    }

    /** The key of a name given in Chinese and English; braces are doubled nowhere, as names hold no {n}. */
    private record Named(String chinese, String english) implements PhraseKey {

        @Override
        public String code() {
            return "named";
        }

        @Override
        public String template(Locale locale) {
            return locale.getLanguage().equals("zh") ? chinese : english;
        }
    }

    /** The key of a list of items, joined by ", " or, for a Chinese reader, by "、". */
    private record Joined(int size) implements PhraseKey {

        @Override
        public String code() {
            return "joined";
        }

        @Override
        public String template(Locale locale) {
            String separator = locale.getLanguage().equals("zh") ? "、" : ", ";
            StringBuilder t = new StringBuilder();
            for (int i = 0; i < size; i++) {
                t.append(i == 0 ? "" : separator).append('{').append(i).append('}');
            }
            return t.toString();
        }
    }
}
