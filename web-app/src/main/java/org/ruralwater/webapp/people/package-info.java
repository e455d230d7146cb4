/** The people who use the platform: their roles and the region each may see. */
@NullMarked
package org.ruralwater.webapp.people;

import org.jspecify.annotations.NullMarked;
