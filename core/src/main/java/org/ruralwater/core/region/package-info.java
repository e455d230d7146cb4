/** Administrative regions: GB/T 2260 and statistical codes, names and the hierarchy between them. */
@NullMarked
package org.ruralwater.core.region;

import org.jspecify.annotations.NullMarked;
