/**
 * Fee collection (水费收缴率) from the store's billing: the ledger and payments within the caller's scope, counted
 * by billing's own receivables, per region and month.
 */
@NullMarked
package org.ruralwater.store.collection;

import org.jspecify.annotations.NullMarked;
