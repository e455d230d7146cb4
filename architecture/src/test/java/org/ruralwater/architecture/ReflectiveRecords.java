package org.ruralwater.architecture;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.ReferencedClassObject;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The records that core's strict readers and writer build reflectively: those named by a class literal in a
 * method (or static initializer) that calls {@code forRecord} on one of them, and the records nested in their
 * components. Core makes their canonical constructors and accessors accessible, which on the module path
 * works for a record outside core only when the record is public or its package is open to core.
 */
final class ReflectiveRecords {

    private static final Set<String> READERS = Set.of(
            "org.ruralwater.core.datafile.CsvReader",
            "org.ruralwater.core.datafile.JsonReader",
            "org.ruralwater.core.datafile.CsvWriter");

    private ReflectiveRecords() {}

    /** The records the readers build, among the classes given and the records they nest. */
    static Set<Class<?>> builtByReaders(JavaClasses classes) {
        Set<Class<?>> records = new LinkedHashSet<>();
        for (JavaClass c : classes) {
            Set<JavaCodeUnit> units = new LinkedHashSet<>(c.getCodeUnits());
            c.getStaticInitializer().ifPresent(units::add);
            for (JavaCodeUnit u : units) {
                boolean createsAReader = u.getMethodCallsFromSelf().stream()
                        .anyMatch(call -> call.getName().equals("forRecord")
                                && READERS.contains(call.getTargetOwner().getFullName()));
                if (createsAReader) {
                    for (ReferencedClassObject literal : u.getReferencedClassObjects()) {
                        addWithNested(literal.getRawType().reflect(), records);
                    }
                }
            }
        }
        return records;
    }

    /** The records among these that code outside their package cannot construct without deep reflection. */
    static List<Class<?>> notPubliclyConstructible(Set<Class<?>> records) {
        return records.stream()
                .filter(r -> !publiclyConstructible(r))
                .sorted(Comparator.comparing(Class::getName))
                .toList();
    }

    private static boolean publiclyConstructible(Class<?> record) {
        for (Class<?> c = record; c != null; c = c.getEnclosingClass()) {
            if (!Modifier.isPublic(c.getModifiers())) {
                return false;
            }
        }
        Class<?>[] parameters = Arrays.stream(record.getRecordComponents())
                .map(RecordComponent::getType)
                .toArray(Class<?>[]::new);
        try {
            return Modifier.isPublic(record.getDeclaredConstructor(parameters).getModifiers());
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(record + " has no canonical constructor", e);
        }
    }

    private static void addWithNested(Class<?> type, Set<Class<?>> records) {
        if (!type.isRecord() || !records.add(type)) {
            return;
        }
        for (RecordComponent rc : type.getRecordComponents()) {
            addTypes(rc.getGenericType(), records);
        }
    }

    private static void addTypes(Type type, Set<Class<?>> records) {
        if (type instanceof Class<?> c) {
            addWithNested(c.isArray() ? c.getComponentType() : c, records);
        } else if (type instanceof ParameterizedType p) {
            addTypes(p.getRawType(), records);
            for (Type argument : p.getActualTypeArguments()) {
                addTypes(argument, records);
            }
        } else if (type instanceof WildcardType w) {
            for (Type bound : w.getUpperBounds()) {
                addTypes(bound, records);
            }
        } else if (type instanceof GenericArrayType g) {
            addTypes(g.getGenericComponentType(), records);
        }
    }
}
