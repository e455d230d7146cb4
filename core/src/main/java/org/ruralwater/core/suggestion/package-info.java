/** Nearest-name suggestions for error messages about unknown names. */
@NullMarked
package org.ruralwater.core.suggestion;

import org.jspecify.annotations.NullMarked;
