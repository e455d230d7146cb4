/** Villages, households, their connections and their meters. */
@NullMarked
package org.ruralwater.core.household;

import org.jspecify.annotations.NullMarked;
