/**
 * Who answers for the water: the three named responsible persons of each works (三个责任), a water manager
 * (管水员) for every village, and the managers' yearly training and review against a county's norms, as data.
 */
@NullMarked
package org.ruralwater.assurance.responsibility;

import org.jspecify.annotations.NullMarked;
