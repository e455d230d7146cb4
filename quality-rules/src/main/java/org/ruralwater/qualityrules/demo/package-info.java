/**
 * A deterministic year of water-quality samples for the demo county, in the sample file's own format, for
 * first runs, the platform's desks and load tests.
 */
@NullMarked
package org.ruralwater.qualityrules.demo;

import org.jspecify.annotations.NullMarked;
