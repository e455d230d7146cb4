/** Alerts from evaluated samples: repeat sampling after an exceedance, low residuals, falling pass rates. */
@NullMarked
package org.ruralwater.qualityrules.alert;

import org.jspecify.annotations.NullMarked;
