package org.ruralwater.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.ruralwater.core.wording.PhraseKey;

/**
 * Every problem a user reads is put into words in one place: {@code Problem} gives the form ("expected …,
 * found …. Maybe …?") and each module's vocabulary gives the phrases. So no main source may assemble that
 * form by hand, and every phrase key has its text.
 */
class OneVoiceForProblemsTest {

    /** A string literal on one line (text blocks are not used for messages). */
    private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");

    /** The pieces of a problem's form, which only the vocabulary files may hold. */
    private static final Pattern HAND_MADE = Pattern.compile("^expected |, found |; Maybe |\\. Maybe ");

    @Test
    void noMainSourceAssemblesTheFormOfAProblem() {
        List<String> found = new ArrayList<>();
        for (ReactorModule m : ReactorModule.all()) {
            Path sources = m.classes().getParent().getParent().resolve("src/main/java");
            for (Path file : javaFiles(sources)) {
                List<String> lines = lines(file);
                for (int i = 0; i < lines.size(); i++) {
                    String line = lines.get(i).strip();
                    if (line.startsWith("*") || line.startsWith("//") || line.startsWith("/*")) {
                        continue; // a comment may quote a message as an example
                    }
                    Matcher literal = LITERAL.matcher(line);
                    while (literal.find()) {
                        if (HAND_MADE.matcher(literal.group(1)).find()) {
                            found.add(
                                    m.name() + "/" + sources.relativize(file) + ":" + (i + 1) + ": " + literal.group());
                        }
                    }
                }
            }
        }
        assertThat(found)
                .as("text that builds \"expected …, found …\" or a \"Maybe\" hint by hand; use a Problem with "
                        + "phrases of the module's vocabulary (and suggestions), or \"\\nMaybe …\" on its own "
                        + "line in a caller-mistake exception")
                .isEmpty();
    }

    @Test
    void everyPhraseKeyOfEveryModuleHasItsRootTextAndAUniqueCode() {
        Map<String, String> codes = new HashMap<>();
        List<String> problems = new ArrayList<>();
        int keys = 0;
        for (ReactorModule m : ReactorModule.all()) {
            if (!m.hasClasses()) {
                continue;
            }
            for (JavaClass c : new ClassFileImporter().importPath(m.classes())) {
                if (!c.isEnum() || !c.isAssignableTo(PhraseKey.class)) {
                    continue;
                }
                for (Object constant : c.reflect().getEnumConstants()) {
                    PhraseKey key = (PhraseKey) constant;
                    keys++;
                    String previous = codes.put(key.code(), c.getName() + "." + constant);
                    if (previous != null) {
                        problems.add(key.code() + " is the code of both " + previous + " and " + c.getName() + "."
                                + constant);
                    }
                    try {
                        assertThat(key.template(Locale.ROOT)).isNotBlank();
                    } catch (RuntimeException | AssertionError e) {
                        problems.add(c.getName() + "." + constant + ": " + e.getMessage());
                    }
                }
            }
        }
        assertThat(keys).as("phrase keys found").isGreaterThan(50);
        assertThat(problems).isEmpty();
    }

    private static List<Path> javaFiles(Path root) {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
