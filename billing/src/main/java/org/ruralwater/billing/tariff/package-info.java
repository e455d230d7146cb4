/** Tariffs as data and quotes: flat, tiered, two-part, fixed, minimum and quota-surcharge charges. */
@NullMarked
package org.ruralwater.billing.tariff;

import org.jspecify.annotations.NullMarked;
