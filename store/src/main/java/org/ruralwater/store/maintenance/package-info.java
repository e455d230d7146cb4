/**
 * Maintenance in the store: breakdown work orders with their times (reported, on site, repaired) and the
 * deadlines of the county's response commitments, patrol check-ins, and repair timeliness by region and month
 * as maintenance's own rules count it.
 */
@NullMarked
package org.ruralwater.store.maintenance;

import org.jspecify.annotations.NullMarked;
