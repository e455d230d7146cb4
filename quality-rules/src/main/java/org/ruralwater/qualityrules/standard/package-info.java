/** Drinking-water standards as data: indicators, limits, footnote rules and the disinfectant table. */
@NullMarked
package org.ruralwater.qualityrules.standard;

import org.jspecify.annotations.NullMarked;
