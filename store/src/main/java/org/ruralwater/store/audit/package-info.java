/** The audit log of every change to the store: who, when, what, before and after. */
@NullMarked
package org.ruralwater.store.audit;

import org.jspecify.annotations.NullMarked;
