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
 * is the enum's name below the root package, nested types joined by dots, then the constant's name in lower
 * case (its file code, unless the enum writes another, such as {@code csv-bom}):
 * {@code safewater.Grade.basically_safe}, {@code monitoring.Ticket.State.open}. The package keeps two enums
 * of the same simple name in one module apart.
 *
 * <p>A constant without a label is shown by its lower-case name, so a missing text never stops an output;
 * the architecture module's vocabulary completeness test fails on it instead.
 *
 * <p>The same files name the value types the strict readers parse ({@link #typeName(Class)}): the key is
 * the type's name below the root package alone, {@code region.RegionCode=区划代码}.
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

    /**
     * The constant as a sentence names it: by its file code in the root language, whose sentences were written
     * with codes ("no disinfectant meets its residual at the outlet"), and by its label in Chinese ("出厂水").
     *
     * @param code the constant's file code (its {@code Coded.code()}), which this package cannot ask for
     */
    public static Phrase codeOrLabel(Enum<?> value, String code) {
        requireNonNull(value, "value");
        requireNonNull(code, "code");
        return Phrase.of(new CodeOrLabelKey(value, code));
    }

    /** The key of the constant in its module's labels file, such as {@code safewater.Grade.basically_safe}. */
    public static String key(Enum<?> value) {
        requireNonNull(value, "value");
        return typeKey(value.getDeclaringClass()) + "." + constant(value);
    }

    /**
     * The name of a value type as a phrase ("region code", 区划代码): its label, keyed by the type's name below
     * its module's root package, else its simple name in lower-case words.
     */
    public static Phrase typeName(Class<?> type) {
        requireNonNull(type, "type");
        return Phrase.of(new TypeKey(type));
    }

    /** The name of a value type in exactly this language's file, without falling back; for completeness tests. */
    public static Optional<String> exactTypeName(Class<?> type, Locale locale) {
        requireNonNull(type, "type");
        requireNonNull(locale, "locale");
        return vocabulary(type).exactText(typeKey(type), locale);
    }

    /** The name of the vocabulary holding the labels of the type: its module's root package and "-labels". */
    public static String vocabularyName(Class<?> type) {
        requireNonNull(type, "type");
        return rootName(type);
    }

    private static Vocabulary vocabulary(Enum<?> value) {
        return vocabulary(value.getDeclaringClass());
    }

    private static Vocabulary vocabulary(Class<?> type) {
        // The first type of a module seen anchors the lookup, so the files are read from that module.
        return VOCABULARIES.computeIfAbsent(rootName(type), name -> Vocabulary.of(type, name));
    }

    /** The type's name below its module's root package, nested types joined by dots. */
    private static String typeKey(Class<?> type) {
        String[] packages = type.getPackageName().split("\\.");
        StringBuilder k = new StringBuilder();
        for (int i = ROOT_DEPTH; i < packages.length; i++) {
            k.append(packages[i]).append('.');
        }
        return k.append(type.getName()
                        .substring(type.getPackageName().length() + 1)
                        .replace('$', '.'))
                .toString();
    }

    private static String rootName(Class<?> type) {
        String[] packages = type.getPackageName().split("\\.");
        String root = packages.length >= ROOT_DEPTH ? packages[ROOT_DEPTH - 1] : packages[packages.length - 1];
        return root.toLowerCase(Locale.ROOT) + "-labels";
    }

    private static String constant(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }

    /** The key of a type's name as a phrase. */
    private record TypeKey(Class<?> type) implements PhraseKey {

        @Override
        public String code() {
            return rootName(type) + "." + typeKey(type);
        }

        @Override
        public String template(Locale locale) {
            return vocabulary(type)
                    .text(typeKey(type), locale)
                    .orElseGet(() -> type.getSimpleName()
                            .replaceAll("([a-z0-9])([A-Z])", "$1 $2")
                            .toLowerCase(Locale.ROOT));
        }
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

    /** The key of a constant named by its code in the root language and by its label in any other. */
    private record CodeOrLabelKey(Enum<?> value, String fileCode) implements PhraseKey {

        @Override
        public String code() {
            return rootName(value.getDeclaringClass()) + "." + key(value);
        }

        @Override
        public String template(Locale locale) {
            // Chinese is the one language with labels of its own; any other reads the English sentence.
            return locale.getLanguage().equals("zh") ? of(value, locale) : fileCode;
        }
    }
}
