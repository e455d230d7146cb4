package org.ruralwater.webapp.register;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.ruralwater.core.datafile.Coded;
import org.ruralwater.core.datafile.CsvWriter;
import org.ruralwater.core.region.RegionCode;
import org.ruralwater.core.wording.Labels;
import org.ruralwater.webapp.record.Column;
import org.ruralwater.webapp.record.RecordText;

/** A register's records as pages show them: labelled columns, readable values, the file's text for forms. */
final class RecordView {

    private RecordView() {}

    static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    static String href(RegisterKind kind, String key) {
        return "/registers/" + kind.code() + "/" + encode(key);
    }

    /** The column's label in the locale; a column the platform does not label is shown by its name. */
    static String label(String column, Locale locale) {
        return Column.of(column).map(c -> Labels.of(c, locale)).orElse(column);
    }

    /** Each record's values as the county file holds them, one list per record. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static List<List<String>> fileValues(RegisterKind kind, List<? extends Record> records) {
        StringWriter w = new StringWriter();
        try {
            ((CsvWriter) CsvWriter.forRecord(kind.type())).write(w, records);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<List<String>> rows = RecordText.rows(w.toString());
        return rows.subList(1, rows.size());
    }

    /** The record's fields, with the values sent and their problems when a form came back. */
    static List<Field> fields(
            RegisterKind kind,
            Record record,
            List<String> values,
            Map<String, List<String>> problems,
            Locale locale,
            Map<RegionCode, String> names) {
        RecordComponent[] components = kind.type().getRecordComponents();
        List<Field> out = new ArrayList<>(components.length);
        for (int i = 0; i < components.length; i++) {
            String column = kind.columns().get(i);
            out.add(new Field(
                    column,
                    label(column, locale),
                    shown(value(components[i], record), locale, names),
                    values.get(i),
                    choices(components[i], locale),
                    problems.getOrDefault(column, List.of())));
        }
        return out;
    }

    /** The record's values as shown, one per column. */
    static List<String> cells(RegisterKind kind, Record record, Locale locale, Map<RegionCode, String> names) {
        List<String> out = new ArrayList<>();
        for (RecordComponent c : kind.type().getRecordComponents()) {
            out.add(shown(value(c, record), locale, names));
        }
        return out;
    }

    private static Object value(RecordComponent c, Record r) {
        try {
            return c.getAccessor().invoke(r);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Field.Choice> choices(RecordComponent c, Locale locale) {
        if (!c.getType().isEnum()) {
            return List.of();
        }
        List<Field.Choice> out = new ArrayList<>();
        for (Object constant : c.getType().getEnumConstants()) {
            Enum<?> e = (Enum<?>) constant;
            out.add(new Field.Choice(Coded.codeOf(e), Labels.of(e, locale)));
        }
        return out;
    }

    /** A value as a person reads it: a label for a code, a name beside a region's code, lists joined. */
    static String shown(Object value, Locale locale, Map<RegionCode, String> names) {
        if (value instanceof Optional<?> o) {
            return o.isEmpty() ? "" : shown(o.get(), locale, names);
        }
        if (value instanceof List<?> list) {
            List<String> parts = new ArrayList<>(list.size());
            list.forEach(v -> parts.add(shown(v, locale, names)));
            return String.join(locale.getLanguage().equals("zh") ? "、" : ", ", parts);
        }
        if (value instanceof Enum<?> e) {
            return Labels.of(e, locale);
        }
        if (value instanceof RegionCode code && names.containsKey(code)) {
            return names.get(code) + " " + code.value();
        }
        return String.valueOf(value);
    }
}
