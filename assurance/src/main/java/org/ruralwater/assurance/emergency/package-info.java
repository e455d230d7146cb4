/** Emergency supply: norms as data, demand and trucking, escalation, drought levels and the distribution plan. */
@NullMarked
package org.ruralwater.assurance.emergency;

import org.jspecify.annotations.NullMarked;
