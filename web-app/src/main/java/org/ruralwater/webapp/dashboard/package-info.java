/** The dashboard: a region's national indicators, their targets and their drill-down. */
@NullMarked
package org.ruralwater.webapp.dashboard;

import org.jspecify.annotations.NullMarked;
