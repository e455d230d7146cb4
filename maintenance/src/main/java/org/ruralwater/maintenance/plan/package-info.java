/**
 * Preventive maintenance as data: a catalogue of tasks per asset type and works scale class, each with its
 * source; recurrence by calendar (RFC 5545 RRULE) or by run hours, fixed or floating; and a rolling plan that
 * generates the tasks due in a horizon, idempotently.
 */
@NullMarked
package org.ruralwater.maintenance.plan;

import org.jspecify.annotations.NullMarked;
