/** The {@code quality} commands. */
@NullMarked
package org.ruralwater.cliapp.quality;

import org.jspecify.annotations.NullMarked;
