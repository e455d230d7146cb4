/** A county's master data in the store: import a county folder, read it back, export it. */
@NullMarked
package org.ruralwater.store.county;

import org.jspecify.annotations.NullMarked;
