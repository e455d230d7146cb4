/** The people who keep water running: village water managers and maintenance crews. */
@NullMarked
package org.ruralwater.core.staff;

import org.jspecify.annotations.NullMarked;
