/** Pages: precompiled jte templates and what every page frame carries. */
@NullMarked
package org.ruralwater.webapp.page;

import org.jspecify.annotations.NullMarked;
