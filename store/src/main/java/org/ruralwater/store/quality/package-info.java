/**
 * Water quality in the store: samples with their determinations, each held to a standard by quality-rules'
 * evaluator when stored (the verdict, the limit, whether relaxed, the clause, the standard's id), and the
 * pass rate (水质达标率) by works or region and month with its numerator and denominator.
 */
@NullMarked
package org.ruralwater.store.quality;

import org.jspecify.annotations.NullMarked;
