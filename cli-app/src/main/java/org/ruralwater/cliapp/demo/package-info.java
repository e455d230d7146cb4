/** The {@code demo} commands. */
@NullMarked
package org.ruralwater.cliapp.demo;

import org.jspecify.annotations.NullMarked;
