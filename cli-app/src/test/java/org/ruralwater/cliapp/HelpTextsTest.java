package org.ruralwater.cliapp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.ruralwater.cliapp.option.Language;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;

/** Every command and option has its help in both languages, and links the page of its input file. */
class HelpTextsTest {

    private static final Pattern LINK = Pattern.compile("docs/input-files\\.md#([a-z0-9-]+)");

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"zh-CN", "en"})
    void everyCommandOptionAndParameterIsDescribed(String tag) {
        Locale locale = Locale.forLanguageTag(tag);
        List<String> undescribed = new ArrayList<>();
        for (CommandSpec c : commands(locale)) {
            if (String.join("", c.usageMessage().description()).isBlank()) {
                undescribed.add(c.qualifiedName());
            }
            List<ArgSpec> args = new ArrayList<>(c.options());
            args.addAll(c.positionalParameters());
            for (ArgSpec a : args) {
                if (!a.hidden() && String.join("", a.description()).isBlank()) {
                    undescribed.add(c.qualifiedName() + " " + a);
                }
            }
        }
        assertThat(undescribed)
                .as("commands and options without help in " + tag)
                .isEmpty();
    }

    @Test
    void noCommandOrOptionKeepsItsTextInAnAnnotationWhereOnlyEnglishCouldBe() {
        List<String> inline = new ArrayList<>();
        for (CommandSpec c : commands(Language.ENGLISH)) {
            List<Object> objects = new ArrayList<>(List.of(c.userObject()));
            c.mixins().values().forEach(m -> objects.add(m.userObject()));
            for (Object o : objects) {
                Class<?> type = o.getClass();
                if (!type.getName().startsWith("org.ruralwater.")) {
                    continue;
                }
                CommandLine.Command command = type.getAnnotation(CommandLine.Command.class);
                if (command != null && (command.description().length > 0 || command.footer().length > 0)) {
                    inline.add(type.getSimpleName());
                }
                for (java.lang.reflect.Field f : type.getDeclaredFields()) {
                    CommandLine.Option option = f.getAnnotation(CommandLine.Option.class);
                    CommandLine.Parameters parameters = f.getAnnotation(CommandLine.Parameters.class);
                    if ((option != null && option.description().length > 0)
                            || (parameters != null && parameters.description().length > 0)) {
                        inline.add(type.getSimpleName() + "." + f.getName());
                    }
                }
            }
        }
        assertThat(new TreeSet<>(inline))
                .as("texts to move to Help.properties and Help_zh_CN.properties")
                .isEmpty();
    }

    @Test
    void theChineseHelpHasEveryKeyOfTheEnglishAndNoOther() throws IOException {
        Set<String> en = keys("Help.properties");
        Set<String> zh = keys("Help_zh_CN.properties");
        // Headings picocli gives in English by itself are only in the Chinese file.
        zh.removeIf(k -> k.startsWith("usage.") && k.endsWith("Heading"));

        assertThat(zh).isEqualTo(en);
    }

    @Test
    void everyCommandThatReadsAFileLinksItsSectionOfTheInputFilePage() throws IOException {
        Path page = Path.of("").toAbsolutePath().getParent().resolve("docs/input-files.md");
        String text = Files.exists(page) ? Files.readString(page, StandardCharsets.UTF_8) : null;
        List<String> unlinked = new ArrayList<>();
        for (CommandSpec c : commands(Language.ENGLISH)) {
            // --out FILE (every command that prints results has it) writes a file, it reads none.
            boolean readsAFile = !c.positionalParameters().isEmpty()
                    || c.options().stream()
                            .filter(o -> !(o.longestName().equals("--out")
                                    && o.paramLabel().equals("FILE")))
                            .anyMatch(o -> o.paramLabel().matches("FILE.*|DIR|.*\\|FILE"));
            String footer = String.join("\n", c.usageMessage().footer());
            Matcher m = LINK.matcher(footer);
            if (!m.find()) {
                if (readsAFile && !c.qualifiedName().matches("ruralwater (quality )?standard.*|ruralwater users.*")) {
                    unlinked.add(c.qualifiedName());
                }
                continue;
            }
            if (text != null) {
                assertThat(anchors(text)).as("sections of docs/input-files.md").contains(m.group(1));
            }
        }
        assertThat(unlinked)
                .as("commands that read a file but do not link its section")
                .isEmpty();
    }

    /** The anchors GitHub makes of a page's headings: lower case, spaces as '-', punctuation dropped. */
    static Set<String> anchors(String markdown) {
        Set<String> out = new TreeSet<>();
        for (String line : markdown.split("\n")) {
            if (line.startsWith("#")) {
                String heading = line.replaceFirst("^#+\\s*", "").strip().toLowerCase(Locale.ROOT);
                out.add(heading.replaceAll("[^\\p{L}\\p{N} _-]", "").replace(' ', '-'));
            }
            Matcher explicit = Pattern.compile("<a (?:id|name)=\"([^\"]+)\"").matcher(line);
            while (explicit.find()) {
                out.add(explicit.group(1));
            }
        }
        return out;
    }

    private static List<CommandSpec> commands(Locale locale) {
        List<CommandSpec> out = new ArrayList<>();
        collect(Ruralwater.commandLine(Language.of(locale)), out);
        return out;
    }

    private static void collect(CommandLine cl, List<CommandSpec> out) {
        out.add(cl.getCommandSpec());
        for (CommandLine sub : new java.util.LinkedHashSet<>(cl.getSubcommands().values())) {
            collect(sub, out);
        }
    }

    private static Set<String> keys(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = Ruralwater.class.getResourceAsStream(name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return new TreeSet<>(p.stringPropertyNames());
    }
}
