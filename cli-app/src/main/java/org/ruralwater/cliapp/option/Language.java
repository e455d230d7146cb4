package org.ruralwater.cliapp.option;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import org.jspecify.annotations.Nullable;
import org.ruralwater.core.wording.Phrase;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * The language the command speaks, and its {@code --lang} option: {@code --lang zh-CN|en} anywhere on the
 * command line, else the locale of the environment ({@code LC_ALL}, then {@code LC_MESSAGES}, then {@code
 * LANG}, as POSIX ranks them), else English.
 *
 * <p>The language is decided once, from the arguments and the environment, before picocli parses them (the
 * help a command prints is put together while parsing), and kept here, on the root command, where every
 * command, the help and the error handlers find it: there is no default locale to set and forget. Parsing
 * the option again then only refuses a language the command does not speak, as a usage error in words.
 */
public final class Language {

    /** Simplified Chinese, as used in the county offices the command is made for. */
    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

    public static final Locale ENGLISH = Locale.ENGLISH;

    /** The option's name; a mixin's name is how {@link #of(CommandSpec)} finds it. */
    public static final String OPTION = "--lang";

    private static final String MIXIN = "language";

    /** The help texts of every command and option; no {@code _en} file: English is the root file. */
    private static final String HELP = "org.ruralwater.cliapp.Help";

    private final Locale locale;

    private Language(Locale locale) {
        this.locale = requireNonNull(locale, "locale");
    }

    /** The language these arguments and this environment ask for. */
    public static Language decide(List<String> args, Map<String, String> environment) {
        return new Language(asked(args).or(() -> fromEnvironment(environment)).orElse(ENGLISH));
    }

    /** A language chosen in code, such as a test's. */
    public static Language of(Locale locale) {
        return new Language(supported(locale).orElse(ENGLISH));
    }

    /** The language of the command line this command belongs to (English for a command on its own). */
    public static Locale of(CommandSpec spec) {
        CommandLine.Model.CommandSpec mixin = spec.root().mixins().get(MIXIN);
        return mixin != null && mixin.userObject() instanceof Language l ? l.locale : ENGLISH;
    }

    /** The language of the command line this command belongs to. */
    public static Locale of(CommandLine cl) {
        return of(cl.getCommandSpec());
    }

    public Locale locale() {
        return locale;
    }

    /** Adds {@code --lang} to the root command (its subcommands inherit it) and its help texts to all. */
    public void applyTo(CommandLine root) {
        root.addMixin(MIXIN, this);
        root.setResourceBundle(help(locale));
    }

    /** The help texts in the locale: picocli reads descriptions, headings and footers from it. */
    static ResourceBundle help(Locale locale) {
        // No fallback to the JVM's default locale: the same --lang gives the same help on every machine.
        return ResourceBundle.getBundle(
                HELP, locale, ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** Set by picocli, only to refuse an unknown language: the language itself was decided from the arguments. */
    @Option(
            names = OPTION,
            paramLabel = "LANG",
            scope = ScopeType.INHERIT,
            descriptionKey = "lang",
            converter = Tag.class,
            order = 1000)
    @Nullable
    Locale asked;

    /** Reads a {@code --lang} value; an unknown language is a usage error saying which ones there are. */
    static final class Tag implements CommandLine.ITypeConverter<Locale> {
        @Override
        public Locale convert(String value) {
            return parse(value).orElseThrow(() -> new OptionValues.Refused(Phrase.of(CliWords.LANGUAGE)));
        }
    }

    /** The value of the last {@code --lang} before {@code --}, if it names a language the command speaks. */
    static Optional<Locale> asked(List<String> args) {
        Optional<Locale> found = Optional.empty();
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("--")) {
                break;
            }
            String value = null;
            if (a.equals(OPTION) && i + 1 < args.size()) {
                value = args.get(++i);
            } else if (a.startsWith(OPTION + "=")) {
                value = a.substring(OPTION.length() + 1);
            }
            if (value != null) {
                Optional<Locale> l = parse(value);
                if (l.isPresent()) {
                    found = l;
                }
            }
        }
        return found;
    }

    /** The language of a {@code --lang} value: zh-CN (zh, zh_CN) or en, ignoring case. */
    static Optional<Locale> parse(String tag) {
        String t = tag.strip().replace('_', '-').toLowerCase(Locale.ROOT);
        return switch (t) {
            case "zh-cn", "zh", "zh-hans", "zh-hans-cn" -> Optional.of(CHINESE);
            case "en" -> Optional.of(ENGLISH);
            default -> t.startsWith("en-") ? Optional.of(ENGLISH) : Optional.empty();
        };
    }

    /**
     * The language of the first locale variable that is set and not empty: {@code zh_CN.UTF-8} is Chinese,
     * as is any {@code zh} locale (the command's Chinese is simplified, still nearer than English); {@code
     * C}, {@code POSIX}, English and every other language are English.
     */
    static Optional<Locale> fromEnvironment(Map<String, String> environment) {
        for (String name : List.of("LC_ALL", "LC_MESSAGES", "LANG")) {
            String v = environment.get(name);
            if (v != null && !v.isBlank()) {
                String language = v.strip().split("[_.@-]", 2)[0].toLowerCase(Locale.ROOT);
                return Optional.of(language.equals("zh") ? CHINESE : ENGLISH);
            }
        }
        return Optional.empty();
    }

    private static Optional<Locale> supported(Locale locale) {
        return locale.getLanguage().equals("zh")
                ? Optional.of(CHINESE)
                : locale.getLanguage().equals("en") ? Optional.of(ENGLISH) : Optional.empty();
    }
}
