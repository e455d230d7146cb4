/** Bill runs: all-or-nothing, idempotent, corrected by credit notes, over an append-only ledger. */
@NullMarked
package org.ruralwater.billing.run;

import org.jspecify.annotations.NullMarked;
