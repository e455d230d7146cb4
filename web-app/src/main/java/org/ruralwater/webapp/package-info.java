/** The county platform: a thin web layer over the store and the domain modules. */
@NullMarked
package org.ruralwater.webapp;

import org.jspecify.annotations.NullMarked;
