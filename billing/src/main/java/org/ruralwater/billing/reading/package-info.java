/** Meter readings: a household's use per period, with named anomalies and a policy that blocks or flags. */
@NullMarked
package org.ruralwater.billing.reading;

import org.jspecify.annotations.NullMarked;
