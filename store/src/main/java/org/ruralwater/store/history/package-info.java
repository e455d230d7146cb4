/**
 * A county's year of records imported into the store at once: the county folder, its billing folder and bill
 * runs, and the water-quality samples, screening, problem tickets, work orders and patrol check-ins of the
 * domain modules' files, as {@code ruralwater demo --history} writes them.
 */
@NullMarked
package org.ruralwater.store.history;

import org.jspecify.annotations.NullMarked;
