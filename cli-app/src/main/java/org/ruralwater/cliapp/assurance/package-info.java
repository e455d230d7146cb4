/** The {@code assurance} commands. */
@NullMarked
package org.ruralwater.cliapp.assurance;

import org.jspecify.annotations.NullMarked;
