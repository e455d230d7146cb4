package org.ruralwater.cliapp.docs;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.ruralwater.core.datafile.Coded;
import org.ruralwater.core.range.Range;

/**
 * An input file as its reader sees it: the record type read, and whether it is CSV (one column per
 * component) or JSON (keys, nested objects and arrays). Its {@link #table()} is the columns table of
 * docs/input-files.md, made from the record type so that the page cannot drift from the readers.
 */
record InputFile(String name, Class<? extends Record> type, boolean csv) {

    static InputFile csv(String name, Class<? extends Record> type) {
        return new InputFile(name, type, true);
    }

    static InputFile json(String name, Class<? extends Record> type) {
        return new InputFile(name, type, false);
    }

    @SuppressWarnings("unchecked")
    static InputFile csv(String name, String type) {
        return csv(name, (Class<? extends Record>) load(type));
    }

    @SuppressWarnings("unchecked")
    static InputFile json(String name, String type) {
        return json(name, (Class<? extends Record>) load(type));
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One row of the table: a column or key, its type, whether it is required, and what it may hold. */
    record Field(String name, String type, boolean required, String allowed) {}

    List<Field> fields() {
        List<Field> out = new ArrayList<>();
        walk(type, "", out);
        return out;
    }

    /** The markdown table of the fields. */
    String table() {
        StringBuilder b = new StringBuilder();
        b.append("| ").append(csv ? "column" : "key").append(" | type | required | allowed values |\n");
        b.append("| --- | --- | --- | --- |\n");
        for (Field f : fields()) {
            b.append("| `")
                    .append(f.name())
                    .append("` | ")
                    .append(f.type())
                    .append(" | ")
                    .append(f.required() ? "yes" : "no")
                    .append(" | ")
                    .append(f.allowed())
                    .append(" |\n");
        }
        return b.toString();
    }

    private void walk(Class<?> record, String prefix, List<Field> out) {
        for (RecordComponent rc : record.getRecordComponents()) {
            String name = prefix + snake(rc.getName());
            Type t = rc.getGenericType();
            boolean required = true;
            boolean list = false;
            if (raw(t) == Optional.class) {
                required = false;
                t = argument(t);
            }
            if (raw(t) == List.class) {
                list = true;
                t = argument(t);
            }
            if (raw(t) == Optional.class) {
                t = argument(t);
            }
            Class<?> c = raw(t);
            String allowed = allowed(c, Range.declaredOn(rc));
            if (c.isRecord() && !parses(c)) {
                out.add(new Field(name, list ? "array of objects" : "object", required, ""));
                walk(c, name + (list ? "[]." : "."), out);
                continue;
            }
            String type = describe(c);
            if (list) {
                type = csv ? "list of " + type + ", separated by `;`" : "array of " + type;
            }
            out.add(new Field(name, type, required, allowed));
        }
    }

    private static String allowed(Class<?> c, Optional<Range> range) {
        List<String> parts = new ArrayList<>();
        if (c.isEnum()) {
            // An enum with its own text form (Unit: "mg/L") is read by it: its symbols are what a file holds.
            parts.add(String.join(
                    ", ",
                    Arrays.stream(c.getEnumConstants())
                            .map(e -> "`" + (parses(c) ? symbol(e) : Coded.codeOf((Enum<?>) e)) + "`")
                            .distinct()
                            .toList()));
        }
        range.ifPresent(r -> parts.add(range(r)));
        return String.join("; ", parts);
    }

    static String range(Range r) {
        String unit = r.unit().map(u -> " " + u.symbol()).orElse("");
        String low = (r.minIncluded() ? "from " : "above ") + r.min().toPlainString();
        String high =
                (r.maxIncluded() ? " to " : " up to (not including) ") + r.max().toPlainString();
        return low + high + unit;
    }

    private static String describe(Class<?> c) {
        if (c == String.class) {
            return "text";
        }
        if (c == int.class || c == Integer.class || c == long.class || c == Long.class) {
            return "whole number";
        }
        if (c == BigDecimal.class) {
            return "decimal number";
        }
        if (c == boolean.class || c == Boolean.class) {
            return "`true` or `false`";
        }
        if (c == LocalDate.class) {
            return "date (`2026-03-02`)";
        }
        if (c == LocalDateTime.class) {
            return "date and time (`2026-03-02T09:10`)";
        }
        if (c == LocalTime.class) {
            return "time (`09:10`)";
        }
        if (c == OffsetDateTime.class) {
            return "date, time and offset (`2026-03-02T09:10+08:00`)";
        }
        if (c == Instant.class) {
            return "instant in UTC (`2026-03-02T01:10:00Z`)";
        }
        if (c == YearMonth.class) {
            return "month (`2026-03`)";
        }
        if (c == Currency.class) {
            return "ISO 4217 currency code (`CNY`)";
        }
        if (c.isEnum() && !parses(c)) {
            return "code";
        }
        return c.getSimpleName().replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
    }

    private static String symbol(Object constant) {
        try {
            return String.valueOf(constant.getClass().getMethod("symbol").invoke(constant));
        } catch (ReflectiveOperationException e) {
            return constant.toString();
        }
    }

    private static boolean parses(Class<?> c) {
        try {
            return java.lang.reflect.Modifier.isStatic(
                    c.getMethod("parse", String.class).getModifiers());
        } catch (NoSuchMethodException e) {
            return false;
        }
    }

    private static Class<?> raw(Type t) {
        return t instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) t;
    }

    private static Type argument(Type t) {
        return ((ParameterizedType) t).getActualTypeArguments()[0];
    }

    static String snake(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
    }

    /** The anchor GitHub gives a heading: lower case, punctuation other than '-' dropped, spaces as '-'. */
    static String anchor(String heading) {
        return heading.toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N} _-]", "")
                .replace(' ', '-');
    }
}
