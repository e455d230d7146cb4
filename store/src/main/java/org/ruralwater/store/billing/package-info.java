/** Billing in the store: accounts, meters, readings, the append-only ledger, payments, prepaid events, bill runs. */
@NullMarked
package org.ruralwater.store.billing;

import org.jspecify.annotations.NullMarked;
