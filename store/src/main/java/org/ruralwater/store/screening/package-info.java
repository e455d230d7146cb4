/**
 * The safe-water screening in the store: each household's observation, the grades of the four indicators and
 * the verdict assurance's rule set gave it, by village and household, and the roll-up by region.
 */
@NullMarked
package org.ruralwater.store.screening;

import org.jspecify.annotations.NullMarked;
