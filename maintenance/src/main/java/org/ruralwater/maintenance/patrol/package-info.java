/**
 * Patrol routes over assets and villages with check-ins as evidence (time, place, each check item passed or
 * failed with a note). A review of a period finds the missed and off-site check-ins and opens a work order for
 * each failed item.
 */
@NullMarked
package org.ruralwater.maintenance.patrol;

import org.jspecify.annotations.NullMarked;
