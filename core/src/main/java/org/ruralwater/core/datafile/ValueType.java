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
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
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

/** What a record component holds, and how a value for it is read from text. */
sealed interface ValueType {

    /**
     * Whether one value read may stand for every later text equal to the one it was read from: true for
     * immutable values that are a function of their text alone (records, enums, strings, numbers, times),
     * and for optionals and lists of them.
     */
    boolean isShareable();

    /** A single value read from one text. */
    record Scalar(Class<?> type, String expected, JsonKind json, Function<String, Object> parser) implements ValueType {

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

    /** Thrown by a scalar parser; the message says what was expected. */
    final class BadValue extends RuntimeException {
        private static final long serialVersionUID = 1L;

        BadValue(String expected) {
            super(expected, null, false, false);
        }
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
            return new Scalar(c, "text", JsonKind.STRING, s -> s);
        }
        if (c == int.class || c == Integer.class) {
            return new Scalar(c, "a whole number", JsonKind.NUMBER, s -> {
                try {
                    return Integer.valueOf(s.strip());
                } catch (NumberFormatException e) {
                    throw new BadValue("a whole number");
                }
            });
        }
        if (c == long.class || c == Long.class) {
            return new Scalar(c, "a whole number", JsonKind.NUMBER, s -> {
                try {
                    return Long.valueOf(s.strip());
                } catch (NumberFormatException e) {
                    throw new BadValue("a whole number");
                }
            });
        }
        if (c == BigDecimal.class) {
            return new Scalar(c, "a decimal number", JsonKind.NUMBER, s -> {
                try {
                    return new BigDecimal(s.strip());
                } catch (NumberFormatException e) {
                    throw new BadValue("a decimal number");
                }
            });
        }
        if (c == boolean.class || c == Boolean.class) {
            return new Scalar(c, "true or false", JsonKind.BOOLEAN, s -> {
                String t = s.strip().toLowerCase(Locale.ROOT);
                if (t.equals("true")) {
                    return Boolean.TRUE;
                }
                if (t.equals("false")) {
                    return Boolean.FALSE;
                }
                throw new BadValue("true or false");
            });
        }
        if (c == LocalDate.class) {
            return time(c, "a date as YYYY-MM-DD", s -> LocalDate.parse(s, DateTimeFormatter.ISO_LOCAL_DATE));
        }
        if (c == LocalDateTime.class) {
            return time(c, "a date and time as YYYY-MM-DDTHH:MM[:SS]", s -> LocalDateTime.parse(s.replace(' ', 'T')));
        }
        if (c == LocalTime.class) {
            return time(c, "a time as HH:MM[:SS]", LocalTime::parse);
        }
        if (c == OffsetDateTime.class) {
            return time(c, "a date, time and offset such as 2026-03-01T08:30+08:00", OffsetDateTime::parse);
        }
        if (c == Instant.class) {
            return time(c, "an instant such as 2026-03-01T00:30:00Z", Instant::parse);
        }
        if (c == YearMonth.class) {
            DateTimeFormatter f =
                    new DateTimeFormatterBuilder().appendPattern("uuuu-MM").toFormatter(Locale.ROOT);
            return time(c, "a month as YYYY-MM", s -> YearMonth.parse(s, f));
        }
        if (c == Currency.class) {
            return new Scalar(c, "an ISO 4217 currency code such as CNY", JsonKind.STRING, s -> {
                try {
                    return Currency.getInstance(s.strip());
                } catch (IllegalArgumentException e) {
                    throw new BadValue("an ISO 4217 currency code such as CNY");
                }
            });
        }
        Method parse = staticParse(c);
        if (parse != null) {
            String expected = "a " + words(c.getSimpleName());
            TextParser invoke = invoker(parse);
            return new Scalar(c, expected, JsonKind.STRING, s -> {
                try {
                    return invoke.parse(s.strip());
                } catch (IllegalArgumentException | ArithmeticException e) {
                    throw new BadValue(expected + " (" + e.getMessage().replace('\n', ' ') + ")");
                } catch (Throwable e) {
                    throw new IllegalStateException("parsing " + c.getSimpleName() + " failed", e);
                }
            });
        }
        // After parse(String): an enum with its own text form (Unit: "mg/L") is read by it, not by name.
        if (c.isEnum()) {
            Object[] constants = c.getEnumConstants();
            String codes = Arrays.stream(constants)
                    .map(k -> ((Enum<?>) k).name().toLowerCase(Locale.ROOT))
                    .collect(Collectors.joining(", "));
            String expected = "one of " + codes;
            // The names as written and in lower case, each to the constant the loop below finds for it.
            Map<String, Object> byCode = new HashMap<>();
            for (Object k : constants) {
                String name = ((Enum<?>) k).name();
                for (String code : List.of(name, name.toLowerCase(Locale.ROOT))) {
                    byCode.putIfAbsent(
                            code,
                            Arrays.stream(constants)
                                    .filter(other -> ((Enum<?>) other).name().equalsIgnoreCase(code))
                                    .findFirst()
                                    .orElseThrow());
                }
            }
            return new Scalar(c, expected, JsonKind.STRING, s -> {
                String t = s.strip();
                Object known = byCode.get(t);
                if (known != null) {
                    return known;
                }
                for (Object k : constants) {
                    if (((Enum<?>) k).name().equalsIgnoreCase(t)) {
                        return k;
                    }
                }
                throw new BadValue(expected);
            });
        }
        throw new IllegalArgumentException(where + " has type " + c.getName()
                + ", which the strict readers cannot read\nMaybe give the type a public static parse(String) method.");
    }

    private static Scalar time(Class<?> c, String expected, Function<String, Object> parse) {
        return new Scalar(c, expected, JsonKind.STRING, s -> {
            try {
                return parse.apply(s.strip());
            } catch (DateTimeParseException e) {
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

    private static String words(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
    }
}
