/** Exact money: an amount at its currency's scale, with rounding only where the caller names it. */
@NullMarked
package org.ruralwater.core.money;

import org.jspecify.annotations.NullMarked;
