/** Water-quality facts shared between modules without making them depend on each other. */
@NullMarked
package org.ruralwater.core.quality;

import org.jspecify.annotations.NullMarked;
