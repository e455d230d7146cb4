/** The words billing shows its users: its phrase keys, whose texts are vocabulary files. */
@NullMarked
package org.ruralwater.billing.wording;

import org.jspecify.annotations.NullMarked;
