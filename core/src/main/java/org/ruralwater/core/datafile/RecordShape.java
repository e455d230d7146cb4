package org.ruralwater.core.datafile;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.ruralwater.core.suggestion.Suggestions;

/**
 * The fields of a record type as the readers see them: each component is a field named in snake_case
 * ({@code peopleServed} is {@code people_served}).
 */
final class RecordShape<T extends Record> {

    private static final Map<Class<?>, RecordShape<?>> CACHE = new ConcurrentHashMap<>();

    record Field(String name, int index, ValueType type) {
        boolean isRequired() {
            return !(type instanceof ValueType.OptionalOf);
        }
    }

    private final Class<T> type;
    private final List<Field> fields;
    private final Map<String, Field> byName;
    private final Constructor<T> constructor;

    private RecordShape(Class<T> type) {
        this.type = type;
        RecordComponent[] components = type.getRecordComponents();
        List<Field> list = new ArrayList<>();
        Map<String, Field> map = new LinkedHashMap<>();
        Class<?>[] parameterTypes = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            RecordComponent rc = components[i];
            String name = snake(rc.getName());
            Field f = new Field(name, i, ValueType.of(rc.getGenericType(), type.getSimpleName() + "." + rc.getName()));
            list.add(f);
            map.put(name, f);
            parameterTypes[i] = rc.getType();
        }
        this.fields = List.copyOf(list);
        this.byName = map;
        try {
            this.constructor = type.getDeclaredConstructor(parameterTypes);
            this.constructor.setAccessible(true);
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException("record " + type.getName() + " has no canonical constructor", e);
        }
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
            return constructor.newInstance(values);
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IllegalArgumentException || cause instanceof ArithmeticException) {
                return new Refusal(cause.getMessage());
            }
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(cause);
        } catch (InstantiationException | IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A record's constructor refused the values. */
    record Refusal(String message) {}

    static String snake(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
    }

    /** The known field nearest to {@code wanted}, to suggest, if any is near enough. */
    List<String> nearest(String wanted) {
        return Suggestions.nearest(wanted, names()).stream().toList();
    }
}
