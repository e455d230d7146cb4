/**
 * Breakdown work orders and the response commitments they are held to: severity tiers with on-site and
 * repair deadlines in calendar or working hours, breach detection at any instant, the repair timeliness rate
 * and the planned-outage notice rule.
 */
@NullMarked
package org.ruralwater.maintenance.workorder;

import org.jspecify.annotations.NullMarked;
