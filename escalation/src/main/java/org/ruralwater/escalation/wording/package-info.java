/** The escalation module's words, in English and Chinese. */
@NullMarked
package org.ruralwater.escalation.wording;

import org.jspecify.annotations.NullMarked;
