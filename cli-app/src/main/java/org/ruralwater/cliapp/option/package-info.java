/** How the command reads option values and words its usage errors, in the same voice as input problems. */
@NullMarked
package org.ruralwater.cliapp.option;

import org.jspecify.annotations.NullMarked;
