/** Sampling coverage: minimum frequencies as data, and the windows in which works were not sampled enough. */
@NullMarked
package org.ruralwater.qualityrules.coverage;

import org.jspecify.annotations.NullMarked;
