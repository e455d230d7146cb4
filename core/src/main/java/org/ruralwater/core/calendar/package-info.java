/** Periods (month, quarter, year, date range) and work calendars with holidays and make-up working days. */
@NullMarked
package org.ruralwater.core.calendar;

import org.jspecify.annotations.NullMarked;
