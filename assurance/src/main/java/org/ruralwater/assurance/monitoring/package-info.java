/** Dynamic monitoring: the problem ledger, ticket lifecycle, deadlines, overdue and recurring problems, reports. */
@NullMarked
package org.ruralwater.assurance.monitoring;

import org.jspecify.annotations.NullMarked;
