package org.ruralwater.core.range;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The range a numeric record component can take, its bounds written as decimals ({@code "1e7"} is fine).
 * A {@code Quantity} component names the unit its bounds are in; its value is converted before the check.
 * The strict readers refuse a value outside it at its cell; the record's own constructor checks it
 * through {@link Range#of(Class, String)}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
public @interface Within {

    /** The lower bound. */
    String min();

    /** The upper bound. */
    String max();

    /** Whether the lower bound itself is allowed. */
    boolean minIncluded() default true;

    /** Whether the upper bound itself is allowed. */
    boolean maxIncluded() default true;

    /** For a quantity, the unit the bounds are in, such as {@code m³/d}; empty for plain numbers. */
    String unit() default "";
}
