/** The words maintenance shows its users: its phrase keys, whose texts are vocabulary files. */
@NullMarked
package org.ruralwater.maintenance.wording;

import org.jspecify.annotations.NullMarked;
