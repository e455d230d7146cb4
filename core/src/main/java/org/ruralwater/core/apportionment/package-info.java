/**
 * Apportionment: splitting a whole number of units (fen, litres, households) into parts in proportion to
 * weights, so that the parts always sum to the whole.
 */
@NullMarked
package org.ruralwater.core.apportionment;

import org.jspecify.annotations.NullMarked;
