/**
 * The physical domain of a value: the range a meter reading, a head count or a capacity can take, declared
 * once on the record component ({@link Within}) and checked both where a file is read (a located problem)
 * and where the record is built (a refusal), so that an impossible value is an input error, never a
 * verdict or a bill.
 */
@NullMarked
package org.ruralwater.core.range;

import org.jspecify.annotations.NullMarked;
