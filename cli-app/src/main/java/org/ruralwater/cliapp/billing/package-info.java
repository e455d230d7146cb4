/** The {@code billing} commands. */
@NullMarked
package org.ruralwater.cliapp.billing;

import org.jspecify.annotations.NullMarked;
