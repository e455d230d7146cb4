package org.ruralwater.cliapp.option;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.function.Function;
import org.ruralwater.core.calendar.Period;
import org.ruralwater.core.quantity.Decimals;
import org.ruralwater.core.wording.CoreWords;
import org.ruralwater.core.wording.Phrase;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/**
 * How option values are read: the same values the input files take, and a refusal in the same words as a
 * problem in a file ("--period: expected a month as YYYY-MM, found "2015-13"").
 */
public final class OptionValues {

    /** Strict: 2015-02-30 is refused, not moved to the 28th. */
    private static final DateTimeFormatter MONTH =
            new DateTimeFormatterBuilder().appendPattern("uuuu-MM").toFormatter(Locale.ROOT);

    private static final DateTimeFormatter DATE =
            DateTimeFormatter.ofPattern("uuuu-MM-dd", Locale.ROOT).withResolverStyle(ResolverStyle.STRICT);

    private OptionValues() {}

    /** A value the converter cannot read, with what it expected. */
    public static final class Refused extends CommandLine.TypeConversionException {
        private static final long serialVersionUID = 1L;

        private final transient Phrase expected;

        Refused(Phrase expected) {
            super(expected.toString());
            this.expected = expected;
        }

        public Phrase expected() {
            return expected;
        }
    }

    public static void register(CommandLine cl) {
        cl.registerConverter(YearMonth.class, reader(Phrase.of(CoreWords.YEAR_MONTH), s -> YearMonth.parse(s, MONTH)));
        cl.registerConverter(LocalDate.class, reader(Phrase.of(CoreWords.DATE), s -> LocalDate.parse(s, DATE)));
        cl.registerConverter(
                LocalDateTime.class,
                reader(Phrase.of(CliWords.DATE_AND_TIME), s -> LocalDateTime.parse(s.replace(' ', 'T'))));
        cl.registerConverter(Period.class, reader(Phrase.of(CliWords.PERIOD), Period::parse));
        cl.registerConverter(BigDecimal.class, reader(Phrase.of(CoreWords.DECIMAL_NUMBER), Decimals::parse));
        CommandLine.ITypeConverter<Integer> integer = reader(Phrase.of(CoreWords.WHOLE_NUMBER), Integer::valueOf);
        cl.registerConverter(Integer.class, integer);
        cl.registerConverter(int.class, integer);
        CommandLine.ITypeConverter<Long> whole = reader(Phrase.of(CoreWords.WHOLE_NUMBER), Long::valueOf);
        cl.registerConverter(Long.class, whole);
        cl.registerConverter(long.class, whole);
    }

    /**
     * Refuses a whole-number option below {@code min}, as a usage error naming the option and the value.
     */
    public static void atLeast(CommandLine cl, String option, long value, long min) {
        if (value < min) {
            throw refusal(cl, option, Phrase.of(CliWords.WHOLE_NUMBER_FROM, min), Long.toString(value));
        }
    }

    /** Refuses a whole-number option outside {@code min..max}. */
    public static void between(CommandLine cl, String option, long value, long min, long max) {
        if (value < min || value > max) {
            throw refusal(cl, option, Phrase.of(CliWords.WHOLE_NUMBER_BETWEEN, min, max), Long.toString(value));
        }
    }

    /**
     * A usage error in the form of a problem: the option, what it takes, and the value given, in the command
     * line's language.
     */
    public static ParameterException refusal(CommandLine cl, String option, Phrase expected, String found) {
        return usageError(cl, Phrase.of(CliWords.OPTION_PROBLEM, option, expected, Phrase.quoted(found)));
    }

    /** A usage error saying the phrase in the command line's language. */
    public static ParameterException usageError(CommandLine cl, Phrase phrase) {
        return new ParameterException(cl, phrase.in(Language.of(cl)));
    }

    /** A converter that refuses what {@code parse} refuses (IllegalArgumentException) as a usage error. */
    public static <T> CommandLine.ITypeConverter<T> converter(Phrase expected, Function<String, T> parse) {
        return reader(expected, parse);
    }

    private static <T> CommandLine.ITypeConverter<T> reader(Phrase expected, Function<String, T> parse) {
        return text -> {
            try {
                return parse.apply(text.strip());
            } catch (DateTimeParseException | IllegalArgumentException | ArithmeticException e) {
                throw new Refused(expected);
            }
        };
    }
}
