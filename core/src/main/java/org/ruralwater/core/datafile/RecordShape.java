package org.ruralwater.core.datafile;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.ruralwater.core.range.Range;
import org.ruralwater.core.suggestion.Suggestions;
import org.ruralwater.core.wording.Phrase;
import org.ruralwater.core.wording.RefusalException;

/**
 * The fields of a record type as the readers see them: each component is a field named in snake_case
 * ({@code peopleServed} is {@code people_served}).
 */
final class RecordShape<T extends Record> {

    private static final Map<Class<?>, RecordShape<?>> CACHE = new ConcurrentHashMap<>();

    /**
     * A field of the record.
     *
     * @param range the physical domain the component declares ({@code @Within}); for decimals that declare
     *     none, {@link Range#ANY_DECIMAL}; else null
     */
    record Field(
            String name,
            int index,
            ValueType type,
            @Nullable Range range) {
        boolean isRequired() {
            return !(type instanceof ValueType.OptionalOf);
        }
    }

    private final Class<T> type;
    private final List<Field> fields;
    private final Field[] fieldArray;
    private final Map<String, Field> byName;
    private final Constructor<T> constructor;
    /** The canonical constructor taking its arguments as one array: no reflective call per record. */
    private final MethodHandle spreadConstructor;

    private RecordShape(Class<T> type) {
        this.type = type;
        RecordComponent[] components = type.getRecordComponents();
        List<Field> list = new ArrayList<>();
        Map<String, Field> map = new LinkedHashMap<>();
        Class<?>[] parameterTypes = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            RecordComponent rc = components[i];
            String name = snake(rc.getName());
            ValueType t = ValueType.of(rc.getGenericType(), type.getSimpleName() + "." + rc.getName());
            Field f = new Field(name, i, t, Range.declaredOn(rc).orElse(isDecimal(t) ? Range.ANY_DECIMAL : null));
            list.add(f);
            map.put(name, f);
            parameterTypes[i] = rc.getType();
        }
        this.fields = List.copyOf(list);
        this.fieldArray = list.toArray(new Field[0]);
        this.byName = map;
        try {
            this.constructor = type.getDeclaredConstructor(parameterTypes);
            this.constructor.setAccessible(true);
            // The constructor is accessible, so the handle made from it needs no further access.
            this.spreadConstructor = MethodHandles.lookup()
                    .unreflectConstructor(constructor)
                    .asSpreader(Object[].class, components.length)
                    .asType(MethodType.methodType(Object.class, Object[].class));
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException("record " + type.getName() + " has no canonical constructor", e);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Whether the field holds decimals (perhaps optional, or a list of them): without a declared domain, they
     * are still held to {@link Range#ANY_DECIMAL}, so that no rule file's threshold or limit is 1e400.
     */
    private static boolean isDecimal(ValueType t) {
        if (t instanceof ValueType.OptionalOf o) {
            return isDecimal(o.element());
        }
        if (t instanceof ValueType.ListOf l) {
            return isDecimal(l.element());
        }
        return t instanceof ValueType.Scalar s && s.type() == BigDecimal.class;
    }

    @SuppressWarnings("unchecked")
    static <T extends Record> RecordShape<T> of(Class<T> type) {
        if (!type.isRecord()) {
            throw new IllegalArgumentException(type.getName() + " is not a record");
        }
        RecordShape<?> cached = CACHE.get(type);
        if (cached == null) {
            // Not computeIfAbsent: building a shape builds the shapes of its nested records, and a
            // ConcurrentHashMap refuses a recursive update ("Recursive update") when their keys share a bin.
            RecordShape<T> built = new RecordShape<>(type);
            cached = CACHE.putIfAbsent(type, built);
            if (cached == null) {
                cached = built;
            }
        }
        return (RecordShape<T>) cached;
    }

    Class<T> type() {
        return type;
    }

    List<Field> fields() {
        return fields;
    }

    /** The fields, in the record's order, as an array for the readers' inner loops; not to be changed. */
    Field[] fieldArray() {
        return fieldArray;
    }

    Field field(String name) {
        return byName.get(name);
    }

    List<String> names() {
        return fields.stream().map(Field::name).toList();
    }

    /**
     * Builds the record, or returns the message of the record's own validation when it refuses the values.
     */
    Object construct(Object[] values) {
        try {
            return (Object) spreadConstructor.invokeExact(values);
        } catch (RefusalException e) {
            return new Refusal(e.reason());
        } catch (IllegalArgumentException | ArithmeticException e) {
            return new Refusal(Phrase.verbatim(String.valueOf(e.getMessage()).replace('\n', ' ')));
        } catch (RuntimeException e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    /** A record's constructor refused the values: why, in words of the reader's language when the record gave them. */
    record Refusal(Phrase reason) {}

    static String snake(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
    }

    /** The known field nearest to {@code wanted}, to suggest, if any is near enough. */
    List<String> nearest(String wanted) {
        return Suggestions.nearest(wanted, names()).stream().toList();
    }
}
