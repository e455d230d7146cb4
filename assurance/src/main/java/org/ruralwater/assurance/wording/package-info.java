/** The words assurance shows its users: its phrase keys, whose texts are vocabulary files. */
@NullMarked
package org.ruralwater.assurance.wording;

import org.jspecify.annotations.NullMarked;
