/** Imports: a county folder's zip or one of its files, all or nothing, every problem located; their history. */
@NullMarked
package org.ruralwater.webapp.imports;

import org.jspecify.annotations.NullMarked;
