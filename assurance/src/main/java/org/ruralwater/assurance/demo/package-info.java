/**
 * A deterministic year of safe-water screening, monitored households and problem tickets for the demo
 * county, in the assurance module's own files.
 */
@NullMarked
package org.ruralwater.assurance.demo;

import org.jspecify.annotations.NullMarked;
