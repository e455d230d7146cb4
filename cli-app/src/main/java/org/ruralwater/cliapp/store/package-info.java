/** The store as the commands open it: the --db option, the data folder, the line saying where it is. */
@NullMarked
package org.ruralwater.cliapp.store;

import org.jspecify.annotations.NullMarked;
