/** Water samples, typed laboratory results, and the long-format sample file. */
@NullMarked
package org.ruralwater.qualityrules.sample;

import org.jspecify.annotations.NullMarked;
