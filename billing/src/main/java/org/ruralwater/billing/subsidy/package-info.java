/** Subsidies and waivers by household category, as data, each naming the fund that pays it. */
@NullMarked
package org.ruralwater.billing.subsidy;

import org.jspecify.annotations.NullMarked;
