/** The platform's own words (page titles, labels, messages) in Chinese and English. */
@NullMarked
package org.ruralwater.webapp.wording;

import org.jspecify.annotations.NullMarked;
