package org.ruralwater.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.ruralwater.core.datafile.Coded;
import org.ruralwater.core.wording.Labels;
import org.ruralwater.core.wording.VocabularyKey;

/**
 * Every word a user reads exists in English and in Chinese: each phrase key of each module's words enum,
 * and each constant of each {@link Coded} enum (the closed vocabularies users see in tables, problems and
 * reports), has a text in the root file and in the zh-CN file of its module, and a translation uses the
 * same placeholders as the root. Modules are found from the reactor, so a module added later is checked.
 */
class VocabularyCompletenessTest {

    private static final Locale ZH_CN = Locale.forLanguageTag("zh-CN");

    /** The languages every word must exist in, the root (English) first. */
    private static final List<Locale> LANGUAGES = List.of(Locale.ROOT, ZH_CN);

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d{1,2})}");

    @Test
    void everyPhraseKeyHasItsTextInEnglishAndInChineseWithTheSamePlaceholders() {
        List<String> problems = new ArrayList<>();
        int keys = 0;
        for (JavaClass c : enums(VocabularyKey.class)) {
            for (Object constant : c.reflect().getEnumConstants()) {
                VocabularyKey key = (VocabularyKey) constant;
                keys++;
                Optional<String> root = key.vocabulary().exactTemplate((Enum<?>) key, Locale.ROOT);
                for (Locale l : LANGUAGES) {
                    Optional<String> t = key.vocabulary().exactTemplate((Enum<?>) key, l);
                    if (t.isEmpty() || t.get().isBlank()) {
                        problems.add(key.code() + " has no " + language(l) + " text in " + file(key, l));
                    } else if (root.isPresent() && !placeholders(t.get()).equals(placeholders(root.get()))) {
                        problems.add(key.code() + ": the " + language(l) + " text has placeholders "
                                + placeholders(t.get()) + ", the root " + placeholders(root.get()));
                    }
                }
            }
        }
        assertThat(keys).as("phrase keys found").isGreaterThan(150);
        assertThat(problems).isEmpty();
    }

    @Test
    void everyConstantOfEveryCodedEnumHasALabelInEnglishAndInChinese() {
        List<String> problems = new ArrayList<>();
        int constants = 0;
        for (JavaClass c : enums(Coded.class)) {
            for (Object constant : c.reflect().getEnumConstants()) {
                Enum<?> e = (Enum<?>) constant;
                constants++;
                for (Locale l : LANGUAGES) {
                    if (Labels.exact(e, l).filter(t -> !t.isBlank()).isEmpty()) {
                        problems.add(Labels.key(e) + " has no " + language(l) + " label in "
                                + Labels.vocabularyName(e.getDeclaringClass()) + suffix(l) + ".properties");
                    }
                }
            }
        }
        assertThat(constants).as("constants of Coded enums found").isGreaterThan(200);
        assertThat(problems).isEmpty();
    }

    /**
     * A translation has exactly the root's keys (a key only one file has is a stale or a missing text), and
     * every label key names a constant that exists (a renamed constant would otherwise lose its label
     * silently).
     */
    @Test
    void everyTranslationFileHasTheKeysOfItsRootFileAndNoLabelOutlivesItsConstant() {
        Set<String> labelKeys = new TreeSet<>();
        for (JavaClass c : enums(Coded.class)) {
            for (Object constant : c.reflect().getEnumConstants()) {
                Enum<?> e = (Enum<?>) constant;
                labelKeys.add(Labels.vocabularyName(e.getDeclaringClass()) + ":" + Labels.key(e));
            }
        }
        List<String> problems = new ArrayList<>();
        int files = 0;
        for (ReactorModule m : ReactorModule.all()) {
            Path words = m.classes().getParent().getParent().resolve("src/main/resources/META-INF/ruralwater/words");
            for (Path root : roots(words)) {
                files++;
                String name = root.getFileName().toString().replace(".properties", "");
                Properties english = properties(root);
                Path chinese = words.resolve(name + "_zh_CN.properties");
                if (!Files.exists(chinese)) {
                    problems.add(m.name() + ": " + name + " has no zh-CN file " + chinese.getFileName());
                    continue;
                }
                Properties zh = properties(chinese);
                for (String k : difference(english.stringPropertyNames(), zh.stringPropertyNames())) {
                    problems.add(m.name() + ": " + name + "_zh_CN lacks " + k);
                }
                for (String k : difference(zh.stringPropertyNames(), english.stringPropertyNames())) {
                    problems.add(m.name() + ": " + name + "_zh_CN has " + k + ", which the root file has not");
                }
                if (name.endsWith("-labels")) {
                    for (String k : english.stringPropertyNames()) {
                        if (!labelKeys.contains(name + ":" + k) && !namesAType(name, k)) {
                            problems.add(m.name() + ": " + name + " labels " + k + ", which is no constant or type");
                        }
                    }
                }
            }
        }
        assertThat(files).as("root words files found").isGreaterThanOrEqualTo(10);
        assertThat(problems).isEmpty();
    }

    /** The types the strict readers parse by a static {@code parse(String)} that returns the type itself. */
    @Test
    void everyValueTypeTheReadersParseHasANameInEnglishAndInChinese() {
        List<String> problems = new ArrayList<>();
        int types = 0;
        for (JavaClass c : TYPES) {
            boolean parsed = c.getMethods().stream()
                    .anyMatch(m -> m.getName().equals("parse")
                            && m.getModifiers().contains(JavaModifier.STATIC)
                            && m.getModifiers().contains(JavaModifier.PUBLIC)
                            && m.getRawParameterTypes().size() == 1
                            && m.getRawParameterTypes().get(0).isEquivalentTo(String.class)
                            && m.getRawReturnType().equals(c));
            if (!parsed || !c.getModifiers().contains(JavaModifier.PUBLIC)) {
                continue;
            }
            types++;
            for (Locale l : LANGUAGES) {
                if (Labels.exactTypeName(c.reflect(), l)
                        .filter(t -> !t.isBlank())
                        .isEmpty()) {
                    problems.add(c.getName() + " has no " + language(l) + " name in "
                            + Labels.vocabularyName(c.reflect()) + suffix(l) + ".properties");
                }
            }
        }
        assertThat(types).as("parsed value types found").isGreaterThan(10);
        assertThat(problems).isEmpty();
    }

    private static boolean namesAType(String vocabulary, String key) {
        String root = "org.ruralwater." + vocabulary.substring(0, vocabulary.length() - "-labels".length()) + ".";
        return TYPES.stream().anyMatch(c -> c.getName().replace('$', '.').equals(root + key));
    }

    private static List<JavaClass> enums(Class<?> kind) {
        return ENUMS.stream().filter(c -> c.isAssignableTo(kind)).toList();
    }

    /** The types of every module's main classes, imported once for all the tests. */
    private static final List<JavaClass> TYPES = importTypes();

    private static final List<JavaClass> ENUMS =
            TYPES.stream().filter(JavaClass::isEnum).toList();

    private static List<JavaClass> importTypes() {
        List<JavaClass> out = new ArrayList<>();
        for (ReactorModule m : ReactorModule.all()) {
            if (m.hasClasses()) {
                new ClassFileImporter().importPath(m.classes()).forEach(out::add);
            }
        }
        return List.copyOf(out);
    }

    private static Set<String> placeholders(String template) {
        Set<String> out = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(template);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    private static String language(Locale l) {
        return l.getLanguage().isEmpty() ? "English (root)" : l.toLanguageTag();
    }

    private static String suffix(Locale l) {
        return l.getLanguage().isEmpty() ? "" : "_" + l.getLanguage() + "_" + l.getCountry();
    }

    private static String file(VocabularyKey key, Locale l) {
        return key.vocabulary().name() + suffix(l) + ".properties";
    }

    private static Set<String> difference(Set<String> a, Set<String> b) {
        Set<String> out = new TreeSet<>(a);
        out.removeAll(b);
        return out;
    }

    /** The root files of a words folder: the ones without a language suffix. */
    private static List<Path> roots(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.getFileName().toString().matches("[a-z][a-z0-9-]*\\.properties"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Properties properties(Path file) {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }
}
