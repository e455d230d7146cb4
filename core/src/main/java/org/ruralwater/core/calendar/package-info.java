/**
 * Periods (month, quarter, year, date range) and work calendars with holidays and make-up working days, from
 * the State Council's notices or, for a year without one, provisionally from the holiday law.
 */
@NullMarked
package org.ruralwater.core.calendar;

import org.jspecify.annotations.NullMarked;
