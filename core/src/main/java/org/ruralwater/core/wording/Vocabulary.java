package org.ruralwater.core.wording;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One module's words: the templates of its phrase keys, read from {@code META-INF/ruralwater/words/NAME.properties}
 * (the root file, in English) and {@code NAME_zh_CN.properties}, {@code NAME_zh.properties} and so on, as UTF-8.
 *
 * <p>The files sit outside any Java package so that a module on the module path can still be read from
 * core; a lookup falls back from language and country to language to the root file, never to the JVM's
 * default locale, so that the same call gives the same text on every machine.
 */
public final class Vocabulary {

    private static final String FOLDER = "/META-INF/ruralwater/words/";

    private final Class<?> anchor;
    private final String name;
    private final Map<String, Properties> files = new ConcurrentHashMap<>();

    private Vocabulary(Class<?> anchor, String name) {
        this.anchor = anchor;
        this.name = name;
    }

    /**
     * The vocabulary {@code name}, whose files are resources of the module (or jar) that holds {@code anchor}.
     */
    public static Vocabulary of(Class<?> anchor, String name) {
        requireNonNull(anchor, "anchor");
        requireNonNull(name, "name");
        if (!name.matches("[a-z][a-z0-9-]*")) {
            throw new IllegalArgumentException(
                    "a vocabulary name is lower-case letters, digits and '-', not \"" + name + "\"");
        }
        return new Vocabulary(anchor, name);
    }

    /** The vocabulary's name, the first part of each of its codes. */
    public String name() {
        return name;
    }

    /** The stable code of an enum key: the vocabulary's name, a dot, and the constant in lower case. */
    public String code(Enum<?> key) {
        return name + "." + key(key);
    }

    /**
     * The template of the key in the locale.
     *
     * @throws IllegalStateException when not even the root file has the key, which a completeness test
     *     prevents
     */
    public String template(Enum<?> key, Locale locale) {
        return text(key(key), locale)
                .orElseThrow(() -> new IllegalStateException("vocabulary " + name + " has no text for " + key(key)));
    }

    /** The text of a key of the files in the locale, falling back as the class says; empty when none has it. */
    Optional<String> text(String k, Locale locale) {
        for (String suffix : suffixes(locale)) {
            String t = file(suffix).getProperty(k);
            if (t != null) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    /**
     * The template of the key in exactly this language (no fallback), for completeness tests: empty when the
     * language's file lacks it.
     */
    public Optional<String> exactTemplate(Enum<?> key, Locale locale) {
        return exactText(key(key), locale);
    }

    /** The text of a key of the files in exactly this language, without falling back. */
    Optional<String> exactText(String k, Locale locale) {
        String suffix = locale.getLanguage().isEmpty() ? "" : suffixes(locale).get(0);
        return Optional.ofNullable(file(suffix).getProperty(k));
    }

    /** The keys of the enum that the root file, or the given language's own file, lacks. */
    public List<String> missing(Class<? extends Enum<?>> keys, Locale locale) {
        List<String> out = new ArrayList<>();
        for (Enum<?> k : keys.getEnumConstants()) {
            if (exactTemplate(k, locale).isEmpty()) {
                out.add(key(k));
            }
        }
        return out;
    }

    private static String key(Enum<?> key) {
        return key.name().toLowerCase(Locale.ROOT);
    }

    private static List<String> suffixes(Locale locale) {
        List<String> out = new ArrayList<>(3);
        String language = locale.getLanguage();
        String country = locale.getCountry();
        if (!language.isEmpty() && !country.isEmpty()) {
            out.add("_" + language + "_" + country);
        }
        if (!language.isEmpty()) {
            out.add("_" + language);
        }
        out.add("");
        return out;
    }

    private Properties file(String suffix) {
        return files.computeIfAbsent(suffix, this::load);
    }

    private Properties load(String suffix) {
        Properties p = new Properties();
        String path = FOLDER + name + suffix + ".properties";
        try (InputStream in = anchor.getResourceAsStream(path)) {
            if (in != null) {
                p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the vocabulary file " + path, e);
        }
        return p;
    }
}
