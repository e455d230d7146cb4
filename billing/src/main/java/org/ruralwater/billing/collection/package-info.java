/** Payments, open items, late fees, ageing and collection rates, computed afresh from the ledger. */
@NullMarked
package org.ruralwater.billing.collection;

import org.jspecify.annotations.NullMarked;
