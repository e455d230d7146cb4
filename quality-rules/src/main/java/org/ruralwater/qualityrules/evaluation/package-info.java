/** Holding samples to a standard: a verdict per determination and per sample, each with its clause. */
@NullMarked
package org.ruralwater.qualityrules.evaluation;

import org.jspecify.annotations.NullMarked;
