/** Who may do what on the platform: the role × action table. */
@NullMarked
package org.ruralwater.webapp.access;

import org.jspecify.annotations.NullMarked;
