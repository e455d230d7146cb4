package org.ruralwater.core.wording;

import static java.util.Objects.requireNonNull;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The names users read for the constants of a closed vocabulary: {@code 基本安全} or "basically safe" for the
 * grade whose file code is {@code basically_safe}. Codes stay what files and JSON hold; a label is only
 * ever shown.
 *
 * <p>The labels of an enum live in the module that owns it, in the {@link Vocabulary} named after the
 * module's root package ({@code org.ruralwater.assurance} → {@code assurance-labels}, that is
 * {@code META-INF/ruralwater/words/assurance-labels.properties} and {@code assurance-labels_zh_CN.properties}),
 * with the vocabulary's fallback from language and country to language to the root file (English). A key
 * is the enum's name below the root package, nested types joined by dots, then the constant in lower case
 * (its file code): {@code safewater.Grade.basically_safe}, {@code monitoring.Ticket.State.open}. The package
 * keeps two enums of the same simple name in one module apart.
 *
 * <p>A constant without a label is shown by its lower-case name, so a missing text never stops an output;
 * the architecture module's vocabulary completeness test fails on it instead.
 */
public final class Labels {

    /** The number of leading package names that make a module's root package, as in {@code org.ruralwater.core}. */
    private static final int ROOT_DEPTH = 3;

    private static final Map<String, Vocabulary> VOCABULARIES = new ConcurrentHashMap<>();

    private Labels() {}

    /** The label of the constant in the locale (or its nearest language), else its lower-case name. */
    public static String of(Enum<?> value, Locale locale) {
        requireNonNull(value, "value");
        requireNonNull(locale, "locale");
        return vocabulary(value).text(key(value), locale).orElseGet(() -> constant(value));
    }

    /**
     * The label of the constant in exactly this language's file, without falling back: empty when that file
     * lacks it. {@link Locale#ROOT} asks for the root (English) file. For completeness tests.
     */
    public static Optional<String> exact(Enum<?> value, Locale locale) {
        requireNonNull(value, "value");
        requireNonNull(locale, "locale");
        return vocabulary(value).exactText(key(value), locale);
    }

    /** The label as a phrase, put into words in the reader's locale when it is shown. */
    public static Phrase phrase(Enum<?> value) {
        requireNonNull(value, "value");
        return Phrase.of(new LabelKey(value));
    }

    /** The key of the constant in its module's labels file, such as {@code safewater.Grade.basically_safe}. */
    public static String key(Enum<?> value) {
        requireNonNull(value, "value");
        Class<?> type = value.getDeclaringClass();
        String[] packages = type.getPackageName().split("\\.");
        StringBuilder k = new StringBuilder();
        for (int i = ROOT_DEPTH; i < packages.length; i++) {
            k.append(packages[i]).append('.');
        }
        String simple = type.getName().substring(type.getPackageName().length() + 1);
        return k.append(simple.replace('$', '.'))
                .append('.')
                .append(constant(value))
                .toString();
    }

    /** The name of the vocabulary holding the labels of the type: its module's root package and "-labels". */
    public static String vocabularyName(Class<? extends Enum<?>> type) {
        requireNonNull(type, "type");
        return rootName(type);
    }

    private static Vocabulary vocabulary(Enum<?> value) {
        Class<?> type = value.getDeclaringClass();
        // The first enum of a module seen anchors the lookup, so the files are read from that module.
        return VOCABULARIES.computeIfAbsent(rootName(type), name -> Vocabulary.of(type, name));
    }

    private static String rootName(Class<?> type) {
        String[] packages = type.getPackageName().split("\\.");
        String root = packages.length >= ROOT_DEPTH ? packages[ROOT_DEPTH - 1] : packages[packages.length - 1];
        return root.toLowerCase(Locale.ROOT) + "-labels";
    }

    private static String constant(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }

    /** The key of a label as a phrase: no arguments, the label as its template. */
    private record LabelKey(Enum<?> value) implements PhraseKey {

        @Override
        public String code() {
            return rootName(value.getDeclaringClass()) + "." + key(value);
        }

        @Override
        public String template(Locale locale) {
            return of(value, locale);
        }
    }
}
