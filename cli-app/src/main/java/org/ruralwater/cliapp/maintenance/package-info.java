/** The {@code maintenance} commands. */
@NullMarked
package org.ruralwater.cliapp.maintenance;

import org.jspecify.annotations.NullMarked;
