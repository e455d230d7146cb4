/** Prepaid (IC-card) accounts: top-ups, burn-down per reading, low-balance notices and the valve. */
@NullMarked
package org.ruralwater.billing.prepaid;

import org.jspecify.annotations.NullMarked;
