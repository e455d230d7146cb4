/** County records as the pages show them: a record's line split into its columns, and the columns' labels. */
@NullMarked
package org.ruralwater.webapp.record;

import org.jspecify.annotations.NullMarked;
