/**
 * The links as one file an agency can replace ({@link org.ruralwater.escalation.links.Links}): each link names
 * its source, or says that it is ruralwater's setting, with a confidence.
 */
@NullMarked
package org.ruralwater.escalation.links;

import org.jspecify.annotations.NullMarked;
