/** Measured amounts with units, converted exactly, and a clear error when two units cannot be converted. */
@NullMarked
package org.ruralwater.core.quantity;

import org.jspecify.annotations.NullMarked;
