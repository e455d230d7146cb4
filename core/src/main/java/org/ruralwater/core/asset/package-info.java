/** The assets of water works and their type taxonomy. */
@NullMarked
package org.ruralwater.core.asset;

import org.jspecify.annotations.NullMarked;
