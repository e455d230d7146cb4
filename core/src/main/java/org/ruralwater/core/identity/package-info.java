/** The shared rule for identifiers of works, households, meters, assets and people. */
@NullMarked
package org.ruralwater.core.identity;

import org.jspecify.annotations.NullMarked;
