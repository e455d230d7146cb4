/** Who may touch what: the caller's region scope and the actor the audit log names. */
@NullMarked
package org.ruralwater.store.access;

import org.jspecify.annotations.NullMarked;
