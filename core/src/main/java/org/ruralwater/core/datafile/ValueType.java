package org.ruralwater.core.datafile;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.util.Arrays;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.ruralwater.core.quantity.Decimals;
import org.ruralwater.core.wording.CoreWords;
import org.ruralwater.core.wording.Labels;
import org.ruralwater.core.wording.Phrase;
import org.ruralwater.core.wording.RefusalException;

/** What a record component holds, and how a value for it is read from text. */
sealed interface ValueType {

    /**
     * Whether one value read may stand for every later text equal to the one it was read from: true for
     * immutable values that are a function of their text alone (records, enums, strings, numbers, times),
     * and for optionals and lists of them.
     */
    boolean isShareable();

    /** A single value read from one text. */
    record Scalar(Class<?> type, Phrase expected, JsonKind json, Function<String, Object> parser) implements ValueType {

        /** The JDK's value types a scalar may have besides records and enums; all immutable. */
        private static final Set<Class<?>> IMMUTABLE = Set.of(
                String.class,
                Integer.class,
                Long.class,
                Boolean.class,
                BigDecimal.class,
                LocalDate.class,
                LocalDateTime.class,
                LocalTime.class,
                OffsetDateTime.class,
                Instant.class,
                YearMonth.class,
                Currency.class);

        Object parse(String text) {
            return parser.apply(text);
        }

        @Override
        public boolean isShareable() {
            return type.isPrimitive() || type.isRecord() || type.isEnum() || IMMUTABLE.contains(type);
        }
    }

    /** A component that may be absent: {@code Optional<X>}. */
    record OptionalOf(ValueType element) implements ValueType {
        @Override
        public boolean isShareable() {
            return element.isShareable();
        }
    }

    /** A list: {@code ;}-separated in a CSV cell, an array in JSON. */
    record ListOf(ValueType element) implements ValueType {
        @Override
        public boolean isShareable() {
            return element.isShareable(); // the readers make lists with List.copyOf
        }
    }

    /** A nested record (JSON only). */
    record Nested(RecordShape<?> shape) implements ValueType {
        @Override
        public boolean isShareable() {
            return false;
        }
    }

    /** The JSON token a scalar must be written as. */
    enum JsonKind {
        STRING,
        NUMBER,
        BOOLEAN
    }

    /** Thrown by a scalar parser; it says what was expected. */
    final class BadValue extends RuntimeException {
        private static final long serialVersionUID = 1L;

        private final transient Phrase expected;

        BadValue(Phrase expected) {
            super(expected.code(), null, false, false);
            this.expected = expected;
        }

        Phrase expected() {
            return expected;
        }
    }

    /** The scalar a field holds, itself or inside an optional or a list. */
    static Scalar scalarOf(ValueType type) {
        if (type instanceof OptionalOf o) {
            return scalarOf(o.element());
        }
        if (type instanceof ListOf l) {
            return scalarOf(l.element());
        }
        if (type instanceof Scalar s) {
            return s;
        }
        throw new IllegalArgumentException("a nested record has no scalar: " + type);
    }

    static ValueType of(Type type, String where) {
        if (type instanceof ParameterizedType p) {
            Class<?> raw = (Class<?>) p.getRawType();
            Type arg = p.getActualTypeArguments()[0];
            if (raw == Optional.class) {
                return new OptionalOf(of(arg, where));
            }
            if (raw == List.class) {
                return new ListOf(of(arg, where));
            }
            throw new IllegalArgumentException(where + " has type " + type + ", which the strict readers cannot read");
        }
        Class<?> c = (Class<?>) type;
        if (c.isRecord() && staticParse(c) == null) {
            return new Nested(RecordShape.of(c.asSubclass(Record.class)));
        }
        return scalar(c, where);
    }

    private static Scalar scalar(Class<?> c, String where) {
        if (c == String.class) {
            return new Scalar(c, Phrase.of(CoreWords.TEXT), JsonKind.STRING, s -> s);
        }
        if (c == int.class || c == Integer.class) {
            return new Scalar(c, Phrase.of(CoreWords.WHOLE_NUMBER), JsonKind.NUMBER, s -> {
                try {
                    return Integer.valueOf(s.strip());
                } catch (NumberFormatException e) {
                    throw new BadValue(Phrase.of(CoreWords.WHOLE_NUMBER));
                }
            });
        }
        if (c == long.class || c == Long.class) {
            return new Scalar(c, Phrase.of(CoreWords.WHOLE_NUMBER), JsonKind.NUMBER, s -> {
                try {
                    return Long.valueOf(s.strip());
                } catch (NumberFormatException e) {
                    throw new BadValue(Phrase.of(CoreWords.WHOLE_NUMBER));
                }
            });
        }
        if (c == BigDecimal.class) {
            return new Scalar(c, Phrase.of(CoreWords.DECIMAL_NUMBER), JsonKind.NUMBER, s -> {
                try {
                    return Decimals.parse(s.strip());
                } catch (NumberFormatException e) {
                    throw new BadValue(Phrase.of(CoreWords.DECIMAL_NUMBER));
                }
            });
        }
        if (c == boolean.class || c == Boolean.class) {
            return new Scalar(c, Phrase.of(CoreWords.TRUE_OR_FALSE), JsonKind.BOOLEAN, s -> {
                String t = s.strip().toLowerCase(Locale.ROOT);
                if (t.equals("true")) {
                    return Boolean.TRUE;
                }
                if (t.equals("false")) {
                    return Boolean.FALSE;
                }
                throw new BadValue(Phrase.of(CoreWords.TRUE_OR_FALSE));
            });
        }
        if (c == LocalDate.class) {
            return time(c, CoreWords.DATE, YearFirstDates::date);
        }
        if (c == LocalDateTime.class) {
            return time(c, CoreWords.DATE_TIME, YearFirstDates::dateTime);
        }
        if (c == LocalTime.class) {
            return time(c, CoreWords.TIME, LocalTime::parse);
        }
        if (c == OffsetDateTime.class) {
            return time(c, CoreWords.OFFSET_DATE_TIME, OffsetDateTime::parse);
        }
        if (c == Instant.class) {
            return time(c, CoreWords.INSTANT, Instant::parse);
        }
        if (c == YearMonth.class) {
            DateTimeFormatter f =
                    new DateTimeFormatterBuilder().appendPattern("uuuu-MM").toFormatter(Locale.ROOT);
            return time(c, CoreWords.YEAR_MONTH, s -> YearMonth.parse(s, f));
        }
        if (c == Currency.class) {
            return new Scalar(c, Phrase.of(CoreWords.CURRENCY_CODE), JsonKind.STRING, s -> {
                try {
                    return Currency.getInstance(s.strip());
                } catch (IllegalArgumentException e) {
                    throw new BadValue(Phrase.of(CoreWords.CURRENCY_CODE));
                }
            });
        }
        Method parse = staticParse(c);
        if (parse != null) {
            // The type's name in the reader's language: its label, else its simple name in words.
            Phrase name = Labels.typeName(c);
            Phrase expected = Phrase.of(CoreWords.VALUE_OF_TYPE, name);
            TextParser invoke = invoker(parse);
            return new Scalar(c, expected, JsonKind.STRING, s -> {
                try {
                    return invoke.parse(s.strip());
                } catch (IllegalArgumentException | ArithmeticException e) {
                    // A type that words its refusal is shown in the reader's language; others by their message.
                    Object reason = e instanceof RefusalException r
                            ? r.reason()
                            : e.getMessage().replace('\n', ' ');
                    throw new BadValue(Phrase.of(CoreWords.VALUE_OF_TYPE_BECAUSE, name, reason));
                } catch (Throwable e) {
                    throw new IllegalStateException("parsing " + c.getSimpleName() + " failed", e);
                }
            });
        }
        // After parse(String): an enum with its own text form (Unit: "mg/L") is read by it, not by name.
        if (c.isEnum()) {
            Object[] constants = c.getEnumConstants();
            String codes =
                    Arrays.stream(constants).map(k -> Coded.codeOf((Enum<?>) k)).collect(Collectors.joining(", "));
            Phrase expected = Phrase.of(CoreWords.ONE_OF, codes);
            // The names as written and in lower case, each to the constant the loop below finds for it.
            Map<String, Object> byCode = new HashMap<>();
            for (Object k : constants) {
                String code = Coded.codeOf((Enum<?>) k);
                byCode.putIfAbsent(code, k);
                byCode.putIfAbsent(code.toUpperCase(Locale.ROOT), k);
            }
            return new Scalar(c, expected, JsonKind.STRING, s -> {
                String t = s.strip();
                Object known = byCode.get(t);
                if (known != null) {
                    return known;
                }
                for (Object k : constants) {
                    if (Coded.codeOf((Enum<?>) k).equalsIgnoreCase(t)) {
                        return k;
                    }
                }
                throw new BadValue(expected);
            });
        }
        throw new IllegalArgumentException(where + " has type " + c.getName()
                + ", which the strict readers cannot read\nMaybe give the type a public static parse(String) method.");
    }

    private static Scalar time(Class<?> c, CoreWords key, Function<String, Object> parse) {
        Phrase expected = Phrase.of(key);
        return new Scalar(c, expected, JsonKind.STRING, s -> {
            try {
                return parse.apply(s.strip());
            } catch (DateTimeException e) { // DateTimeParseException, or a day the month does not have
                throw new BadValue(expected);
            }
        });
    }

    /** A type's {@code parse(String)} method, ready to call; it throws what the method throws. */
    @FunctionalInterface
    interface TextParser {
        Object parse(String text) throws Throwable;
    }

    /**
     * Calls {@code parse} through a method handle, which takes no argument array per call; through
     * reflection when the handle is refused (a type in a named module that this one does not read).
     */
    private static TextParser invoker(Method parse) {
        try {
            MethodHandle handle = MethodHandles.publicLookup()
                    .unreflect(parse)
                    .asType(MethodType.methodType(Object.class, String.class));
            return text -> (Object) handle.invokeExact(text);
        } catch (IllegalAccessException e) {
            return text -> {
                try {
                    return parse.invoke(null, text);
                } catch (InvocationTargetException thrown) {
                    throw thrown.getCause();
                }
            };
        }
    }

    private static Method staticParse(Class<?> c) {
        try {
            Method m = c.getMethod("parse", String.class);
            return Modifier.isStatic(m.getModifiers()) && c.isAssignableFrom(m.getReturnType()) ? m : null;
        } catch (NoSuchMethodException e) {
            return null;
        }
    }
}
