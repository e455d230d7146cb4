/** The store's words: the phrases of the problems it reports. */
@NullMarked
package org.ruralwater.store.wording;

import org.jspecify.annotations.NullMarked;
