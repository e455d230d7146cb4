/** The people who use the platform: their roles, the region each may see, and their password hashes. */
@NullMarked
package org.ruralwater.store.people;

import org.jspecify.annotations.NullMarked;
