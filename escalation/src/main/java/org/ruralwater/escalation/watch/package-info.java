/**
 * The links at work over a county's samples as of a time ({@link org.ruralwater.escalation.watch.Watch}): the
 * alerts with whether a later sample resolved them, the tickets opened for those overdue, whether each ticket has
 * the passing re-test its closing needs, and the risk signals of failed samples. Pure and deterministic: the
 * caller gives the time, and the same samples give the same outcome.
 */
@NullMarked
package org.ruralwater.escalation.watch;

import org.jspecify.annotations.NullMarked;
