/** The programme's national coverage indicators (tap water, large-scale works, centralised supply) by region, and their national targets. */
@NullMarked
package org.ruralwater.assurance.coverage;

import org.jspecify.annotations.NullMarked;
