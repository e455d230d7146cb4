/** The audit log as a page: who changed what, when, before and after, within the user's region. */
@NullMarked
package org.ruralwater.webapp.audit;

import org.jspecify.annotations.NullMarked;
