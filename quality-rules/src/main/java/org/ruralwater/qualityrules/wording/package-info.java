/** The words quality-rules shows its users: its phrase keys, whose texts are vocabulary files. */
@NullMarked
package org.ruralwater.qualityrules.wording;

import org.jspecify.annotations.NullMarked;
