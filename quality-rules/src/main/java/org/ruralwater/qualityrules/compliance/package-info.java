/** Pass rates over samples, each with its numerator and denominator. */
@NullMarked
package org.ruralwater.qualityrules.compliance;

import org.jspecify.annotations.NullMarked;
