/** Safe-drinking-water evaluation: rule sets as data, four indicators, overall verdicts, screening roll-ups. */
@NullMarked
package org.ruralwater.assurance.safewater;

import org.jspecify.annotations.NullMarked;
