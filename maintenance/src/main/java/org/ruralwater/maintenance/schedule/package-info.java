/**
 * The optimising scheduler: preventive tasks and work orders assigned to crews and village water managers
 * over a horizon of days, with Timefold Solver. Each worker-day holds an ordered route of jobs; the hard
 * constraints are skills and certificates, availability (the work calendar and leave), the shift length
 * including travel, earliest start days and a water manager's own villages; unassigned jobs cost at the
 * medium level; lateness (weighted by priority, so emergencies pre-empt planned work) and travel at the soft
 * level. A crew cannot be double-booked: its day is one sequence of visits.
 */
@NullMarked
package org.ruralwater.maintenance.schedule;

import org.jspecify.annotations.NullMarked;
